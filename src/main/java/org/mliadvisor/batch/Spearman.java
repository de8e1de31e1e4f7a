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
        long size = Math.max(x.size(), y.size());
        if (x.complete() && y.complete() && x.size() == size && y.size() == size && size <= Integer.MAX_VALUE) {
            // every case known in both: each column's ranks serve every pair it is in, so rank it once
            return ofRanks(x.ranks(), y.ranks());
        }
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
        return x.length < 3 ? new Spearman(x.length, null, null) : ofRanks(ranks(x), ranks(y));
    }

    /** ρ from the two variables' ranks, case by case. */
    private static Spearman ofRanks(double[] rx, double[] ry) {
        int n = rx.length;
        if (n < 3) {
            return new Spearman(n, null, null);
        }
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
     * The 1-based ranks of {@code values}, a tie taking the mean of the ranks it spans: the run of equal
     * values from sorted position {@code first} to {@code last} (exclusive) all rank (first + 1 + last) / 2.
     * One sort, then one look-up per value among the distinct values: a hundred thousand firms rank in
     * milliseconds.
     */
    static double[] ranks(double[] values) {
        int n = values.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = values[i] + 0.0; // −0.0 becomes 0.0: the sort and the look-up would tell them apart, == does not
        }
        Arrays.sort(sorted);
        double[] distinct = new double[n];
        double[] meanRank = new double[n];
        int kinds = 0;
        for (int first = 0; first < n; ) {
            int last = first + 1;
            while (last < n && sorted[last] == sorted[first]) {
                last++;
            }
            distinct[kinds] = sorted[first];
            meanRank[kinds++] = (first + 1 + last) / 2.0;
            first = last;
        }
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = meanRank[Arrays.binarySearch(distinct, 0, kinds, values[i] + 0.0)];
        }
        return ranks;
    }
}
