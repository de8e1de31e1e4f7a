package org.mliadvisor.knowledge;

import org.mliadvisor.source.Problems;
import org.mliadvisor.source.Suggestions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The prerequisites interventions name in {@code requires}, checked once every intervention is read. */
record Prerequisites(Problems problems, EntryIds ids, Map<String, Intervention> interventions) {

    /**
     * Records a problem for each prerequisite that is unknown, repeated, the intervention itself, on a
     * later step, or in a cycle.
     */
    void check() {
        for (Intervention intervention : interventions.values()) {
            Set<String> listed = new HashSet<>();
            for (String required : intervention.requires()) {
                if (!listed.add(required)) {
                    problems.error(intervention.origin(), "interventions[" + intervention.id() + "].requires",
                            "`" + required + "` is listed twice");
                    continue;
                }
                Intervention prerequisite = interventions.get(required);
                String field = "interventions[" + intervention.id() + "].requires";
                if (prerequisite == null) {
                    if (!ids.isRejected("intervention", required)) {
                        problems.error(intervention.origin(), field, "unknown intervention `" + required + "`"
                                + Suggestions.hint(required, interventions.keySet()));
                    }
                } else if (required.equals(intervention.id())) {
                    problems.error(intervention.origin(), field, "an intervention cannot require itself");
                } else if (prerequisite.roadmapStep() > intervention.roadmapStep()) {
                    problems.error(intervention.origin(), field, "requires `" + required + "`, which is on a later roadmap step ("
                            + prerequisite.roadmapStep() + " > " + intervention.roadmapStep() + "); a prerequisite comes first");
                }
            }
        }
        findCycle().ifPresent(cycle -> problems.error(interventions.get(cycle.get(0)).origin(),
                "interventions[" + cycle.get(0) + "].requires", "prerequisites form a cycle: " + String.join(" → ", cycle)));
    }

    private Optional<List<String>> findCycle() {
        Map<String, Integer> state = new HashMap<>();
        for (String start : interventions.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> cycle = visit(start, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String id, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(id);
        if (seen != null && seen == 2) {
            return Optional.empty();
        }
        if (seen != null && seen == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return Optional.of(cycle);
        }
        state.put(id, 1);
        path.add(id);
        Intervention intervention = interventions.get(id);
        if (intervention != null) {
            for (String next : intervention.requires()) {
                if (!next.equals(id) && interventions.containsKey(next)) {
                    Optional<List<String>> cycle = visit(next, state, path);
                    if (cycle.isPresent()) {
                        return cycle;
                    }
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return Optional.empty();
    }
}
