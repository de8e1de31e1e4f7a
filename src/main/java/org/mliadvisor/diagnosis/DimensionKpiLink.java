package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.Objects;

/** A KPI linked to a dimension through one of its indicators, as a fact. */
public record DimensionKpiLink(Dimension dimension, String kpiId) {
    public DimensionKpiLink {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(kpiId, "kpiId");
    }
}
