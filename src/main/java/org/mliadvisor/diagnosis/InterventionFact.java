package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Intervention;

import java.util.Objects;

/** An intervention of the knowledge base as a fact: its file order and the id of its condition's root. */
public record InterventionFact(Intervention intervention, String id, Dimension dimension, int order, int conditionId) {
    public InterventionFact {
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
    }
}
