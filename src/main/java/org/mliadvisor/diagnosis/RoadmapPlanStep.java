package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Text;
import org.mliadvisor.source.SourceLocation;

import java.util.List;

/** One roadmap step for this firm: the step itself and the recommendations placed on it, by rank. */
public record RoadmapPlanStep(int step, Text title, int fromWeek, int toWeek, List<Text> deliverables,
                              List<String> recommendations, SourceLocation source) {
    public RoadmapPlanStep {
        deliverables = List.copyOf(deliverables);
        recommendations = List.copyOf(recommendations);
    }
}
