package org.mliadvisor.assessment;

import java.util.Objects;

/** A KPI as the client reports it: the actual value and the firm's own target. */
public record KpiObservation(String kpiId, double actual, double target) {
    public KpiObservation {
        Objects.requireNonNull(kpiId, "kpiId");
        if (!Double.isFinite(actual) || actual < 0) {
            throw new IllegalArgumentException(kpiId + ": actual must be a finite number ≥ 0");
        }
        if (!Double.isFinite(target) || target < 0) {
            throw new IllegalArgumentException(kpiId + ": target must be a finite number ≥ 0");
        }
    }
}
