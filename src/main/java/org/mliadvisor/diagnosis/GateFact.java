package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Gate;

import java.util.Objects;

/** A gate of the knowledge base as a fact: its file order and the id of its condition's root. */
public record GateFact(Gate gate, Dimension dimension, int order, int conditionId) {
    public GateFact {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(dimension, "dimension");
    }
}
