package org.mliadvisor.knowledge;

/** The closed set of scales an indicator's raw value is measured on. */
public enum ScaleType {
    YES_NO(0, 1),
    PERCENT(0, 100),
    MATURITY(0, 5),
    LIKERT(1, 5),
    /** A count per period; its maximum is set per indicator. */
    COUNT(0, Double.NaN);

    private final double min;
    private final double defaultMax;

    ScaleType(double min, double defaultMax) {
        this.min = min;
        this.defaultMax = defaultMax;
    }

    public double min() {
        return min;
    }

    /** The fixed maximum of the scale, or NaN for {@link #COUNT}, whose maximum each indicator sets. */
    public double defaultMax() {
        return defaultMax;
    }
}
