package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.GapMeasure;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.MethodSettings;
import org.mliadvisor.knowledge.Text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A KPI's gap to target: {@code gap} is positive when short of the target, as a share of the KPI's
 * reference (the target, or the target failure rate), whichever way the KPI improves; its severity is
 * decided by the KPI's own bands or the method's ({@code moderateFrom}, {@code severeFrom}).
 */
public record KpiGap(KpiDefinition definition, String kpiId, double actual, double target, double gap,
                     GapSeverity severity, double moderateFrom, double severeFrom, MethodSettings method, String rule) {
    public KpiGap {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(severity, "severity");
        if ((gap <= 0) != (severity == GapSeverity.ON_TARGET)) {
            throw new IllegalArgumentException(kpiId + ": a gap of " + gap + " cannot be " + severity);
        }
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rule, "rule");
    }

    public static KpiGap of(KpiMeasure measure, GapSeverity severity, MethodSettings method, String rule) {
        return new KpiGap(measure.definition(), measure.kpiId(), measure.observation().actual(),
                measure.observation().target(), measure.gap(), severity, measure.moderateFrom(), measure.severeFrom(),
                method, rule);
    }

    public Text name() {
        return definition.name();
    }

    public Direction better() {
        return definition.better();
    }

    /**
     * How much this gap counts (0..1) in the ranking score and in KPI evidence: the method's weight
     * of its severity, so that KPIs measured in different units compare.
     */
    public double weight() {
        MethodSettings.SeverityWeights w = method.severityWeights();
        return switch (severity) {
            case ON_TARGET -> 0;
            case MINOR -> w.minor();
            case MODERATE -> w.moderate();
            case SEVERE -> w.severe();
        };
    }

    /** Whether the gap is taken against the target failure rate (100 − target) rather than the target. */
    public boolean failureRate() {
        return definition.gapMeasure().kind() == GapMeasure.Kind.FAILURE_RATE;
    }

    public Reason reason() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("actual", Numbers.format(actual, 2));
        facts.put("target", Numbers.format(target, 2));
        facts.put("better", better().name().toLowerCase(Locale.ROOT));
        facts.put("gap", Numbers.percent(gap) + (failureRate()
                ? " of the target failure rate (" + Numbers.format(100 - target, 2) + ")" : " of target"));
        facts.put("severity from", "moderate " + Numbers.percent(moderateFrom) + ", severe " + Numbers.percent(severeFrom));
        String kind = failureRate() ? "kpi.verdict.failure." : "kpi.verdict.";
        Message verdict = switch (severity) {
            case ON_TARGET -> Message.of("kpi.verdict.on_target");
            case MINOR -> Message.of(kind + "minor", Message.percent(gap), Message.percent(moderateFrom));
            case MODERATE -> Message.of(kind + "moderate", Message.percent(gap), Message.percent(moderateFrom));
            case SEVERE -> Message.of(kind + "severe", Message.percent(gap), Message.percent(severeFrom));
        };
        Message statement = Message.of("kpi.gap", Message.text(name()), Message.number(actual, 2),
                Message.number(target, 2), Message.of(better() == Direction.HIGHER ? "kpi.better.higher" : "kpi.better.lower"), verdict);
        return Reason.of(rule, statement, facts, definition.origin(), method.origin());
    }
}
