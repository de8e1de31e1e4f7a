package org.mliadvisor.diagnosis;

import java.util.Objects;

/** An intervention that may apply but whose condition cannot be decided on the data given. */
public record NeedsData(String interventionId, Reason reason) {
    public NeedsData {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(reason, "reason");
    }

    public static NeedsData of(InterventionFact intervention, String rule) {
        return new NeedsData(intervention.id(), Reason.of(rule, "The condition of `" + intervention.id()
                + "` cannot be decided: some of the data it reads is missing.", java.util.Map.of(),
                intervention.intervention().origin()));
    }
}
