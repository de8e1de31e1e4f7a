package org.mliadvisor.diagnosis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An intervention that may apply but whose condition cannot be decided on the data given, with
 * the comparisons whose data is missing.
 */
public record NeedsData(InterventionFact intervention, String interventionId, List<ConditionOutcome> missing, String rule) {
    public NeedsData {
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(interventionId, "interventionId");
        missing = List.copyOf(missing);
        Objects.requireNonNull(rule, "rule");
    }

    public static NeedsData of(InterventionFact intervention, String rule) {
        return new NeedsData(intervention, intervention.id(), List.of(), rule);
    }

    /** The same conclusion, naming the comparisons whose data is missing. */
    NeedsData withMissing(List<ConditionOutcome> unknown) {
        return new NeedsData(intervention, interventionId, unknown, rule);
    }

    public Reason reason() {
        Map<String, String> facts = new LinkedHashMap<>();
        missing.forEach(o -> facts.put(o.comparison().target(), ConditionTrace.describe(o)));
        String statement = "The condition of `" + interventionId + "` cannot be decided: "
                + (missing.isEmpty() ? "some of the data it reads is missing."
                : String.join("; ", missing.stream().map(ConditionTrace::describe).toList()) + ".");
        return Reason.of(rule, statement, facts, intervention.intervention().origin());
    }
}
