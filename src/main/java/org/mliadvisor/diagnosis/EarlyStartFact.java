package org.mliadvisor.diagnosis;

import java.util.Objects;

/** An intervention's {@code start_early_when} condition as a fact: when it holds, the intervention is time-critical. */
public record EarlyStartFact(String interventionId, int conditionId) {
    public EarlyStartFact {
        Objects.requireNonNull(interventionId, "interventionId");
    }
}
