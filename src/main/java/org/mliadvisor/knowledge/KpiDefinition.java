package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/** A performance KPI with its unit and the direction in which it improves. */
public record KpiDefinition(String id, Text name, KpiUnit unit, Direction better, Text description,
                            Citation source, SourceLocation origin) {
    public KpiDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(better, "better");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * The direction-aware gap relative to the target: positive when short of it, zero or negative
     * when on or beyond it.
     */
    public double relativeGap(double actual, double target) {
        if (target <= 0) {
            throw new IllegalArgumentException(id + ": target must be positive");
        }
        double shortfall = better == Direction.HIGHER ? target - actual : actual - target;
        return shortfall / target;
    }
}
