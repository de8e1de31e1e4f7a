package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Objects;

/** One step of the implementation roadmap, with the weeks it spans and what it delivers. */
public record RoadmapStep(int step, Text title, int fromWeek, int toWeek, List<Text> deliverables,
                          Citation source, SourceLocation origin) {
    public RoadmapStep {
        Objects.requireNonNull(title, "title");
        if (step < 1 || fromWeek < 1 || toWeek < fromWeek) {
            throw new IllegalArgumentException("step " + step + " needs 1 ≤ from ≤ to");
        }
        deliverables = List.copyOf(deliverables);
        Objects.requireNonNull(origin, "origin");
    }
}
