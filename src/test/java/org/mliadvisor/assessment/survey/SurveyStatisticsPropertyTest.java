package org.mliadvisor.assessment.survey;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mliadvisor.assessment.survey.SurveyData.respondent;

/**
 * Seeded random surveys, each checked against a plain computation written here from the floating-point covariance
 * and correlation matrices (the product works from exact integer co-moments and the mean correlation).
 */
class SurveyStatisticsPropertyTest {

    private static final double TOLERANCE = 1e-9;

    /** A random survey: the scale and the respondents' raw answers, some blank. */
    record Survey(long seed, LikertScale scale, List<Respondent> respondents) {
        @Override
        public String toString() {
            return "seed " + seed + ": n=" + respondents.size() + ", k=" + scale.size() + ", A=" + scale.points()
                    + ", reverse " + scale.reverseKeyed();
        }
    }

    static List<Survey> surveys() {
        return IntStream.range(0, 500).mapToObj(seed -> survey(seed)).toList();
    }

    private static Survey survey(long seed) {
        Random random = new Random(seed);
        int n = 2 + random.nextInt(39);
        int k = 2 + random.nextInt(5);
        int points = random.nextBoolean() ? 5 : 7;
        List<String> items = IntStream.rangeClosed(1, k).mapToObj(i -> "Q" + i).toList();
        Set<String> reverse = new HashSet<>();
        for (String item : items) {
            if (random.nextDouble() < 0.3) {
                reverse.add(item);
            }
        }
        // A latent view per respondent, held more or less strongly, makes the items correlate from not at all to tightly.
        double strength = random.nextDouble() * 2;
        double blankRate = random.nextDouble() < 0.3 ? 0.05 : 0;
        RespondentFunction[] functions = RespondentFunction.values();
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            double view = random.nextGaussian() * strength;
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (String item : items) {
                if (random.nextDouble() < blankRate) {
                    continue;
                }
                double centre = (points + 1) / 2.0;
                int agreement = (int) Math.max(1, Math.min(points, Math.round(centre + view + random.nextGaussian())));
                answers.put(item, reverse.contains(item) ? points + 1 - agreement : agreement);
            }
            respondents.add(respondent("r" + r, functions[random.nextInt(functions.length)], answers));
        }
        return new Survey(seed, new LikertScale(items, reverse, points), respondents);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surveys")
    void alphaAndAgreementEqualAPlainComputationFromTheCovarianceMatrix(Survey survey) {
        LikertScale scale = survey.scale();
        double[][] data = completeRecodedRows(survey);
        int n = data.length;
        int k = scale.size();
        double[][] covariance = covarianceMatrix(data, k);

        ScaleReliability reliability = Reliability.of(survey.respondents(), scale);
        Agreement agreement = Agreement.rwgJ(survey.respondents(), scale);

        assertThat(reliability.respondents()).isEqualTo(n);
        assertThat(reliability.respondentsLeftOut()).isEqualTo(survey.respondents().size() - n);
        double total = sum(covariance);
        if (n >= 2 && Math.abs(total) > TOLERANCE) {
            double alpha = k / (k - 1.0) * (1 - trace(covariance) / total);
            assertThat(reliability.rawAlpha().value()).isCloseTo(alpha, within(TOLERANCE));
            ConfidenceInterval feldt = reliability.feldtInterval().orElseThrow();
            assertThat(feldt.lower()).isLessThanOrEqualTo(alpha + TOLERANCE);
            assertThat(feldt.upper()).isGreaterThanOrEqualTo(alpha - TOLERANCE);
        } else {
            assertThat(reliability.rawAlpha().isDefined()).isFalse();
            assertThat(reliability.feldtInterval()).isEmpty();
        }
        boolean everyItemVaries = IntStream.range(0, k).allMatch(i -> covariance[i][i] > TOLERANCE);
        if (n >= 2 && everyItemVaries) {
            double correlationSum = sum(correlationMatrix(covariance));
            // Standardized α is raw α of the correlation matrix, whose trace is k.
            if (Math.abs(correlationSum) > 1e-6) {
                assertThat(reliability.standardizedAlpha().value())
                        .isCloseTo(k / (k - 1.0) * (1 - k / correlationSum), within(1e-7));
            }
        } else {
            assertThat(reliability.standardizedAlpha().isDefined()).isFalse();
        }
        if (n >= 2) {
            double nullVariance = (scale.points() * scale.points() - 1) / 12.0;
            double ratio = trace(covariance) / k / nullVariance;
            double expected = ratio > 1 ? 0 : k * (1 - ratio) / (k * (1 - ratio) + ratio);
            assertThat(agreement.value().value()).isCloseTo(expected, within(TOLERANCE));
        } else {
            assertThat(agreement.value().isDefined()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surveys")
    void itemRestCorrelationIsPearsonsRBetweenTheItemAndTheSumOfTheOthers(Survey survey) {
        double[][] data = completeRecodedRows(survey);
        int k = survey.scale().size();
        ScaleReliability reliability = Reliability.of(survey.respondents(), survey.scale());

        for (int item = 0; item < k; item++) {
            double[] x = new double[data.length];
            double[] rest = new double[data.length];
            for (int r = 0; r < data.length; r++) {
                x[r] = data[r][item];
                for (int j = 0; j < k; j++) {
                    if (j != item) {
                        rest[r] += data[r][j];
                    }
                }
            }
            Statistic actual = reliability.items().get(item).itemRestCorrelation();
            if (data.length >= 2 && variance(x) > TOLERANCE && variance(rest) > TOLERANCE) {
                assertThat(actual.value()).isCloseTo(pearson(x, rest), within(TOLERANCE));
            } else {
                assertThat(actual.isDefined()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("surveys")
    void anItemAnsweredXEqualsTheSameItemReverseKeyedAnsweredAPlusOneMinusX(Survey survey) {
        LikertScale scale = survey.scale();
        String flipped = scale.items().get((int) (survey.seed() % scale.size()));
        Set<String> otherKeying = new HashSet<>(scale.reverseKeyed());
        if (!otherKeying.remove(flipped)) {
            otherKeying.add(flipped);
        }
        LikertScale rekeyed = new LikertScale(scale.items(), otherKeying, scale.points());
        List<Respondent> mirrored = survey.respondents().stream().map(r -> {
            Map<String, Integer> answers = new LinkedHashMap<>(r.answers());
            answers.computeIfPresent(flipped, (item, x) -> scale.points() + 1 - x);
            return respondent(r.id(), r.function(), answers);
        }).toList();

        ScaleReliability original = Reliability.of(survey.respondents(), scale);
        ScaleReliability mirror = Reliability.of(mirrored, rekeyed);

        assertThat(mirror.rawAlpha()).isEqualTo(original.rawAlpha());
        assertThat(mirror.standardizedAlpha()).isEqualTo(original.standardizedAlpha());
        assertThat(mirror.feldtInterval()).isEqualTo(original.feldtInterval());
        for (int i = 0; i < scale.size(); i++) {
            ItemStatistics a = original.items().get(i);
            ItemStatistics b = mirror.items().get(i);
            assertThat(List.of(b.mean(), b.standardDeviation(), b.itemRestCorrelation(), b.alphaIfDeleted()))
                    .isEqualTo(List.of(a.mean(), a.standardDeviation(), a.itemRestCorrelation(), a.alphaIfDeleted()));
        }
        assertThat(Agreement.rwgJ(mirrored, rekeyed).value()).isEqualTo(Agreement.rwgJ(survey.respondents(), scale).value());
        assertThat(PerceptionGaps.of(mirrored, rekeyed).byFunction()).isEqualTo(PerceptionGaps.of(survey.respondents(), scale).byFunction());
    }

    private static double[][] completeRecodedRows(Survey survey) {
        LikertScale scale = survey.scale();
        List<double[]> rows = new ArrayList<>();
        for (Respondent respondent : survey.respondents()) {
            if (!respondent.answers().keySet().containsAll(scale.items())) {
                continue;
            }
            double[] row = new double[scale.size()];
            for (int j = 0; j < row.length; j++) {
                String item = scale.items().get(j);
                int x = respondent.answer(item);
                row[j] = scale.reverseKeyed().contains(item) ? scale.points() + 1 - x : x;
            }
            rows.add(row);
        }
        return rows.toArray(double[][]::new);
    }

    private static double[][] covarianceMatrix(double[][] data, int k) {
        int n = data.length;
        double[] means = new double[k];
        for (double[] row : data) {
            for (int j = 0; j < k; j++) {
                means[j] += row[j] / n;
            }
        }
        double[][] covariance = new double[k][k];
        if (n < 2) {
            return covariance;
        }
        for (double[] row : data) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    covariance[i][j] += (row[i] - means[i]) * (row[j] - means[j]) / (n - 1);
                }
            }
        }
        return covariance;
    }

    private static double[][] correlationMatrix(double[][] covariance) {
        int k = covariance.length;
        double[][] correlation = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                correlation[i][j] = covariance[i][j] / Math.sqrt(covariance[i][i] * covariance[j][j]);
            }
        }
        return correlation;
    }

    private static double sum(double[][] matrix) {
        double total = 0;
        for (double[] row : matrix) {
            for (double value : row) {
                total += value;
            }
        }
        return total;
    }

    private static double trace(double[][] matrix) {
        return IntStream.range(0, matrix.length).mapToDouble(i -> matrix[i][i]).sum();
    }

    private static double variance(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.length - 1);
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
