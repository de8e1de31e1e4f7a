package org.mliadvisor.batch;

import org.mliadvisor.assessment.survey.FDistribution;

import java.util.Arrays;

/**
 * Spearman's rank correlation ρ of two variables over the cases where both are known, with the
 * two-sided p-value of its t approximation: ρ is Pearson's r of the ranks, tied values taking the
 * mean of the ranks they span, and t = ρ·√((n − 2)/(1 − ρ²)) has n − 2 degrees of freedom. This is
 * what R's {@code cor.test(x, y, method = "spearman", exact = FALSE)} reports.
 *
 * @param n   the cases where both variables are known
 * @param rho ρ, or {@code null} when it is undefined (fewer than 3 cases, or a variable that does not vary)
 * @param p   the two-sided p-value, or {@code null} with ρ
 */
public record Spearman(int n, Double rho, Double p) {

    public Spearman {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        if ((rho == null) != (p == null)) {
            throw new IllegalArgumentException("ρ and its p-value come together");
        }
        if (rho != null && !(rho >= -1 && rho <= 1 && p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("ρ lies in −1..1 and p in 0..1");
        }
    }

    /** ρ of {@code x} and {@code y}, pairwise: a case with a NaN in either is left out. */
    public static Spearman of(DoubleColumn x, DoubleColumn y) {
        long size = Math.min(x.size(), y.size());
        int n = 0;
        for (long i = 0; i < size; i++) {
            if (!Double.isNaN(x.get(i)) && !Double.isNaN(y.get(i))) {
                n++;
            }
        }
        double[] a = new double[n];
        double[] b = new double[n];
        int k = 0;
        for (long i = 0; i < size; i++) {
            if (!Double.isNaN(x.get(i)) && !Double.isNaN(y.get(i))) {
                a[k] = x.get(i);
                b[k] = y.get(i);
                k++;
            }
        }
        return of(a, b);
    }

    /** ρ of two variables given case by case, every value known. */
    public static Spearman of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("two variables of the same cases");
        }
        int n = x.length;
        if (n < 3) {
            return new Spearman(n, null, null);
        }
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mean = (n + 1) / 2.0; // the mean rank, whatever the ties
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = rx[i] - mean;
            double dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return new Spearman(n, null, null);
        }
        double rho = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        double df = n - 2;
        double p = Math.abs(rho) >= 1 ? 0 : FDistribution.upperTail(rho * rho * df / (1 - rho * rho), 1, df);
        return new Spearman(n, rho, p);
    }

    /**
     * The 1-based ranks of {@code values}, a tie taking the mean of the ranks it spans: the values from
     * sorted position {@code first} to {@code last} (exclusive) all rank (first + 1 + last) / 2.
     */
    static double[] ranks(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int first = bound(sorted, values[i], false);
            int last = bound(sorted, values[i], true);
            ranks[i] = (first + 1 + last) / 2.0;
        }
        return ranks;
    }

    /** The first index holding a value above {@code value} ({@code above}), or at least {@code value}. */
    private static int bound(double[] sorted, double value, boolean above) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value || (above && sorted[middle] == value)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
