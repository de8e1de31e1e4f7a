package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.Objects;
import java.util.Set;

/** The KPIs a dimension's indicators drive, as one fact: what its KPI evidence and triangulation read. */
public record DimensionKpis(Dimension dimension, Set<String> kpis) {
    public DimensionKpis {
        Objects.requireNonNull(dimension, "dimension");
        kpis = Set.copyOf(kpis);
    }
}
