package org.mliadvisor.diagnosis;

import java.util.Objects;

/** An indicator comparison in an intervention's condition: when it holds, that indicator's weakness triggers it. */
public record TriggerLink(String interventionId, int leafId, String indicatorId) {
    public TriggerLink {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(indicatorId, "indicatorId");
    }
}
