package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.Implementation;
import org.mliadvisor.knowledge.Intervention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What one implemented intervention has delivered by the latest assessment: its indicators against the level it is
 * expected to reach, and each KPI it is expected to move against that expectation, from the latest assessment before it
 * was put in place (its baseline).
 *
 * @param baseline the latest assessment dated before the intervention's {@code since}, or {@code null} when none is
 * @param judgedOn the latest assessment's date
 */
public record BenefitRealization(Intervention intervention, Implementation implementation, Standing standing,
                                 ProgressPoint baseline, LocalDate judgedOn, List<IndicatorReach> indicators,
                                 List<KpiRealization> kpis) {

    /** Whether the intervention's benefit can be judged, and if not, why not. */
    public enum Standing {
        /** Its KPIs are judged against its expected effect. */
        JUDGED,
        /** Fewer weeks have passed since it was put in place than it takes to show an effect. */
        TOO_EARLY,
        /** No assessment before it was put in place gives its KPIs' starting values. */
        NO_BASELINE,
        /** The knowledge base states no expected effect for it, so nothing is judged (and nothing guessed). */
        NO_STATED_EFFECT
    }

    public BenefitRealization {
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(judgedOn, "judgedOn");
        indicators = List.copyOf(indicators);
        kpis = List.copyOf(kpis);
        if (!intervention.id().equals(implementation.interventionId())) {
            throw new IllegalArgumentException("a realization is of the intervention implemented");
        }
        if ((standing == Standing.NO_STATED_EFFECT) != (intervention.expectedEffect() == null)) {
            throw new IllegalArgumentException(intervention.id() + ": no stated effect exactly when the knowledge base states none");
        }
        if ((standing == Standing.NO_BASELINE || standing == Standing.NO_STATED_EFFECT) && !kpis.isEmpty()) {
            throw new IllegalArgumentException(intervention.id() + ": KPIs are read only against a baseline");
        }
        if (baseline != null && !baseline.date().isBefore(implementation.since())) {
            throw new IllegalArgumentException(intervention.id() + ": the baseline is dated before the intervention was put in place");
        }
        if (standing == Standing.NO_BASELINE && baseline != null || (standing == Standing.JUDGED || standing == Standing.TOO_EARLY)
                && baseline == null) {
            throw new IllegalArgumentException(intervention.id() + ": judged only from a baseline");
        }
    }

    public String interventionId() {
        return intervention.id();
    }

    /** Whole weeks from the day it was put in place to the latest assessment. */
    public long weeksInPlace() {
        return ChronoUnit.DAYS.between(implementation.since(), judgedOn) / 7;
    }
}
