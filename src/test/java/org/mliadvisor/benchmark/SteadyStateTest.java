package org.mliadvisor.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A steady-state line gives the median rate with its spread and says how the warm-up ended. */
class SteadyStateTest {

    @Test
    void theLineGivesTheMedianWithTheSlowestAndFastestWindowAndTheWarmUpUntilStable() {
        SteadyState state = new SteadyState(2, List.of(10_400.0, 11_100.0, 11_500.0, 11_000.0, 11_200.0, 10_900.0), 14.5, true);

        assertThat(state.line()).isEqualTo("steady state, 2 threads:               11,050 diagnoses/s "
                + "(min 10,400, max 11,500 over 6 windows; warm-up 14.5 s until stable)");
    }

    @Test
    void aWarmUpThatReachedItsCapSaysTheFiguresMayBeLow() {
        SteadyState state = new SteadyState(1, List.of(5_000.0, 5_200.0, 4_900.0), 60.2, false);

        assertThat(state.line()).isEqualTo("steady state, 1 thread :                5,000 diagnoses/s "
                + "(min 4,900, max 5,200 over 3 windows; not stable after 60.2 s; figures may be low)");
    }

    @Test
    void theFigureIsAlignedWithTheOtherFiguresOfBench() {
        String line = new SteadyState(1, List.of(7_100.0), 3.0, true).line();

        assertThat(line.indexOf("7,100")).isEqualTo("first diagnosis:                     ".length() + 8 - "7,100".length());
        assertThat(line).endsWith("over 1 window; warm-up 3.0 s until stable)");
    }

    @Test
    void theRatesAreCopiedSoTheMeasurementCannotChangeAfterwards() {
        List<Double> rates = new java.util.ArrayList<>(List.of(100.0, 200.0));
        SteadyState state = new SteadyState(1, rates, 2.0, true);

        rates.add(1_000.0);

        assertThat(state.max()).isEqualTo(200.0);
        assertThat(state.median()).isEqualTo(150.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no thread            | 0 | 100  | 2
            no window            | 1 |      | 2
            a negative rate      | 1 | -1   | 2
            a rate of no number  | 1 | NaN  | 2
            a negative warm-up   | 1 | 100  | -1
            a warm-up of no end  | 1 | 100  | Infinity
            """)
    void aMeasurementThatCannotHaveHappenedIsRefused(String what, int threads, String rates, double warmUpSeconds) {
        List<Double> list = rates == null ? List.of() : WarmUpTest.rates(rates);

        assertThatIllegalArgumentException().isThrownBy(() -> new SteadyState(threads, list, warmUpSeconds, true));
    }

    @ParameterizedTest(name = "--threads {0}")
    @CsvSource(nullValues = "none", value = {"none, '1, 2'", "1, '1, 2'", "2, '1, 2'", "4, '1, 2, 4'", "3, '1, 2, 3'"})
    void benchMeasuresOneAndTwoThreadsAndTheAskedCountWhenItIsNeither(Integer asked, String expected) {
        assertThat(Benchmark.Settings.threadCounts(asked)).map(String::valueOf)
                .containsExactly(expected.split(", "));
    }
}
