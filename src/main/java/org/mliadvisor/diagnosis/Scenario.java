package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes a what-if asks about: values stated outright, interventions taken as implemented, and weights to use
 * instead of the assessment's. Stated values win over what an implemented intervention is expected to reach.
 *
 * @param indicators  indicator id to the answer stated for it
 * @param kpis        KPI id to the actual and target stated for it
 * @param context     context factor to the value stated for it
 * @param implemented ids of the interventions taken as implemented, each once, in the order given
 * @param weights     the weights to use, or {@code null} to keep the assessment's (or the knowledge base's defaults)
 */
public record Scenario(Map<String, Answer> indicators, Map<String, KpiValues> kpis, Map<String, String> context,
                       List<String> implemented, Weights weights) {

    /** No change at all: the what-if of the assessment as it stands. */
    public static final Scenario NONE = new Scenario(Map.of(), Map.of(), Map.of(), List.of(), null);

    public Scenario {
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        indicators.forEach((id, answer) -> Objects.requireNonNull(answer, id));
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        kpis.forEach((id, values) -> Objects.requireNonNull(values, id));
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
        context.forEach((factor, value) -> Objects.requireNonNull(value, factor));
        if (new LinkedHashSet<>(implemented).size() != implemented.size()) {
            throw new IllegalArgumentException("an intervention is implemented once");
        }
        implemented = List.copyOf(implemented);
    }

    /** Whether it changes nothing. */
    public boolean empty() {
        return indicators.isEmpty() && kpis.isEmpty() && context.isEmpty() && implemented.isEmpty() && weights == null;
    }

    /** A KPI's actual, its target, or both, stated outright; {@code null} for the one kept as reported. */
    public record KpiValues(Double actual, Double target) {
        public KpiValues {
            if (actual == null && target == null) {
                throw new IllegalArgumentException("a KPI stated outright states its actual, its target or both");
            }
            for (Double value : new Double[] {actual, target}) {
                if (value != null && !(Double.isFinite(value) && value >= 0)) {
                    throw new IllegalArgumentException("a KPI value is a finite number ≥ 0, got " + value);
                }
            }
        }
    }
}
