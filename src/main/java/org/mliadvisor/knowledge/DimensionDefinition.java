package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/** One dimension as the knowledge base describes it, with its default weight and target score. */
public record DimensionDefinition(Dimension id, Text name, Text covers, double defaultWeight,
                                  double targetScore, Citation source, SourceLocation origin) {
    public DimensionDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(covers, "covers");
        if (defaultWeight < 0 || defaultWeight > 1 || targetScore < 0 || targetScore > 1) {
            throw new IllegalArgumentException("weight and target score must be 0..1");
        }
        Objects.requireNonNull(origin, "origin");
    }
}
