package org.mliadvisor.assessment.survey;

import java.util.Collection;
import java.util.Objects;

/**
 * Within-firm agreement on one dimension's items, James, Demaree and Wolf's rwg(j) against a uniform null, as
 * R's {@code multilevel::rwg.j} computes it.
 *
 * @param respondents        n, the respondents who answered every item
 * @param respondentsLeftOut the respondents left out for leaving an item blank
 * @param meanItemVariance   s̄², the mean of the items' variances across respondents
 * @param nullVariance       σ², the variance of answers spread uniformly over 1..A
 * @param value              rwg(j), undefined for fewer than 2 respondents
 */
public record Agreement(LikertScale scale, int respondents, int respondentsLeftOut, Statistic meanItemVariance,
                        double nullVariance, Statistic value) {
    public Agreement {
        Objects.requireNonNull(scale, "scale");
        if (respondents < 0 || respondentsLeftOut < 0) {
            throw new IllegalArgumentException("respondent counts must not be negative");
        }
        Objects.requireNonNull(meanItemVariance, "meanItemVariance");
        if (!(nullVariance > 0) || !Double.isFinite(nullVariance)) {
            throw new IllegalArgumentException("the null variance must be finite and positive, got " + nullVariance);
        }
        Objects.requireNonNull(value, "value");
        if (value.isDefined() && (value.value() < 0 || value.value() > 1)) {
            throw new IllegalArgumentException("rwg(j) lies in 0..1, got " + value.value());
        }
    }

    /**
     * rwg(j) on the respondents who answered every item (listwise; those left out are counted), after
     * reverse-keyed answers x become A + 1 − x.
     */
    public static Agreement rwgJ(Collection<Respondent> respondents, LikertScale scale) {
        return rwgJ(CompleteCases.of(respondents, scale));
    }

    /**
     * rwg(j) = J(1 − s̄²/σ²) / (J(1 − s̄²/σ²) + s̄²/σ²) over the J items, s̄² being the mean of the items' variances
     * (n − 1 divisor) and σ² = (A² − 1)/12; 0 when s̄² > σ², the respondents disagreeing more than random answers
     * would.
     */
    public static Agreement rwgJ(CompleteCases cases) {
        LikertScale scale = cases.scale();
        int n = cases.size();
        double nullVariance = ((double) scale.points() * scale.points() - 1) / 12;
        if (n < 2) {
            Statistic none = Statistic.undefined("fewer than 2 respondents answered every item");
            return new Agreement(scale, n, cases.leftOut(), none, nullVariance, none);
        }
        long[][] covariances = cases.scaledCovariances();
        int j = scale.size();
        long scaledSum = 0;
        for (int i = 0; i < j; i++) {
            scaledSum += covariances[i][i];
        }
        double meanVariance = scaledSum / ((double) n * (n - 1) * j);
        double ratio = meanVariance / nullVariance;
        double rwg = ratio > 1 ? 0 : j * (1 - ratio) / (j * (1 - ratio) + ratio);
        return new Agreement(scale, n, cases.leftOut(), Statistic.of(meanVariance), nullVariance, Statistic.of(rwg));
    }
}
