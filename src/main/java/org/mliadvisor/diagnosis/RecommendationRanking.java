package org.mliadvisor.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Orders the candidates the rules weighed: on the binding constraint first, then by weighted gap
 * closed per effort point, then knowledge-base order. A prerequisite always comes before what needs
 * it, and is pulled forward to rank as highly as the most urgent intervention waiting on it.
 */
final class RecommendationRanking {

    private RecommendationRanking() {
    }

    static List<RecommendationCandidate> rank(List<RecommendationCandidate> candidates, List<Precedence> precedences,
                                              ToIntFunction<String> kbOrder) {
        Comparator<RecommendationCandidate> preference = Comparator
                .comparing(RecommendationCandidate::onBindingConstraint).reversed()
                .thenComparing(Comparator.comparingDouble(RecommendationCandidate::priority).reversed())
                .thenComparingInt(c -> kbOrder.applyAsInt(c.interventionId()));
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<String>> unlocks = new HashMap<>();
        Set<String> present = new HashSet<>();
        candidates.forEach(c -> present.add(c.interventionId()));
        for (Precedence p : precedences) {
            if (present.contains(p.before()) && present.contains(p.after())) {
                waitingOn.merge(p.after(), 1, Integer::sum);
                unlocks.computeIfAbsent(p.before(), k -> new ArrayList<>()).add(p.after());
            }
        }
        Map<String, RecommendationCandidate> byId = new HashMap<>();
        candidates.forEach(c -> byId.put(c.interventionId(), c));
        Map<String, RecommendationCandidate> urgency = new HashMap<>();
        candidates.forEach(c -> urgency.put(c.interventionId(), mostUrgent(c, unlocks, byId, preference, new HashSet<>())));
        Comparator<RecommendationCandidate> order = Comparator
                .comparing((RecommendationCandidate c) -> urgency.get(c.interventionId()), preference)
                .thenComparing(preference);
        PriorityQueue<RecommendationCandidate> ready = new PriorityQueue<>(order);
        candidates.stream().filter(c -> !waitingOn.containsKey(c.interventionId())).forEach(ready::add);
        List<RecommendationCandidate> ranked = new ArrayList<>();
        while (!ready.isEmpty()) {
            RecommendationCandidate next = ready.poll();
            ranked.add(next);
            for (String dependent : unlocks.getOrDefault(next.interventionId(), List.of())) {
                if (waitingOn.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(byId.get(dependent));
                }
            }
        }
        if (ranked.size() != candidates.size()) {
            throw new IllegalStateException("prerequisites form a cycle; the knowledge-base loader should have refused it");
        }
        return ranked;
    }

    /** The most preferred of {@code candidate} and everything that waits on it, directly or not. */
    private static RecommendationCandidate mostUrgent(RecommendationCandidate candidate, Map<String, List<String>> unlocks,
                                                      Map<String, RecommendationCandidate> byId,
                                                      Comparator<RecommendationCandidate> preference, Set<String> seen) {
        RecommendationCandidate best = candidate;
        for (String dependent : unlocks.getOrDefault(candidate.interventionId(), List.of())) {
            if (seen.add(dependent)) {
                RecommendationCandidate urgent = mostUrgent(byId.get(dependent), unlocks, byId, preference, seen);
                if (preference.compare(urgent, best) < 0) {
                    best = urgent;
                }
            }
        }
        return best;
    }
}
