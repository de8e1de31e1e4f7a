package org.mliadvisor.assessment.survey;

import java.util.Arrays;

/**
 * What Cronbach's α of one scale needs from a group of respondents, in whole numbers so that groups add
 * up exactly: how many answered every item, each item's sum and each pair's sum of products (reverse-keyed
 * answers recoded). The α of a whole sample's respondents is then the α of its firms' sums added together,
 * without keeping any respondent.
 */
public record ItemSums(long n, long[] sums, long[][] products) {

    public ItemSums {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        sums = sums.clone();
        long[][] copy = new long[products.length][];
        for (int i = 0; i < products.length; i++) {
            if (products[i].length != sums.length) {
                throw new IllegalArgumentException("one sum of products for each pair of items");
            }
            copy[i] = products[i].clone();
        }
        if (copy.length != sums.length) {
            throw new IllegalArgumentException("one sum of products for each pair of items");
        }
        products = copy;
    }

    /** The sums of {@code cases}. */
    public static ItemSums of(CompleteCases cases) {
        int k = cases.scale().size();
        long[] sums = new long[k];
        long[][] products = new long[k][k];
        for (int r = 0; r < cases.size(); r++) {
            for (int i = 0; i < k; i++) {
                int x = cases.recoded(r, i);
                sums[i] += x;
                for (int j = 0; j < k; j++) {
                    products[i][j] += (long) x * cases.recoded(r, j);
                }
            }
        }
        return new ItemSums(cases.size(), sums, products);
    }

    /** These sums and {@code other}'s, of the same scale. */
    public ItemSums plus(ItemSums other) {
        if (other.sums.length != sums.length) {
            throw new IllegalArgumentException("sums of two scales of different lengths");
        }
        long[] s = sums.clone();
        long[][] p = new long[sums.length][];
        for (int i = 0; i < sums.length; i++) {
            s[i] += other.sums[i];
            p[i] = products[i].clone();
            for (int j = 0; j < sums.length; j++) {
                p[i][j] += other.products[i][j];
            }
        }
        return new ItemSums(n + other.n, s, p);
    }

    /** n(n − 1) times the items' sample covariance matrix, n·Σxᵢxⱼ − Σxᵢ·Σxⱼ, in exact integer arithmetic. */
    long[][] scaledCovariances() {
        int k = sums.length;
        long[][] scaled = new long[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                scaled[i][j] = n * products[i][j] - sums[i] * sums[j];
            }
        }
        return scaled;
    }

    /** Raw Cronbach's α of the respondents summed here, as {@link Reliability} computes it for one firm. */
    public Statistic alpha() {
        return Reliability.rawAlpha(scaledCovariances(), Math.toIntExact(n));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemSums o && n == o.n && Arrays.equals(sums, o.sums) && Arrays.deepEquals(products, o.products);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(n) + Arrays.hashCode(sums)) + Arrays.deepHashCode(products);
    }

    @Override
    public String toString() {
        return "ItemSums[n=" + n + ", sums=" + Arrays.toString(sums) + "]";
    }
}
