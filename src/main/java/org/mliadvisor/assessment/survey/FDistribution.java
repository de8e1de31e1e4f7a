package org.mliadvisor.assessment.survey;

/**
 * Snedecor's F distribution: its cumulative probability and its quantile, which Feldt's confidence interval for
 * Cronbach's α needs.
 */
public final class FDistribution {

    private static final double EPSILON = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 100_000;

    private FDistribution() {
    }

    /**
     * P(F ≤ f) for F with {@code df1} and {@code df2} degrees of freedom, which is I_x(df1/2, df2/2) at
     * x = df1·f / (df1·f + df2), I being the regularized incomplete beta function.
     */
    public static double cdf(double f, double df1, double df2) {
        requireDegrees(df1, df2);
        if (Double.isNaN(f)) {
            throw new IllegalArgumentException("f must be a number");
        }
        if (f <= 0) {
            return 0;
        }
        if (f == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return regularizedIncompleteBeta(df1 * f / (df1 * f + df2), df1 / 2, df2 / 2);
    }

    /**
     * P(F > f), computed as I_y(df2/2, df1/2) at y = df2 / (df2 + df1·f) rather than as 1 − {@link #cdf}, so a
     * small tail probability keeps its digits (a p-value of 1e-20 is not rounded to 0).
     */
    public static double upperTail(double f, double df1, double df2) {
        requireDegrees(df1, df2);
        if (Double.isNaN(f)) {
            throw new IllegalArgumentException("f must be a number");
        }
        if (f <= 0) {
            return 1;
        }
        if (f == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return regularizedIncompleteBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
    }

    /**
     * The f with P(F ≤ f) = p: the x solving I_x(df1/2, df2/2) = p is found by bisection, which cannot diverge
     * because I_x rises monotonically from 0 to 1, and f = df2·x / (df1·(1 − x)).
     */
    public static double quantile(double p, double df1, double df2) {
        requireDegrees(df1, df2);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must lie strictly between 0 and 1, got " + p);
        }
        double a = df1 / 2;
        double b = df2 / 2;
        double low = 0;
        double high = 1;
        // Halving until the midpoint equals an end: then the interval holds no other double.
        while (true) {
            double middle = low + (high - low) / 2;
            if (middle <= low || middle >= high) {
                break;
            }
            if (regularizedIncompleteBeta(middle, a, b) < p) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double x = low + (high - low) / 2;
        return df2 * x / (df1 * (1 - x));
    }

    /**
     * I_x(a, b) = B(x; a, b) / B(a, b), from its continued fraction (modified Lentz), evaluated at x or, through
     * I_x(a, b) = 1 − I_{1−x}(b, a), at 1 − x: whichever lies below the mean, where the fraction converges fast.
     */
    static double regularizedIncompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * continuedFraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_TERMS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a - 1 + m2) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1 + m2));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < EPSILON) {
                return h;
            }
        }
        throw new ArithmeticException("the incomplete beta fraction did not converge for x=" + x + ", a=" + a + ", b=" + b);
    }

    // Lentz's method replaces a zero denominator by a tiny one rather than dividing by zero.
    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }

    /** ln Γ(x) for x > 0, by Lanczos' approximation (g = 671/128, 14 terms), good to about 1e-15. */
    static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("ln Γ needs x > 0, got " + x);
        }
        double y = x;
        double t = x + 671.0 / 128;
        t = (x + 0.5) * Math.log(t) - t;
        double series = 0.999999999999997092;
        for (double coefficient : LANCZOS) {
            series += coefficient / ++y;
        }
        return t + Math.log(2.5066282746310005 * series / x);
    }

    private static final double[] LANCZOS = {
            57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
            .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3,
            -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4,
            -.261908384015814087e-4, .368991826595316234e-5};

    private static void requireDegrees(double df1, double df2) {
        if (!(df1 > 0 && df2 > 0 && Double.isFinite(df1) && Double.isFinite(df2))) {
            throw new IllegalArgumentException("degrees of freedom must be finite and positive, got " + df1 + " and " + df2);
        }
    }
}
