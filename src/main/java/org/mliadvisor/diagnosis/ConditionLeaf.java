package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Condition;

import java.util.Objects;

/** A comparison of the knowledge base as a fact: generic rules supply the value it compares. */
public record ConditionLeaf(int id, int parentId, Condition.Subject subject, String target, Condition.Comparison comparison) {
    public ConditionLeaf {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(comparison, "comparison");
    }

    public static ConditionLeaf of(int id, int parentId, Condition.Comparison comparison) {
        return new ConditionLeaf(id, parentId, comparison.subject(), comparison.target(), comparison);
    }
}
