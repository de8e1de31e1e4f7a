package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.MethodSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A KPI's gap to target: {@code gap} is positive when short of the target, as a share of it,
 * whichever way the KPI improves.
 */
public record KpiGap(String kpiId, String name, double actual, double target, Direction better, double gap,
                     GapSeverity severity, Reason reason) {
    public KpiGap {
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(better, "better");
        Objects.requireNonNull(severity, "severity");
        if ((gap <= 0) != (severity == GapSeverity.ON_TARGET)) {
            throw new IllegalArgumentException(kpiId + ": a gap of " + gap + " cannot be " + severity);
        }
        Objects.requireNonNull(reason, "reason");
    }

    public static KpiGap of(KpiMeasure measure, GapSeverity severity, MethodSettings method, String rule) {
        var d = measure.definition();
        var o = measure.observation();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("actual", Numbers.format(o.actual(), 2));
        facts.put("target", Numbers.format(o.target(), 2));
        facts.put("better", d.better().name().toLowerCase(java.util.Locale.ROOT));
        facts.put("gap", Numbers.percent(measure.gap()) + " of target");
        String verdict = switch (severity) {
            case ON_TARGET -> "is on or beyond target";
            case MINOR -> "is " + Numbers.percent(measure.gap()) + " short of target (minor, under "
                    + Numbers.percent(method.moderateFrom()) + ")";
            case MODERATE -> "is " + Numbers.percent(measure.gap()) + " short of target (moderate, from "
                    + Numbers.percent(method.moderateFrom()) + ")";
            case SEVERE -> "is " + Numbers.percent(measure.gap()) + " short of target (severe, from "
                    + Numbers.percent(method.severeFrom()) + ")";
        };
        String statement = d.name() + " at " + Numbers.format(o.actual(), 2) + " against " + Numbers.format(o.target(), 2)
                + " (" + d.better().name().toLowerCase(java.util.Locale.ROOT) + " is better) " + verdict + ".";
        return new KpiGap(d.id(), d.name(), o.actual(), o.target(), d.better(), measure.gap(), severity,
                Reason.of(rule, statement, facts, d.origin(), method.origin()));
    }

    /** The gap counted as a shortfall: zero when on target. */
    public double shortfall() {
        return Math.max(0, gap);
    }
}
