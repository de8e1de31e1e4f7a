package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Condition;

import java.util.List;
import java.util.Objects;

/**
 * The truth of one condition node for this firm; for a comparison also the value it saw
 * ({@code null} when the data was missing), so "why" and "why not" can quote it.
 */
public record ConditionOutcome(int nodeId, int parentId, Truth truth, Condition.Comparison comparison, Object observed,
                               String rule) {
    public ConditionOutcome {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(rule, "rule");
    }

    /** A comparison evaluated on an observed value. */
    public static ConditionOutcome compared(ConditionLeaf leaf, Object observed, String rule) {
        return new ConditionOutcome(leaf.id(), leaf.parentId(), Truth.of(leaf.comparison().test(observed)),
                leaf.comparison(), observed, rule);
    }

    /** A comparison whose data is missing. */
    public static ConditionOutcome unknown(ConditionLeaf leaf, String rule) {
        return new ConditionOutcome(leaf.id(), leaf.parentId(), Truth.UNKNOWN, leaf.comparison(), null, rule);
    }

    /** A group combined from its parts' truths. */
    public static ConditionOutcome combined(ConditionGroup group, List<Truth> parts, String rule) {
        Truth truth = switch (group.kind()) {
            case ALL -> Truth.all(parts);
            case ANY -> Truth.any(parts);
            case NOT -> parts.get(0).negate();
        };
        return new ConditionOutcome(group.id(), group.parentId(), truth, null, null, rule);
    }
}
