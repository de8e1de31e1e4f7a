package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Citation;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Effort;
import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Objects;

/** A ranked intervention for this firm, placed on its roadmap step, with the reasons it was chosen. */
public record Recommendation(int rank, String id, Dimension dimension, String title, String action, String variant,
                             int roadmapStep, int fromWeek, int toWeek, int weeksToImpact, Effort effort,
                             List<String> kpisMoved, List<String> kpisAddressed, boolean onBindingConstraint,
                             double priority, List<String> after, String rationale, Citation citation,
                             SourceLocation source, List<Reason> because) {
    public Recommendation {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(action, "action");
        if (fromWeek < 1 || toWeek < fromWeek) {
            throw new IllegalArgumentException(id + ": bad weeks " + fromWeek + "-" + toWeek);
        }
        Objects.requireNonNull(effort, "effort");
        kpisMoved = List.copyOf(kpisMoved);
        kpisAddressed = List.copyOf(kpisAddressed);
        after = List.copyOf(after);
        Objects.requireNonNull(source, "source");
        because = List.copyOf(because);
        if (because.isEmpty()) {
            throw new IllegalArgumentException(id + ": a recommendation needs its reasons");
        }
    }
}
