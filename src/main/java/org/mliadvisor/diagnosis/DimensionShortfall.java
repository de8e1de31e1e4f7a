package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.Map;
import java.util.Objects;

/** What a sufficiently evidenced dimension costs the index: w·(1 − score). */
public record DimensionShortfall(Dimension dimension, double weight, double score, double shortfall, Reason reason) {
    public DimensionShortfall {
        Objects.requireNonNull(dimension, "dimension");
        if (shortfall < 0 || shortfall > 1) {
            throw new IllegalArgumentException(dimension + ": shortfall must be 0..1");
        }
        Objects.requireNonNull(reason, "reason");
    }

    public static DimensionShortfall of(DimensionScore score, String rule) {
        double shortfall = score.weight() * (1 - score.score());
        return new DimensionShortfall(score.dimension(), score.weight(), score.score(), shortfall, Reason.of(rule,
                score.dimension() + " costs the index w·(1 − score) = " + Numbers.format(score.weight(), 3) + " × (1 − "
                        + Numbers.format(score.score(), 3) + ") = " + Numbers.format(shortfall, 3) + ".",
                Map.of("weight", Numbers.format(score.weight(), 3), "score", Numbers.format(score.score(), 3))));
    }

    /** Whether this shortfall ranks above {@code other}: larger, or equal and earlier in S, T, R order. */
    public boolean outranks(DimensionShortfall other) {
        int bySize = Double.compare(shortfall, other.shortfall);
        return bySize > 0 || (bySize == 0 && dimension.compareTo(other.dimension) < 0);
    }
}
