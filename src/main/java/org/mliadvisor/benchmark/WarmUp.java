package org.mliadvisor.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The rule that decides from successive short windows when the diagnosis rate has settled (each of the
 * last few within a tolerance of their median, not rising, and the JIT compiler nearly idle during them),
 * or when to stop waiting.
 *
 * @param windowSeconds the length of one window
 * @param windows       how many of the last windows must agree
 * @param tolerance     how far, as a fraction of their median, a window may lie from it
 * @param capSeconds    after how long of windows to give up waiting
 */
public record WarmUp(double windowSeconds, int windows, double tolerance, double capSeconds) {

    /** Half-second windows, four of them within 5 %, for at most a minute. */
    public static final WarmUp STANDARD = new WarmUp(0.5, 4, 0.05, 60);

    /**
     * The share of a window's wall time the JIT may spend compiling (summed over its compiler threads)
     * for the window to count as idle. A flat rate while C2 is still compiling the hot paths is a plateau
     * before a jump, not the steady state: then a compiler thread is busy for most of each window, a
     * share near or above 1. Once the hot code is compiled, only stragglers and the odd recompilation are
     * left, a few milliseconds per half second. 10 % (50 ms of a half-second window) lies well between the
     * two, so that one late straggler does not hold the warm-up back while a compile still under way does.
     */
    static final double IDLE_COMPILE_SHARE = 0.10;

    /**
     * What one window measured.
     *
     * @param rate           diagnoses per second during the window
     * @param compileSeconds how long the JIT compiled during the window, summed over its compiler threads
     *                       (so it may exceed the window), or empty when the JVM cannot tell
     * @param seconds        how long the window lasted
     */
    public record Window(double rate, OptionalDouble compileSeconds, double seconds) {

        public Window {
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("a rate must be finite and not negative, not " + rate);
            }
            if (compileSeconds == null) {
                throw new IllegalArgumentException("compileSeconds must be a time or empty, not null");
            }
            if (compileSeconds.isPresent()) {
                double compile = compileSeconds.getAsDouble();
                if (!(compile >= 0) || Double.isInfinite(compile)) {
                    throw new IllegalArgumentException("compileSeconds must be finite and not negative, not " + compile);
                }
            }
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("a window must last a positive, finite time, not " + seconds);
            }
        }

        /** A window on a JVM that reports how long its JIT compiled. */
        public static Window of(double rate, double compileSeconds, double seconds) {
            return new Window(rate, OptionalDouble.of(compileSeconds), seconds);
        }

        /** A window on a JVM that cannot report its compile time (no JIT, or no monitoring of it). */
        public static Window unmonitored(double rate, double seconds) {
            return new Window(rate, OptionalDouble.empty(), seconds);
        }

        /** Whether the JIT was nearly idle; unknown counts as idle, so that without monitoring the rates alone decide. */
        boolean compilerIdle() {
            return compileSeconds.isEmpty() || compileSeconds.getAsDouble() < IDLE_COMPILE_SHARE * seconds;
        }
    }

    /** What the rates so far say. */
    public enum Verdict {
        /** Not settled yet: measure another window. */
        WARMING,
        /** Settled: the figures measured from now on are the steady state. */
        STABLE,
        /** Not settled within the cap: stop waiting, the figures may be low. */
        GAVE_UP
    }

    public WarmUp {
        if (!(windowSeconds > 0) || Double.isInfinite(windowSeconds)) {
            throw new IllegalArgumentException("windowSeconds must be positive, not " + windowSeconds);
        }
        // the trend needs three points to mean anything beyond the tolerance band
        if (windows < 3) {
            throw new IllegalArgumentException("windows must be at least 3, not " + windows);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must lie between 0 and 1, not " + tolerance);
        }
        if (!(capSeconds >= windowSeconds * windows) || Double.isInfinite(capSeconds)) {
            throw new IllegalArgumentException("capSeconds must leave room for " + windows + " windows, not " + capSeconds);
        }
    }

    /** How many windows make the cap. */
    public int maxWindows() {
        return (int) Math.ceil(capSeconds / windowSeconds - 1e-9);
    }

    /** Judges the windows measured so far, oldest first. */
    public Verdict judge(List<Window> measured) {
        if (measured.size() >= windows) {
            List<Window> last = measured.subList(measured.size() - windows, measured.size());
            if (last.stream().allMatch(Window::compilerIdle) && settled(last.stream().map(Window::rate).toList())) {
                return Verdict.STABLE;
            }
        }
        return measured.size() >= maxWindows() ? Verdict.GAVE_UP : Verdict.WARMING;
    }

    // a fixed warm-up is not enough: on a loaded machine the JIT gets less of the CPU and finishes later;
    // the trend test is there because a rate still climbing slowly keeps every window inside the band
    // (the compiler test in judge, because a rate waiting for C2 code can sit flat for seconds)
    private boolean settled(List<Double> last) {
        double median = median(last);
        if (median <= 0) {
            return false; // nothing diagnosed: no rate to settle on
        }
        for (double rate : last) {
            if (Math.abs(rate - median) > tolerance * median) {
                return false;
            }
        }
        return rise(last) < tolerance / 2 * median;
    }

    /** The rise of the least-squares line through the rates from the first window to the last. */
    private static double rise(List<Double> rates) {
        int n = rates.size();
        double meanX = (n - 1) / 2.0;
        double meanY = rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (i - meanX) * (rates.get(i) - meanY);
            variance += (i - meanX) * (i - meanX);
        }
        return covariance / variance * (n - 1);
    }

    /** The median of a non-empty list of numbers. */
    static double median(List<Double> numbers) {
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("no numbers to take the median of");
        }
        List<Double> sorted = new ArrayList<>(numbers);
        sorted.sort(Double::compare);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
