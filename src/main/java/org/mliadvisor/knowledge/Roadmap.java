package org.mliadvisor.knowledge;

import java.util.List;
import java.util.Optional;

/** The implementation roadmap: its ordered steps and its total span in weeks. */
public record Roadmap(int minWeeks, int maxWeeks, List<RoadmapStep> steps) {
    public Roadmap {
        if (minWeeks < 1 || maxWeeks < minWeeks) {
            throw new IllegalArgumentException("roadmap needs 1 ≤ min ≤ max weeks");
        }
        steps = List.copyOf(steps);
    }

    public Optional<RoadmapStep> step(int number) {
        return steps.stream().filter(s -> s.step() == number).findFirst();
    }
}
