package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.Dimension;

import java.util.Objects;

/** A triangulation check of the knowledge base for one of the dimensions it covers, as a fact. */
public record TriangulationFact(ConsistencyCheck.Triangulation check, Dimension dimension, int order) {
    public TriangulationFact {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(dimension, "dimension");
        if (!check.dimensions().contains(dimension)) {
            throw new IllegalArgumentException(check.id() + " does not cover dimension " + dimension);
        }
    }

    /** The dimension score from which its answers claim maturity. */
    public double scoreAtLeast() {
        return check.scoreAtLeast();
    }

    /** How many of the dimension's linked KPIs must have a severe gap. */
    public int severeKpisAtLeast() {
        return check.severeKpisAtLeast();
    }
}
