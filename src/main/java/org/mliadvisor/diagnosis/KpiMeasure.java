package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.MethodSettings;

import java.util.Objects;

/**
 * A reported KPI with its gap, measured the KPI's way (relative to the target or to the target
 * failure rate), and the severity thresholds that apply to it, before its severity is decided.
 */
public record KpiMeasure(KpiDefinition definition, KpiObservation observation, double gap, double moderateFrom,
                         double severeFrom) {
    public KpiMeasure {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(observation, "observation");
    }

    public static KpiMeasure of(KpiDefinition definition, KpiObservation observation, MethodSettings method) {
        return new KpiMeasure(definition, observation,
                Numbers.exact(definition.gap(observation.actual(), observation.target())),
                definition.gapMeasure().moderateFrom(method), definition.gapMeasure().severeFrom(method));
    }

    public String kpiId() {
        return definition.id();
    }
}
