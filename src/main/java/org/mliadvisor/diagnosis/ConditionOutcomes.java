package org.mliadvisor.diagnosis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The truth of every condition node of the knowledge base for one firm, by node id, as one fact: the
 * rules match a condition's root among {@code holding} or {@code undecided} nodes, and the ranking reads
 * the weaknesses that triggered an intervention with {@link #triggering(String)}.
 */
public record ConditionOutcomes(List<ConditionOutcome> outcomes, Set<Integer> holding, Set<Integer> undecided,
                                Map<String, List<Weakness>> triggered) {
    public ConditionOutcomes {
        outcomes = List.copyOf(outcomes);
        holding = Set.copyOf(holding);
        undecided = Set.copyOf(undecided);
        Map<String, List<Weakness>> copy = new HashMap<>();
        triggered.forEach((id, scores) -> copy.put(id, List.copyOf(scores)));
        triggered = Map.copyOf(copy);
    }

    /** The outcomes by node id, with the sets the rules match computed once. */
    static ConditionOutcomes of(List<ConditionOutcome> outcomes, Map<String, List<Weakness>> triggered) {
        Set<Integer> holding = new HashSet<>();
        Set<Integer> undecided = new HashSet<>();
        for (ConditionOutcome o : outcomes) {
            if (o.truth() == Truth.TRUE) {
                holding.add(o.nodeId());
            } else if (o.truth() == Truth.UNKNOWN) {
                undecided.add(o.nodeId());
            }
        }
        return new ConditionOutcomes(outcomes, holding, undecided, triggered);
    }

    /** The outcome of one node. */
    public ConditionOutcome of(int nodeId) {
        return outcomes.get(nodeId);
    }

    /** The weaknesses (indicator scores, perception gaps) whose comparisons naming the intervention's hold; empty when none do. */
    public List<Weakness> triggering(String interventionId) {
        return triggered.getOrDefault(interventionId, List.of());
    }
}
