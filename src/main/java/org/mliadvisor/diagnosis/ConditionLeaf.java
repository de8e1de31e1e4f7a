package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Condition;

import java.util.Objects;

/**
 * A comparison of the knowledge base, a node of the {@link ConditionForest}: {@code conditions.evaluate}
 * supplies the value it compares.
 * {@code trigger} is the intervention whose weakness it names (an indicator comparison of its
 * {@code when}, not under a {@code not}), or {@code null}.
 */
public record ConditionLeaf(int id, int parentId, Condition.Subject subject, String target, Condition.Comparison comparison,
                            String trigger) implements ConditionNode {
    public ConditionLeaf {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(comparison, "comparison");
    }

    public static ConditionLeaf of(int id, int parentId, Condition.Comparison comparison, String trigger) {
        return new ConditionLeaf(id, parentId, comparison.subject(), comparison.target(), comparison, trigger);
    }
}
