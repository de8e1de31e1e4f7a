package org.mliadvisor.assessment.survey;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The F quantile against R 4's {@code qf} and {@code pf}, printed with 17 significant digits. */
class FDistributionTest {

    @ParameterizedTest(name = "qf({0}, {1}, {2}) = {3}")
    @CsvSource({
            "0.975, 9,   27,  2.63085558792280816",
            "0.025, 9,   27,  0.27898265124805488",
            "0.975, 1,   1,   647.78901147784404",
            "0.025, 1,   1,   0.0015437125086741332",
            "0.5,   1,   1,   1.0000000000000004",
            "0.95,  1,   1,   161.44763879758818",
            "0.975, 39,  195, 1.57044012866860205",
            "0.025, 39,  195, 0.58717777205331889",
            "0.9,   2.5, 7.3, 3.1040806795401203",
            "0.025, 6,   24,  0.195419660169861",
            "0.975, 6,   24,  2.994586411090602",
    })
    void quantileMatchesR(double p, double df1, double df2, double expected) {
        assertThat(FDistribution.quantile(p, df1, df2)).isCloseTo(expected, within(1e-10 * Math.max(1, expected)));
    }

    @Test
    void quantileStaysAccurateFarIntoBothTails() {
        assertThat(FDistribution.quantile(1e-10, 5, 3)).isCloseTo(4.5141558693595484e-05, withinPercentage(1e-7));
        assertThat(FDistribution.quantile(1 - 1e-10, 5, 3)).isCloseTo(6291251.7000427982, withinPercentage(1e-4));
    }

    @Test
    void cumulativeProbabilityMatchesR() {
        assertThat(FDistribution.cdf(2, 3, 4)).isCloseTo(0.74361280247182382, within(1e-13));
        assertThat(FDistribution.cdf(0, 3, 4)).isZero();
        assertThat(FDistribution.cdf(-1, 3, 4)).isZero();
        assertThat(FDistribution.cdf(Double.POSITIVE_INFINITY, 3, 4)).isEqualTo(1);
    }

    @ParameterizedTest(name = "lgamma({0}) = {1}")
    @CsvSource({
            "0.5, 0.57236494292470008",
            "10,  12.80182748008146909",
            "0.1, 2.25271265173420598",
            "100, 359.13420536957539753",
            "1,   0",
            "2,   0",
    })
    void logGammaMatchesR(double x, double expected) {
        assertThat(FDistribution.logGamma(x)).isCloseTo(expected, within(1e-13 * Math.max(1, expected)));
    }

    static Stream<Arguments> randomProbabilitiesAndDegrees() {
        return IntStream.range(0, 200).mapToObj(seed -> {
            Random random = new Random(seed);
            return arguments(seed, 0.001 + 0.998 * random.nextDouble(), 0.5 + 60 * random.nextDouble(), 0.5 + 300 * random.nextDouble());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("randomProbabilitiesAndDegrees")
    void cumulativeProbabilityOfTheQuantileGivesBackTheProbability(int seed, double p, double df1, double df2) {
        double f = FDistribution.quantile(p, df1, df2);

        assertThat(f).isPositive();
        assertThat(FDistribution.cdf(f, df1, df2)).isCloseTo(p, within(1e-12));
        assertThat(FDistribution.quantile(Math.min(0.9999, p + 1e-4), df1, df2)).isGreaterThan(f);
    }

    @ParameterizedTest(name = "p={0}, df1={1}, df2={2} is rejected")
    @CsvSource({
            "0,    9, 27",
            "1,    9, 27",
            "-0.1, 9, 27",
            "NaN,  9, 27",
            "0.5,  0, 27",
            "0.5,  9, -1",
            "0.5,  Infinity, 27",
    })
    void quantileRejectsProbabilitiesOutsideTheOpenUnitIntervalAndNonPositiveDegrees(double p, double df1, double df2) {
        assertThatThrownBy(() -> FDistribution.quantile(p, df1, df2)).isInstanceOf(IllegalArgumentException.class);
    }
}
