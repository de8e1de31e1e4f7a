package org.mliadvisor.knowledge;

/**
 * How a KPI's gap to its target is measured, so that gaps of different KPIs compare: relative to the
 * target, or, for a higher-is-better percentage such as OTIF, as the failure rate relative to the
 * target failure rate (82 % against 90 % is 18 % failing against 10 %: 80 % worse); with a floor under
 * the reference, so that a target of 0 (zero stockouts) is a real target; and with the KPI's own
 * severity bands where the knowledge base's defaults would mislead.
 *
 * @param kind         relative to the target, or to the target failure rate
 * @param floor        the smallest reference a gap is taken relative to, in the KPI's unit (0: none)
 * @param moderateFrom the KPI's own moderate threshold, or {@code null} for the method's
 * @param severeFrom   the KPI's own severe threshold, or {@code null} for the method's
 */
public record GapMeasure(Kind kind, double floor, Double moderateFrom, Double severeFrom) {

    /** What a gap is relative to. */
    public enum Kind { RELATIVE, FAILURE_RATE }

    /** Relative to the target, no floor, the method's bands. */
    public static final GapMeasure RELATIVE = new GapMeasure(Kind.RELATIVE, 0, null, null);

    public GapMeasure {
        java.util.Objects.requireNonNull(kind, "kind");
        if (!(floor >= 0) || Double.isInfinite(floor)) {
            throw new IllegalArgumentException("floor must be a finite number ≥ 0");
        }
        if ((moderateFrom == null) != (severeFrom == null)) {
            throw new IllegalArgumentException("a KPI's own bands need both moderate_from and severe_from");
        }
        if (moderateFrom != null && !(moderateFrom > 0 && severeFrom > moderateFrom)) {
            throw new IllegalArgumentException("need 0 < moderate_from < severe_from");
        }
    }

    /** The quantity the gap is relative to: the target, or the target failure rate; at least the floor. */
    public double reference(double target) {
        return Math.max(kind == Kind.FAILURE_RATE ? 100 - target : target, floor);
    }

    /**
     * The gap: how far the actual is short of the target, as a share of the reference; positive when
     * short, zero or negative when on or beyond it.
     */
    public double gap(Direction better, double actual, double target) {
        double reference = reference(target);
        if (!(reference > 0)) {
            throw new IllegalArgumentException("a gap needs a reference above 0 (a target above 0, or a floor)");
        }
        double shortfall = better == Direction.HIGHER ? target - actual : actual - target;
        return shortfall / reference;
    }

    /** The moderate threshold that applies: the KPI's own, else the method's. */
    public double moderateFrom(MethodSettings method) {
        return moderateFrom != null ? moderateFrom : method.moderateFrom();
    }

    /** The severe threshold that applies: the KPI's own, else the method's. */
    public double severeFrom(MethodSettings method) {
        return severeFrom != null ? severeFrom : method.severeFrom();
    }
}
