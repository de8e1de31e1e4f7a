package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An integration intervention the knowledge base can recommend, with the condition that calls for it
 * and, optionally, the condition under which it is time-critical and starts in the roadmap's first week
 * ({@code startEarlyWhen}, or {@code null}), and what it is expected to achieve ({@code expectedEffect}, or {@code null}
 * when the knowledge base does not say).
 */
public record Intervention(String id, Dimension dimension, Text title, Text action, Condition when,
                           Condition startEarlyWhen, List<Variant> variants, Set<String> moves, Effort effort, int weeksToImpact,
                           int roadmapStep, List<String> requires, Text rationale, Citation source,
                           ExpectedEffect expectedEffect, SourceLocation origin) {
    public Intervention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(when, "when");
        variants = List.copyOf(variants);
        moves = Set.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException(id + " must move at least one KPI");
        }
        Objects.requireNonNull(effort, "effort");
        if (weeksToImpact < 1 || roadmapStep < 1) {
            throw new IllegalArgumentException(id + ": weeks and roadmap step must be positive");
        }
        requires = List.copyOf(requires);
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(origin, "origin");
    }
}
