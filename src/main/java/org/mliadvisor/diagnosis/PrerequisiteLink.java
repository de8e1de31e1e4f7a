package org.mliadvisor.diagnosis;

import java.util.Objects;

/** "{@code interventionId} requires {@code prerequisiteId}" from the knowledge base, as a fact. */
public record PrerequisiteLink(String interventionId, String prerequisiteId) {
    public PrerequisiteLink {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(prerequisiteId, "prerequisiteId");
    }
}
