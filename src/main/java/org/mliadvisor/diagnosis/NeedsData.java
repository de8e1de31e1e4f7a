package org.mliadvisor.diagnosis;

import java.util.List;
import java.util.Objects;

/**
 * An intervention that may apply but whose condition cannot be decided on the data given, with
 * the comparisons whose data is missing.
 */
public record NeedsData(InterventionFact intervention, String interventionId, List<ConditionEvidence> missing, String rule) {
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
    NeedsData withMissing(List<ConditionEvidence> unknown) {
        return new NeedsData(intervention, interventionId, unknown, rule);
    }

    public Reason reason() {
        Message statement = Message.of("needs_data.undecided", Message.literal(interventionId),
                missing.isEmpty() ? Message.of("needs_data.some_missing") : ConditionEvidence.sentence(missing));
        return Reason.of(rule, statement, ConditionEvidence.facts(missing), intervention.intervention().origin());
    }
}
