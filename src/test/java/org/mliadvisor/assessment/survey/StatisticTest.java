package org.mliadvisor.assessment.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A figure or the reason it has none, and a confidence interval: both refuse states that mean nothing. */
class StatisticTest {

    @Test
    void aDefinedStatisticHasAValueAndNoReason() {
        Statistic statistic = Statistic.of(0.5);

        assertThat(statistic.isDefined()).isTrue();
        assertThat(statistic.undefinedBecause()).isNull();
        assertThat(statistic.asOptional()).hasValue(0.5);
    }

    @Test
    void anUndefinedStatisticHasAReasonAndNoValue() {
        Statistic statistic = Statistic.undefined("too few respondents");

        assertThat(statistic.isDefined()).isFalse();
        assertThat(statistic.value()).isNull();
        assertThat(statistic.asOptional()).isEmpty();
        assertThat(statistic).hasToString("undefined (too few respondents)");
    }

    @ParameterizedTest(name = "value {0} is rejected")
    @CsvSource({"NaN", "Infinity", "-Infinity"})
    void aStatisticIsNeverNaNOrInfinite(double value) {
        assertThatThrownBy(() -> Statistic.of(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatisticHasEitherAValueOrAReasonNeverBothNorNeither() {
        assertThatThrownBy(() -> new Statistic(1.0, "why")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Statistic(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Statistic.undefined(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{0}, {1}] at {2} is rejected")
    @CsvSource({
            "0.9, 0.1, 0.95",
            "NaN, 0.1, 0.95",
            "0.1, Infinity, 0.95",
            "0.1, 0.9, 0",
            "0.1, 0.9, 1",
    })
    void aConfidenceIntervalNeedsOrderedFiniteEndsAndALevelBetweenZeroAndOne(double lower, double upper, double level) {
        assertThatThrownBy(() -> new ConfidenceInterval(lower, upper, level)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConfidenceIntervalContainsItsEndsAndNothingBeyond() {
        ConfidenceInterval interval = new ConfidenceInterval(0.2, 0.8, 0.95);

        assertThat(interval.contains(0.2)).isTrue();
        assertThat(interval.contains(0.8)).isTrue();
        assertThat(interval.contains(0.81)).isFalse();
        assertThat(interval.contains(0.19)).isFalse();
    }
}
