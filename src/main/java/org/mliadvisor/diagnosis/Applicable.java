package org.mliadvisor.diagnosis;

import java.util.Objects;

/** An intervention whose condition holds for this firm. */
public record Applicable(InterventionFact intervention, String interventionId, String rule) {
    public Applicable {
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(rule, "rule");
    }

    public static Applicable of(InterventionFact intervention, String rule) {
        return new Applicable(intervention, intervention.id(), rule);
    }

    public Reason reason() {
        return Reason.of(rule, Message.of("applicable.holds", Message.literal(interventionId)), Reason.ordered(),
                intervention.intervention().origin());
    }
}
