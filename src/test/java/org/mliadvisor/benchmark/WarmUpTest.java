package org.mliadvisor.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The warm-up rule calls a series of window rates stable only when its last windows agree and no longer rise. */
class WarmUpTest {

    /** The standard rule with a cap of eight windows, so that a row of the table can reach it. */
    private static final WarmUp EIGHT_WINDOWS = new WarmUp(0.5, 4, 0.05, 4);

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fewer windows than the rule looks at    | 100 100 100                     | WARMING
            a rising series                         | 50 70 90 110 130                | WARMING
            a slow rise that stays inside the band  | 100 101 102 103                 | WARMING
            a flat series                           | 100 100 100 100                 | STABLE
            a rise that has levelled off            | 40 80 100 101 99 100            | STABLE
            noise within the tolerance              | 100 104 97 102                  | STABLE
            noise that leans down                   | 103 101 100 98                  | STABLE
            a late dip                              | 100 101 100 80                  | WARMING
            one spike among flat windows            | 100 100 120 100                 | WARMING
            nothing diagnosed                       | 0 0 0 0                         | WARMING
            the cap reached while still rising      | 10 20 30 40 50 60 70 80         | GAVE_UP
            the cap reached with noise beyond it    | 100 130 90 120 80 125 95 130    | GAVE_UP
            settling in the cap's last window       | 10 20 30 40 100 100 100 100     | STABLE
            """)
    void theRateIsStableWhenTheLastFourWindowsLieWithinFivePercentOfTheirMedianAndDoNotRise(
            String series, String rates, WarmUp.Verdict expected) {
        assertThat(EIGHT_WINDOWS.judge(rates(rates))).as(series).isEqualTo(expected);
    }

    @Test
    void theStandardRuleGivesUpAfterAMinuteOfHalfSecondWindows() {
        List<Double> rising = new ArrayList<>();
        for (int w = 1; w < 120; w++) {
            rising.add(100.0 * w);
        }
        assertThat(WarmUp.STANDARD.maxWindows()).isEqualTo(120);
        assertThat(WarmUp.STANDARD.judge(rising)).isEqualTo(WarmUp.Verdict.WARMING);

        rising.add(100.0 * 120);

        assertThat(WarmUp.STANDARD.judge(rising)).isEqualTo(WarmUp.Verdict.GAVE_UP);
    }

    @Test
    void onlyTheLastWindowsCountSoAnEarlyStretchOfFlatWindowsDoesNotMakeALaterRiseStable() {
        assertThat(WarmUp.STANDARD.judge(rates("100 100 100 100 200 300 400 500"))).isEqualTo(WarmUp.Verdict.WARMING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a window of no length            | 0   | 4 | 0.05 | 60
            fewer than three windows         | 0.5 | 2 | 0.05 | 60
            no tolerance                     | 0.5 | 4 | 0    | 60
            a tolerance of the whole median  | 0.5 | 4 | 1    | 60
            a cap shorter than the windows   | 0.5 | 4 | 0.05 | 1.5
            a cap of no end                  | 0.5 | 4 | 0.05 | Infinity
            """)
    void aRuleThatCouldNeverOrWouldAlwaysDecideIsRefused(String rule, double windowSeconds, int windows, double tolerance,
                                                         double capSeconds) {
        assertThatIllegalArgumentException().isThrownBy(() -> new WarmUp(windowSeconds, windows, tolerance, capSeconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-1", "NaN", "Infinity"})
    void aRateThatNoWindowCanMeasureIsRefused(double rate) {
        assertThatIllegalArgumentException().isThrownBy(() -> WarmUp.STANDARD.judge(List.of(100.0, rate, 100.0, 100.0)));
    }

    static List<Double> rates(String rates) {
        return Arrays.stream(rates.trim().split("\\s+")).map(Double::valueOf).toList();
    }
}
