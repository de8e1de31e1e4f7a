package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/** A performance KPI with its unit and the direction in which it improves. */
public record KpiDefinition(String id, Text name, KpiUnit unit, Direction better, GapMeasure gapMeasure,
                            Text description, Citation source, SourceLocation origin) {
    public KpiDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(better, "better");
        Objects.requireNonNull(gapMeasure, "gapMeasure");
        if (gapMeasure.kind() == GapMeasure.Kind.FAILURE_RATE && (unit != KpiUnit.PERCENT || better != Direction.HIGHER)) {
            throw new IllegalArgumentException(id + ": a failure rate is measured only for a higher-is-better percentage");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
    }

    /** The direction-aware gap to the target, by the KPI's gap measure: positive when short of it. */
    public double gap(double actual, double target) {
        return gapMeasure.gap(better, actual, target);
    }

    /**
     * Whether a gap can be measured against this target: its reference (the target, the target failure
     * rate, or the floor) must be at least {@link KpiUnit#MIN_TARGET}, so a target of 0 needs a floor.
     */
    public boolean measurableAgainst(double target) {
        return gapMeasure.reference(target) >= KpiUnit.MIN_TARGET;
    }
}
