package org.mliadvisor.assessment;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Weights;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One client's assessment: indicator answers on their own scales, KPIs against targets, the
 * firm's context and, optionally, its own weights.
 *
 * @param indicators answers by indicator id; unanswered indicators are absent
 * @param context    context values the assessment states; factors it leaves out take the KB default
 * @param source     the file it was read from, for messages
 */
public record Assessment(String organization, LocalDate assessedOn, Map<String, String> context, Weights weights,
                         Map<String, Answer> indicators, Map<String, KpiObservation> kpis, String source) {
    public Assessment {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(assessedOn, "assessedOn");
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        indicators.forEach((id, answer) -> Objects.requireNonNull(answer, id));
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        Objects.requireNonNull(source, "source");
    }

    /** The weights the assessment sets, if it sets any. */
    public Optional<Weights> ownWeights() {
        return Optional.ofNullable(weights);
    }
}
