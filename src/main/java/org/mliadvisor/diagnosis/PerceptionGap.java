package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.Objects;

/**
 * Marketing and logistics scoring a dimension {@code distance} scale points apart on a 1..{@code scalePoints}
 * survey, as a weakness: its depth is the distance over the scale's range.
 */
public record PerceptionGap(Dimension dimension, double distance, int scalePoints) implements Weakness {
    public PerceptionGap {
        Objects.requireNonNull(dimension, "dimension");
        if (scalePoints < 2 || !(distance >= 0 && distance <= scalePoints - 1)) {
            throw new IllegalArgumentException(dimension + ": a gap lies within the scale's range");
        }
    }

    @Override
    public double depth() {
        return Numbers.exact(distance / (scalePoints - 1));
    }

    @Override
    public String about() {
        return "perception_gap:" + dimension.name();
    }

    @Override
    public Message depthStatement() {
        return Message.of("candidate.depth_gap", Message.literal(dimension.name()), Message.number(distance, 2),
                Message.count(scalePoints));
    }
}
