package org.mliadvisor.assessment.survey;

/**
 * A two-sided confidence interval.
 *
 * @param level the coverage, 0.95 for a 95 % interval
 */
public record ConfidenceInterval(double lower, double upper, double level) {
    public ConfidenceInterval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
            throw new IllegalArgumentException("an interval needs finite ends, lower ≤ upper, got [" + lower + ", " + upper + "]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the level must lie strictly between 0 and 1, got " + level);
        }
    }

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
