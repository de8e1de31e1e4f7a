package org.mliadvisor.diagnosis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent number text for reasons ("0.62", "78"), so explanations read the same everywhere. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code value} rounded to {@code decimals} places, without trailing zeros. */
    public static String format(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** A raw indicator value: yes/no for booleans, a plain number otherwise. */
    public static String raw(Object raw) {
        if (raw instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return format(((Number) raw).doubleValue(), 2);
    }

    /** A share (0.089) as a percentage ("8.9%"). */
    public static String percent(double share) {
        return format(share * 100, 1) + "%";
    }

    /** Rounds to the precision reports use, so equal-looking numbers compare equal. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
