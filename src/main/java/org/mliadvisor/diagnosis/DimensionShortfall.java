package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/**
 * What a sufficiently evidenced dimension costs the index, w·(1 − score), and whether it is below the
 * knowledge base's target profile ({@code target}): only a dimension below target can bind.
 */
public record DimensionShortfall(Dimension dimension, double weight, double score, double target, double shortfall,
                                 SourceLocation origin, String rule) {
    public DimensionShortfall {
        Objects.requireNonNull(dimension, "dimension");
        if (shortfall < 0 || shortfall > 1) {
            throw new IllegalArgumentException(dimension + ": shortfall must be 0..1");
        }
        Objects.requireNonNull(rule, "rule");
    }

    public static DimensionShortfall of(DimensionScore score, String rule) {
        return new DimensionShortfall(score.dimension(), score.weight(), score.score(), score.definition().targetScore(),
                Numbers.exact(score.weight() * (1 - score.score())), score.definition().origin(), rule);
    }

    /** Below the target profile, within rounding: a dimension at its target has nothing to bind. */
    public boolean belowTarget() {
        return score + Numbers.EPSILON < target;
    }

    public Reason reason() {
        return Reason.of(rule, Message.of("shortfall.cost", Message.literal(dimension.name()), Message.number(weight, 3),
                        Message.number(score, 3), Message.number(shortfall, 3)),
                Reason.ordered("weight", Numbers.format(weight, 3), "score", Numbers.format(score, 3)), origin);
    }
}
