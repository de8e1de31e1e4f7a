package org.mliadvisor.diagnosis;

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
    List<ConditionEvidence> support(int nodeId, Truth truth) {
        List<ConditionEvidence> found = new ArrayList<>();
        collect(nodeId, truth, false, found);
        return found;
    }

    private void collect(int nodeId, Truth truth, boolean negated, List<ConditionEvidence> found) {
        ConditionOutcome outcome = outcomes.get(nodeId);
        if (outcome == null || outcome.truth() != truth) {
            return;
        }
        ConditionGroup.Kind kind = knowledge.kindOf(nodeId);
        if (kind == null) {
            found.add(new ConditionEvidence(outcome, negated));
            return;
        }
        boolean not = kind == ConditionGroup.Kind.NOT;
        for (int child : knowledge.childrenOf(nodeId)) {
            collect(child, not ? truth.negate() : truth, negated != not, found);
        }
    }
}
