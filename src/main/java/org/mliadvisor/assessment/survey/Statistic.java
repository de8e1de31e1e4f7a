package org.mliadvisor.assessment.survey;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A computed figure, or the reason it is undefined (too few items or respondents, a score that does not vary):
 * never NaN.
 *
 * @param value            the figure, or {@code null} when undefined
 * @param undefinedBecause why there is no figure, or {@code null} when there is one
 */
public record Statistic(Double value, String undefinedBecause) {
    public Statistic {
        if ((value == null) == (undefinedBecause == null)) {
            throw new IllegalArgumentException("a statistic has either a value or the reason it has none");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a statistic's value must be finite, got " + value);
        }
        if (undefinedBecause != null && undefinedBecause.isBlank()) {
            throw new IllegalArgumentException("the reason a statistic is undefined must be said");
        }
    }

    public static Statistic of(double value) {
        return new Statistic(value, null);
    }

    public static Statistic undefined(String because) {
        return new Statistic(null, Objects.requireNonNull(because, "because"));
    }

    public boolean isDefined() {
        return value != null;
    }

    public OptionalDouble asOptional() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    @Override
    public String toString() {
        return value != null ? value.toString() : "undefined (" + undefinedBecause + ")";
    }
}
