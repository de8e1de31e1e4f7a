package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

/**
 * The knowledge base's tuning of the method: evidence needed per dimension, KPI-gap severity
 * thresholds and how near-ties between dimensions are decided.
 */
public record MethodSettings(int minAnsweredPerDimension, double moderateFrom, double severeFrom,
                             double nearTieMargin, double kpiEvidenceMargin, SourceLocation origin) {
    public MethodSettings {
        if (minAnsweredPerDimension < 1) {
            throw new IllegalArgumentException("min answered per dimension must be at least 1");
        }
        if (!(moderateFrom > 0 && severeFrom > moderateFrom)) {
            throw new IllegalArgumentException("need 0 < moderate_from < severe_from");
        }
        if (nearTieMargin < 0 || kpiEvidenceMargin < 0) {
            throw new IllegalArgumentException("margins must not be negative");
        }
    }
}
