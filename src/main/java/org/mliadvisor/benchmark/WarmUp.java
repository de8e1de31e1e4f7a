package org.mliadvisor.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule that decides from the diagnosis rates of successive short windows when the rate has settled
 * (each of the last few within a tolerance of their median and not rising), or when to stop waiting.
 *
 * @param windowSeconds the length of one window
 * @param windows       how many of the last windows must agree
 * @param tolerance     how far, as a fraction of their median, a window may lie from it
 * @param capSeconds    after how long of windows to give up waiting
 */
public record WarmUp(double windowSeconds, int windows, double tolerance, double capSeconds) {

    /** Half-second windows, four of them within 5 %, for at most a minute. */
    public static final WarmUp STANDARD = new WarmUp(0.5, 4, 0.05, 60);

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

    /** Judges the rates of the windows measured so far, oldest first. */
    public Verdict judge(List<Double> rates) {
        for (double rate : rates) {
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("a rate must be finite and not negative, not " + rate);
            }
        }
        if (rates.size() >= windows && settled(rates.subList(rates.size() - windows, rates.size()))) {
            return Verdict.STABLE;
        }
        return rates.size() >= maxWindows() ? Verdict.GAVE_UP : Verdict.WARMING;
    }

    // a fixed warm-up is not enough: on a loaded machine the JIT gets less of the CPU and finishes later;
    // the trend test is there because a rate still climbing slowly keeps every window inside the band
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
