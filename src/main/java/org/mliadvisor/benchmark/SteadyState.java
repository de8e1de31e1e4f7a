package org.mliadvisor.benchmark;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The diagnosis rates measured on some threads after their warm-up, one per window.
 *
 * @param threads       how many threads diagnosed at once
 * @param rates         diagnoses per second of each measured window, in order
 * @param warmUpSeconds how long the warm-up before them took
 * @param stable        whether the warm-up ended because the rate had settled, not because it reached its cap
 */
public record SteadyState(int threads, List<Double> rates, double warmUpSeconds, boolean stable) {

    public SteadyState {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive, not " + threads);
        }
        rates = List.copyOf(rates);
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("no window was measured");
        }
        for (double rate : rates) {
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("a rate must be finite and not negative, not " + rate);
            }
        }
        if (!(warmUpSeconds >= 0) || Double.isInfinite(warmUpSeconds)) {
            throw new IllegalArgumentException("warmUpSeconds must be finite and not negative, not " + warmUpSeconds);
        }
    }

    /** The median rate: one slow window, when the machine's other work takes a core, does not pull it down. */
    public double median() {
        return WarmUp.median(rates);
    }

    public double min() {
        return Collections.min(rates);
    }

    public double max() {
        return Collections.max(rates);
    }

    /** The bench line: the median with the spread, so that a noisy machine shows, and how the warm-up ended. */
    public String line() {
        String warmUp = stable
                ? String.format(Locale.ROOT, "warm-up %.1f s until stable", warmUpSeconds)
                : String.format(Locale.ROOT, "not stable after %.1f s; figures may be low", warmUpSeconds);
        // padded to the column of the other figures, as the line was before it had a spread
        return String.format(Locale.ROOT, "steady state, %d thread%s:             %,8.0f diagnoses/s (min %,.0f, max %,.0f "
                        + "over %d window%s; %s)", threads, threads == 1 ? " " : "s", median(), min(), max(),
                rates.size(), rates.size() == 1 ? "" : "s", warmUp);
    }
}
