package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.KpiDefinition;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One KPI over the compared assessments: its value against its target on each date it was reported. */
public record KpiPath(KpiDefinition definition, List<Reading> readings) {

    /** The KPI as one assessment reported it, with its gap to that assessment's target. */
    public record Reading(LocalDate on, KpiGap gap) {
        public Reading {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(gap, "gap");
        }
    }

    public KpiPath {
        Objects.requireNonNull(definition, "definition");
        readings = List.copyOf(readings);
        if (readings.isEmpty()) {
            throw new IllegalArgumentException(definition.id() + ": a path has at least one reading");
        }
    }

    public String kpiId() {
        return definition.id();
    }
}
