package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Weights;

import java.util.Objects;

/** A set of weights that could apply: the assessment's own or the knowledge base's defaults. */
public record WeightOption(Weights weights, boolean fromAssessment) {
    public WeightOption {
        Objects.requireNonNull(weights, "weights");
    }
}
