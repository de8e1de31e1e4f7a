package org.mliadvisor.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The warm-up rule calls a series of windows stable only when their last windows agree, no longer rise and
 * the JIT compiled during them for less than a tenth of their time.
 */
class WarmUpTest {

    /** The standard rule with a cap of eight windows, so that a row of the table can reach it. */
    private static final WarmUp EIGHT_WINDOWS = new WarmUp(0.5, 4, 0.05, 4);

    @ParameterizedTest(name = "{0}: {1} with {2} ms compiling -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            fewer windows than the rule looks at     | 100 100 100                     | 0 0 0                           | WARMING
            a rising series                          | 50 70 90 110 130                | 200 40 20 10 0                  | WARMING
            a slow rise that stays inside the band   | 100 101 102 103                 | 0 0 0 0                         | WARMING
            a flat series                            | 100 100 100 100                 | 0 0 0 0                         | STABLE
            a rise that has levelled off             | 40 80 100 101 99 100            | 400 300 20 5 0 0                | STABLE
            noise within the tolerance               | 100 104 97 102                  | 3 0 12 1                        | STABLE
            noise that leans down                    | 103 101 100 98                  | 0 2 0 0                         | STABLE
            a late dip                               | 100 101 100 80                  | 0 0 0 0                         | WARMING
            one spike among flat windows             | 100 100 120 100                 | 0 0 0 0                         | WARMING
            nothing diagnosed                        | 0 0 0 0                         | 0 0 0 0                         | WARMING
            a flat plateau while the JIT compiles    | 60 60 60 60                     | 450 400 480 420                 | WARMING
            a plateau on two busy compiler threads   | 60 60 60 60                     | 700 650 800 600                 | WARMING
            one busy window among flat ones          | 100 100 100 100                 | 0 0 120 0                       | WARMING
            compiling a tenth of a window            | 100 100 100 100                 | 0 0 0 50                        | WARMING
            compiling just under a tenth of each     | 100 100 100 100                 | 45 45 45 45                     | STABLE
            a busy compiler before the last four     | 100 100 100 100 100             | 400 0 0 0 0                     | STABLE
            the jump once C2 code arrives, then idle | 60 60 60 60 100 100 100 100     | 450 400 480 420 30 0 0 0        | STABLE
            the cap reached while still rising       | 10 20 30 40 50 60 70 80         | 400 400 300 300 200 100 40 20   | GAVE_UP
            the cap reached with noise beyond it     | 100 130 90 120 80 125 95 130    | 0 0 0 0 0 0 0 0                 | GAVE_UP
            the cap reached with the JIT still busy  | 100 100 100 100 100 100 100 100 | 300 300 300 300 300 300 300 300 | GAVE_UP
            settling in the cap's last window        | 10 20 30 40 100 100 100 100     | 500 400 300 200 40 10 0 0       | STABLE
            """)
    void theRateIsStableWhenTheLastFourWindowsLieWithinFivePercentOfTheirMedianDoNotRiseAndTheJitWasNearlyIdle(
            String series, String rates, String compileMillis, WarmUp.Verdict expected) {
        assertThat(EIGHT_WINDOWS.judge(windows(rates, compileMillis))).as(series).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a flat series                          | 100 100 100 100         | STABLE
            a rising series                        | 50 70 90 110 130        | WARMING
            a slow rise that stays inside the band | 100 101 102 103         | WARMING
            a flat plateau it cannot tell apart    | 60 60 60 60             | STABLE
            the cap reached while still rising     | 10 20 30 40 50 60 70 80 | GAVE_UP
            """)
    void withoutCompileTimeMonitoringTheRatesAloneDecide(String series, String rates, WarmUp.Verdict expected) {
        List<WarmUp.Window> unmonitored = rates(rates).stream().map(rate -> WarmUp.Window.unmonitored(rate, 0.5)).toList();

        assertThat(EIGHT_WINDOWS.judge(unmonitored)).as(series).isEqualTo(expected);
    }

    @Test
    void theStandardRuleGivesUpAfterAMinuteOfHalfSecondWindows() {
        List<WarmUp.Window> rising = new ArrayList<>();
        for (int w = 1; w < 120; w++) {
            rising.add(WarmUp.Window.of(100.0 * w, 0, 0.5));
        }
        assertThat(WarmUp.STANDARD.maxWindows()).isEqualTo(120);
        assertThat(WarmUp.STANDARD.judge(rising)).isEqualTo(WarmUp.Verdict.WARMING);

        rising.add(WarmUp.Window.of(100.0 * 120, 0, 0.5));

        assertThat(WarmUp.STANDARD.judge(rising)).isEqualTo(WarmUp.Verdict.GAVE_UP);
    }

    @Test
    void onlyTheLastWindowsCountSoAnEarlyStretchOfFlatWindowsDoesNotMakeALaterRiseStable() {
        assertThat(WarmUp.STANDARD.judge(windows("100 100 100 100 200 300 400 500", "0 0 0 0 0 0 0 0")))
                .isEqualTo(WarmUp.Verdict.WARMING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a window of no length           | 0   | 4 | 0.05 | 60
            fewer than three windows        | 0.5 | 2 | 0.05 | 60
            no tolerance                    | 0.5 | 4 | 0    | 60
            a tolerance of the whole median | 0.5 | 4 | 1    | 60
            a cap shorter than the windows  | 0.5 | 4 | 0.05 | 1.5
            a cap of no end                 | 0.5 | 4 | 0.05 | Infinity
            """)
    void aRuleThatCouldNeverOrWouldAlwaysDecideIsRefused(String rule, double windowSeconds, int windows, double tolerance,
                                                         double capSeconds) {
        assertThatIllegalArgumentException().isThrownBy(() -> new WarmUp(windowSeconds, windows, tolerance, capSeconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a negative rate             | -1       | 0        | 0.5
            a rate of no number         | NaN      | 0        | 0.5
            a rate of no end            | Infinity | 0        | 0.5
            a negative compile time     | 100      | -0.1     | 0.5
            a compile time of no number | 100      | NaN      | 0.5
            a compile time of no end    | 100      | Infinity | 0.5
            a window of no length       | 100      | 0        | 0
            a window of no end          | 100      | 0        | Infinity
            """)
    void aWindowThatCannotHaveBeenMeasuredIsRefused(String what, double rate, double compileSeconds, double seconds) {
        assertThatIllegalArgumentException().as(what).isThrownBy(() -> WarmUp.Window.of(rate, compileSeconds, seconds));
    }

    @Test
    void aWindowWithoutACompileTimeSaysSoWithAnEmptyOneNotANull() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WarmUp.Window(100, null, 0.5));
        assertThat(WarmUp.Window.unmonitored(100, 0.5).compileSeconds()).isEmpty();
    }

    static List<Double> rates(String rates) {
        return Arrays.stream(rates.trim().split("\\s+")).map(Double::valueOf).toList();
    }

    /** Half-second windows of the given rates, the JIT compiling the given milliseconds during each. */
    private static List<WarmUp.Window> windows(String rates, String compileMillis) {
        List<Double> rate = rates(rates);
        List<Double> compile = rates(compileMillis);
        assertThat(compile).as("one compile time per window").hasSameSizeAs(rate);
        List<WarmUp.Window> windows = new ArrayList<>();
        for (int w = 0; w < rate.size(); w++) {
            windows.add(WarmUp.Window.of(rate.get(w), compile.get(w) / 1000, 0.5));
        }
        return windows;
    }
}
