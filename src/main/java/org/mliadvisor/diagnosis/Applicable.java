package org.mliadvisor.diagnosis;

import java.util.Objects;

/** An intervention whose condition holds for this firm. */
public record Applicable(InterventionFact intervention, String interventionId, Reason reason) {
    public Applicable {
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(reason, "reason");
    }

    public static Applicable of(InterventionFact intervention, String rule) {
        return new Applicable(intervention, intervention.id(), Reason.of(rule,
                "The condition of `" + intervention.id() + "` holds for this firm.", java.util.Map.of(),
                intervention.intervention().origin()));
    }
}
