package org.mliadvisor.assessment.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Cronbach's α of one dimension's Likert items, the paper's reliability test, with the figures R's
 * {@code psych::alpha} reports beside it; variances divide by n − 1.
 */
public final class Reliability {

    /** Feldt's interval is the 95 % one psych reports. */
    private static final double LEVEL = 0.95;

    private static final String TOO_FEW_RESPONDENTS = "fewer than 2 respondents answered every item";

    private Reliability() {
    }

    /**
     * The scale's reliability on the respondents who answered all its items (listwise: anyone who left an item
     * blank is left out, and counted), after recoding reverse-keyed answers x as A + 1 − x.
     */
    public static ScaleReliability of(Collection<Respondent> respondents, LikertScale scale) {
        return of(CompleteCases.of(respondents, scale));
    }

    /** The scale's reliability on complete cases already drawn. */
    public static ScaleReliability of(CompleteCases cases) {
        LikertScale scale = cases.scale();
        long[][] covariances = cases.scaledCovariances();
        int n = cases.size();
        int[] all = IntStream.range(0, scale.size()).toArray();
        Statistic raw = rawAlpha(covariances, all, n);
        List<ItemStatistics> items = new ArrayList<>();
        for (int i = 0; i < scale.size(); i++) {
            items.add(itemStatistics(cases, covariances, i));
        }
        Optional<ConfidenceInterval> interval = raw.isDefined() ? Optional.of(feldt(raw.value(), n, scale.size())) : Optional.empty();
        Statistic meanCorrelation = meanInterItemCorrelation(scale, covariances, n);
        return new ScaleReliability(scale, n, cases.leftOut(), raw, standardizedAlpha(scale.size(), meanCorrelation),
                meanCorrelation, interval, items);
    }

    /** Raw α over every item of n² times a covariance matrix of {@code n} respondents. */
    static Statistic rawAlpha(long[][] scaledCovariances, int n) {
        return rawAlpha(scaledCovariances, IntStream.range(0, scaledCovariances.length).toArray(), n);
    }

    /**
     * Raw α = k/(k − 1) · (1 − Σ s²ᵢ / s²_T) over the items {@code subset}, with s²ᵢ the items' variances and s²_T
     * the variance of their sum (the sum of every entry of the covariance matrix).
     */
    private static Statistic rawAlpha(long[][] covariances, int[] subset, int n) {
        int k = subset.length;
        if (k < 2) {
            return Statistic.undefined("α needs at least 2 items, the scale has " + k);
        }
        if (n < 2) {
            return Statistic.undefined(TOO_FEW_RESPONDENTS);
        }
        long itemVariances = 0;
        long totalVariance = 0;
        for (int i : subset) {
            itemVariances += covariances[i][i];
            for (int j : subset) {
                totalVariance += covariances[i][j];
            }
        }
        if (totalVariance == 0) {
            return Statistic.undefined("the sum of the items does not vary across respondents");
        }
        return Statistic.of((double) k / (k - 1) * (1 - (double) itemVariances / totalVariance));
    }

    /**
     * r̄, the mean of Pearson's r over the k(k − 1)/2 pairs of distinct items; undefined when an item does not
     * vary, since its correlations are.
     */
    private static Statistic meanInterItemCorrelation(LikertScale scale, long[][] covariances, int n) {
        int k = covariances.length;
        if (k < 2) {
            return Statistic.undefined("correlations need at least 2 items, the scale has " + k);
        }
        if (n < 2) {
            return Statistic.undefined(TOO_FEW_RESPONDENTS);
        }
        for (int i = 0; i < k; i++) {
            if (covariances[i][i] == 0) {
                return Statistic.undefined("item " + scale.items().get(i) + " does not vary across respondents, so its correlations are undefined");
            }
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                sum += covariances[i][j] / Math.sqrt((double) covariances[i][i] * covariances[j][j]);
            }
        }
        return Statistic.of(sum / (k * (k - 1) / 2.0));
    }

    /** Standardized α = k·r̄ / (1 + (k − 1)·r̄), α of the items rescaled to unit variance. */
    private static Statistic standardizedAlpha(int k, Statistic meanCorrelation) {
        if (!meanCorrelation.isDefined()) {
            return meanCorrelation;
        }
        double r = meanCorrelation.value();
        double denominator = 1 + (k - 1) * r;
        // r̄ = −1/(k − 1) is as negative as k items' correlations can average; rounding may leave a speck.
        if (Math.abs(denominator) < 1e-12) {
            return Statistic.undefined("the mean inter-item correlation is −1/(k − 1), the sum of the standardized items does not vary");
        }
        return Statistic.of(k * r / denominator);
    }

    /**
     * Feldt's interval as psych's {@code alpha.ci} computes it: lower = 1 − (1 − α)·F(1 − p/2; n − 1, (n − 1)(k − 1))
     * and upper = 1 − (1 − α)·F(p/2; n − 1, (n − 1)(k − 1)), F(q; d₁, d₂) the F distribution's quantile, p = 0.05.
     */
    private static ConfidenceInterval feldt(double alpha, int n, int k) {
        double df1 = n - 1;
        double df2 = (double) (n - 1) * (k - 1);
        double tail = (1 - LEVEL) / 2;
        // α ≤ 1 in exact arithmetic; rounding above 1 would turn the interval inside out.
        double oneMinusAlpha = Math.max(0, 1 - alpha);
        return new ConfidenceInterval(
                1 - oneMinusAlpha * FDistribution.quantile(1 - tail, df1, df2),
                1 - oneMinusAlpha * FDistribution.quantile(tail, df1, df2),
                LEVEL);
    }

    private static ItemStatistics itemStatistics(CompleteCases cases, long[][] covariances, int item) {
        int n = cases.size();
        int k = covariances.length;
        String id = cases.scale().items().get(item);
        Statistic mean;
        if (n == 0) {
            mean = Statistic.undefined("no respondent answered every item");
        } else {
            long sum = 0;
            for (int r = 0; r < n; r++) {
                sum += cases.recoded(r, item);
            }
            mean = Statistic.of((double) sum / n);
        }
        Statistic sd = n < 2
                ? Statistic.undefined(TOO_FEW_RESPONDENTS)
                : Statistic.of(Math.sqrt(covariances[item][item] / ((double) n * (n - 1))));
        int[] others = IntStream.range(0, k).filter(j -> j != item).toArray();
        return new ItemStatistics(id, cases.scale().isReverseKeyed(id), mean, sd,
                itemRestCorrelation(covariances, item, others, n), rawAlpha(covariances, others, n));
    }

    /**
     * Pearson's r between the item and the sum of the {@code others}: cov(x, R) / √(var x · var R), where
     * cov(x, R) = Σⱼ cov(x, xⱼ) and var R sums the others' block of the covariance matrix.
     */
    private static Statistic itemRestCorrelation(long[][] covariances, int item, int[] others, int n) {
        if (others.length == 0) {
            return Statistic.undefined("the scale has no other item to correlate with");
        }
        if (n < 2) {
            return Statistic.undefined(TOO_FEW_RESPONDENTS);
        }
        long covariance = 0;
        long restVariance = 0;
        for (int i : others) {
            covariance += covariances[item][i];
            for (int j : others) {
                restVariance += covariances[i][j];
            }
        }
        if (covariances[item][item] == 0) {
            return Statistic.undefined("the item does not vary across respondents");
        }
        if (restVariance == 0) {
            return Statistic.undefined("the sum of the other items does not vary across respondents");
        }
        return Statistic.of(covariance / Math.sqrt((double) covariances[item][item] * restVariance));
    }
}
