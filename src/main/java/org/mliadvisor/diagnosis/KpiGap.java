package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.MethodSettings;
import org.mliadvisor.knowledge.Text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A KPI's gap to target: {@code gap} is positive when short of the target, as a share of it,
 * whichever way the KPI improves.
 */
public record KpiGap(KpiDefinition definition, String kpiId, double actual, double target, double gap,
                     GapSeverity severity, MethodSettings method, String rule) {
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
                measure.observation().target(), measure.gap(), severity, method, rule);
    }

    public Text name() {
        return definition.name();
    }

    public Direction better() {
        return definition.better();
    }

    /**
     * The gap counted as a shortfall when weighing interventions and dimensions: zero when on
     * target, and at most 1, so that a lower-is-better KPI several times its target (which has no
     * upper bound) weighs like a higher-is-better KPI at zero, not more.
     */
    public double shortfall() {
        return Math.max(0, Math.min(1, gap));
    }

    public Reason reason() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("actual", Numbers.format(actual, 2));
        facts.put("target", Numbers.format(target, 2));
        facts.put("better", better().name().toLowerCase(Locale.ROOT));
        facts.put("gap", Numbers.percent(gap) + " of target");
        Message verdict = switch (severity) {
            case ON_TARGET -> Message.of("kpi.verdict.on_target");
            case MINOR -> Message.of("kpi.verdict.minor", Message.percent(gap), Message.percent(method.moderateFrom()));
            case MODERATE -> Message.of("kpi.verdict.moderate", Message.percent(gap), Message.percent(method.moderateFrom()));
            case SEVERE -> Message.of("kpi.verdict.severe", Message.percent(gap), Message.percent(method.severeFrom()));
        };
        Message statement = Message.of("kpi.gap", Message.text(name()), Message.number(actual, 2),
                Message.number(target, 2), Message.of(better() == Direction.HIGHER ? "kpi.better.higher" : "kpi.better.lower"), verdict);
        return Reason.of(rule, statement, facts, definition.origin(), method.origin());
    }
}
