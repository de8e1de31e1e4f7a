package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.knowledge.KpiDefinition;

import java.util.Objects;

/** A reported KPI with its direction-aware relative gap, before its severity is decided. */
public record KpiMeasure(KpiDefinition definition, KpiObservation observation, double gap) {
    public KpiMeasure {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(observation, "observation");
    }

    public static KpiMeasure of(KpiDefinition definition, KpiObservation observation) {
        return new KpiMeasure(definition, observation,
                Numbers.exact(definition.relativeGap(observation.actual(), observation.target())));
    }

    public String kpiId() {
        return definition.id();
    }
}
