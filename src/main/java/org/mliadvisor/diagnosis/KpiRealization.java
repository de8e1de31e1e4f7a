package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.ExpectedEffect.Improvement;
import org.mliadvisor.knowledge.KpiDefinition;

import java.util.List;
import java.util.Objects;

/**
 * How far one KPI moved between an intervention's baseline and the latest assessment, against what the
 * interventions put in place in that time were expected to achieve.
 *
 * @param before       the KPI's actual value at the baseline, or {@code null} when it was not reported then
 * @param now          its actual value at the latest assessment, or {@code null} when it was not reported then
 * @param change       how far it moved toward its better direction, in its own unit; {@code null} without both values
 * @param expected     the summed expected improvement of {@code contributors}, or {@code null} for a KPI the knowledge
 *                     base says improves without a figure, which is judged by its direction alone
 * @param contributors the interventions whose expected ranges make up {@code expected}: those put in place after the
 *                     baseline whose weeks to impact have passed
 */
public record KpiRealization(KpiDefinition definition, Double before, Double now, Double change, Improvement expected,
                             List<String> contributors, Verdict verdict) {

    /** What the KPI's path says about the expected benefit. */
    public enum Verdict {
        /** It improved by at least the low end of the summed expected range. */
        DELIVERED,
        /** It improved, but by less than the low end of the summed expected range. */
        PARTLY,
        /** It improved, and the knowledge base states no figure to measure the improvement against. */
        IMPROVED,
        /** It did not improve. */
        NOT_YET,
        /** Fewer weeks have passed than the intervention takes to show an effect. */
        TOO_EARLY,
        /** It was not reported at the baseline or at the latest assessment. */
        NOT_MEASURED
    }

    public KpiRealization {
        Objects.requireNonNull(definition, "definition");
        contributors = List.copyOf(contributors);
        Objects.requireNonNull(verdict, "verdict");
        if ((change != null) != (before != null && now != null)) {
            throw new IllegalArgumentException(definition.id() + ": a change needs both values");
        }
        if ((verdict == Verdict.NOT_MEASURED) != (change == null)) {
            throw new IllegalArgumentException(definition.id() + ": a KPI is not measured exactly when it has no change");
        }
        if (verdict == Verdict.IMPROVED && expected != null || (verdict == Verdict.DELIVERED || verdict == Verdict.PARTLY)
                && expected == null) {
            throw new IllegalArgumentException(definition.id() + ": delivered and partly measure against a range, improved against none");
        }
        if ((verdict == Verdict.DELIVERED || verdict == Verdict.PARTLY || verdict == Verdict.IMPROVED) && !(change > 0)) {
            throw new IllegalArgumentException(definition.id() + ": " + verdict + " needs an improvement");
        }
    }

    public String kpiId() {
        return definition.id();
    }

    /** Whether the knowledge base gives this KPI a range, rather than naming it improved without a figure. */
    public boolean ranged() {
        return expected != null;
    }
}
