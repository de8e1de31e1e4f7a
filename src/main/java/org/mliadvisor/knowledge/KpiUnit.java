package org.mliadvisor.knowledge;

/** The closed set of units a KPI is measured in, with the largest value a firm could plausibly report. */
public enum KpiUnit {
    PERCENT(100),
    DAYS(3650),
    COUNT_PER_MONTH(1_000_000),
    CURRENCY_PER_UNIT(1_000_000_000);

    /** The smallest reference (target, target failure rate or floor) a gap can be taken relative to; a smaller one makes the gap meaningless. */
    public static final double MIN_TARGET = 0.001;

    private final double max;

    KpiUnit(double max) {
        this.max = max;
    }

    /** The largest plausible value in this unit; larger ones are rejected as typing errors. */
    public double max() {
        return max;
    }
}
