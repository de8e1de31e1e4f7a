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
 * Orders the candidates the rules scored: by ranking score (see {@link RankingScore}), then
 * knowledge-base order. A prerequisite always comes before what needs it, and is pulled forward to
 * rank as highly as the most urgent intervention waiting on it: the backbone before its parts.
 */
final class RecommendationRanking {

    private RecommendationRanking() {
    }

    static List<RecommendationCandidate> rank(List<RecommendationCandidate> candidates, List<Precedence> precedences,
                                              ToIntFunction<String> kbOrder) {
        Comparator<RecommendationCandidate> preference = Comparator
                .comparing(RecommendationCandidate::priority, Comparator.reverseOrder())
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
        Map<String, RecommendationCandidate> urgency = urgency(candidates, unlocks, byId, preference);
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

    /**
     * For each candidate, the most preferred of itself and everything that waits on it, directly or
     * not: computed from the last dependents back, without recursion, so long chains cannot overflow.
     */
    private static Map<String, RecommendationCandidate> urgency(List<RecommendationCandidate> candidates,
                                                                Map<String, List<String>> unlocks,
                                                                Map<String, RecommendationCandidate> byId,
                                                                Comparator<RecommendationCandidate> preference) {
        Map<String, Integer> pendingDependents = new HashMap<>();
        Map<String, List<String>> prerequisitesOf = new HashMap<>();
        for (var entry : unlocks.entrySet()) {
            pendingDependents.put(entry.getKey(), entry.getValue().size());
            entry.getValue().forEach(d -> prerequisitesOf.computeIfAbsent(d, k -> new ArrayList<>()).add(entry.getKey()));
        }
        Map<String, RecommendationCandidate> urgency = new HashMap<>();
        java.util.ArrayDeque<String> settled = new java.util.ArrayDeque<>();
        candidates.stream().map(RecommendationCandidate::interventionId)
                .filter(id -> !pendingDependents.containsKey(id)).forEach(settled::add);
        while (!settled.isEmpty()) {
            String id = settled.poll();
            RecommendationCandidate best = byId.get(id);
            for (String dependent : unlocks.getOrDefault(id, List.of())) {
                RecommendationCandidate theirs = urgency.get(dependent);
                if (preference.compare(theirs, best) < 0) {
                    best = theirs;
                }
            }
            urgency.put(id, best);
            for (String prerequisite : prerequisitesOf.getOrDefault(id, List.of())) {
                if (pendingDependents.merge(prerequisite, -1, Integer::sum) == 0) {
                    settled.add(prerequisite);
                }
            }
        }
        return urgency;
    }
}
