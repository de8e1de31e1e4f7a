package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Number text for reasons and reports: locale-independent by default ("0.62", "78"), so facts and
 * JSON read the same everywhere, or in a language's own convention ("0,62") for prose.
 */
public final class Numbers {

    private Numbers() {
    }

    /** {@code value} rounded to {@code decimals} places, without trailing zeros. */
    public static String format(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** {@code value} rounded to {@code decimals} places without trailing zeros, in the convention of {@code language}. */
    public static String format(double value, int decimals, Language language) {
        String plain = format(value, decimals);
        if (language == Language.EN) {
            return plain;
        }
        // Russian and Uzbek write a decimal comma and group thousands with a no-break space
        DecimalFormat grouped = new DecimalFormat("#,##0.###############", DecimalFormatSymbols.getInstance(language.locale()));
        DecimalFormatSymbols symbols = grouped.getDecimalFormatSymbols();
        symbols.setGroupingSeparator('\u00a0');
        grouped.setDecimalFormatSymbols(symbols);
        return grouped.format(new BigDecimal(plain));
    }

    /** A share (0.089) as a percentage in the convention of {@code language}: "8.9%", "8,9 %". */
    public static String percent(double share, Language language) {
        return format(share * 100, 1, language) + (language == Language.EN ? "%" : "\u00a0%");
    }

    /** A value a condition compared (a {@link Boolean}, a number or a context value) as facts quote it. */
    public static String observed(Object observed) {
        if (observed instanceof Boolean b) {
            return raw(Answer.of(b));
        }
        return observed instanceof Number n ? raw(Answer.of(n.doubleValue())) : String.valueOf(observed);
    }

    /** An indicator's answer as facts quote it: yes or no, or a plain number. */
    public static String raw(Answer answer) {
        if (answer instanceof Answer.YesNo yesNo) {
            return yesNo.yes() ? "yes" : "no";
        }
        return format(answer.number(), 2);
    }

    /** A share (0.089) as a percentage ("8.9%"). */
    public static String percent(double share) {
        return format(share * 100, 1) + "%";
    }

    /** Tolerance for comparisons that add or subtract margins in the rules. */
    public static final double EPSILON = 1e-9;

    /**
     * A computed quantity rounded to nine decimals, so that arithmetic noise cannot decide a
     * threshold: (6.6 − 6) / 6 is 0.1, as a reader computes it, not 0.0999999999999999.
     */
    public static double exact(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e6) {
            return value;
        }
        return Math.rint(value * 1e9) / 1e9;
    }
}
