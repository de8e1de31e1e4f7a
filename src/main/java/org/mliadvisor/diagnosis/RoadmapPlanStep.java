package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Text;
import org.mliadvisor.source.SourceLocation;

import java.util.List;

/**
 * One roadmap step for this firm: the step itself and the first-wave recommendations placed on it, by
 * rank. The first step maps the processes the whole first wave changes ({@code prepares}), so it is
 * never empty when there is a programme; the last step is where the next wave follows, after the
 * re-assessment ({@code nextWave}).
 */
public record RoadmapPlanStep(int step, Text title, int fromWeek, int toWeek, List<Text> deliverables,
                              List<String> recommendations, List<String> prepares, List<String> nextWave,
                              SourceLocation source) {
    public RoadmapPlanStep {
        deliverables = List.copyOf(deliverables);
        recommendations = List.copyOf(recommendations);
        prepares = List.copyOf(prepares);
        nextWave = List.copyOf(nextWave);
    }
}
