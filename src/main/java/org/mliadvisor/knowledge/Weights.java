package org.mliadvisor.knowledge;

import java.util.EnumMap;
import java.util.Map;

/** The weights wS, wT, wR of the index; each 0..1 and summing to 1. */
public record Weights(double s, double t, double r) {

    /** How far from 1 the sum may be, to allow for decimal rounding in files. */
    public static final double SUM_TOLERANCE = 0.001;

    public Weights {
        for (double w : new double[] {s, t, r}) {
            if (!(w >= 0 && w <= 1)) {
                throw new IllegalArgumentException("each weight must be between 0 and 1, got " + w);
            }
        }
        if (!sumsToOne(s + t + r)) {
            throw new IllegalArgumentException("weights must sum to 1, got " + (s + t + r));
        }
    }

    public static boolean sumsToOne(double sum) {
        return Math.abs(sum - 1.0) <= SUM_TOLERANCE;
    }

    public static Weights of(Map<Dimension, Double> byDimension) {
        return new Weights(byDimension.get(Dimension.S), byDimension.get(Dimension.T), byDimension.get(Dimension.R));
    }

    public double of(Dimension dimension) {
        return switch (dimension) {
            case S -> s;
            case T -> t;
            case R -> r;
        };
    }

    public Map<Dimension, Double> asMap() {
        Map<Dimension, Double> map = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            map.put(d, of(d));
        }
        return map;
    }
}
