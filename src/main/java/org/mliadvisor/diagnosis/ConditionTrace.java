package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the comparisons that made a condition come out as it did, to quote them as reasons. */
final class ConditionTrace {

    private final KnowledgeFacts knowledge;
    private final Map<Integer, ConditionOutcome> outcomes;

    ConditionTrace(KnowledgeFacts knowledge, Map<Integer, ConditionOutcome> outcomes) {
        this.knowledge = knowledge;
        this.outcomes = outcomes;
    }

    /** The comparisons that support {@code nodeId} having come out {@code truth}. */
    List<ConditionOutcome> support(int nodeId, Truth truth) {
        List<ConditionOutcome> found = new ArrayList<>();
        collect(nodeId, truth, found);
        return found;
    }

    private void collect(int nodeId, Truth truth, List<ConditionOutcome> found) {
        ConditionOutcome outcome = outcomes.get(nodeId);
        if (outcome == null || outcome.truth() != truth) {
            return;
        }
        ConditionGroup.Kind kind = knowledge.kindOf(nodeId);
        if (kind == null) {
            found.add(outcome);
            return;
        }
        for (int child : knowledge.childrenOf(nodeId)) {
            collect(child, kind == ConditionGroup.Kind.NOT ? truth.negate() : truth, found);
        }
    }

    /** "S.sop_cycle = 1, below 3" — a comparison with the value it saw. */
    static String describe(ConditionOutcome outcome) {
        Condition.Comparison c = outcome.comparison();
        String literal = c.literal() instanceof Double d ? Numbers.format(d, 3)
                : c.literal() instanceof Boolean b ? (b ? "yes" : "no") : String.valueOf(c.literal());
        String seen = outcome.observed() == null ? "not reported"
                : outcome.observed() instanceof String s ? s : Numbers.raw(outcome.observed());
        String subject = switch (c.subject()) {
            case INDICATOR -> c.target();
            case INDICATOR_SCORE -> "score of " + c.target();
            case DIMENSION -> "dimension " + c.target();
            case KPI_GAP -> "gap of " + c.target();
            case CONTEXT -> c.target();
        };
        return subject + " = " + seen + " (condition: " + c.operator().key().replace('_', ' ') + " " + literal + ")";
    }
}
