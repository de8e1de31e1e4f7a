package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Weights;

import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Objects;

/**
 * A set of weights that could apply: the assessment's own or the knowledge base's defaults, with
 * the places they are written.
 */
public record WeightOption(Weights weights, boolean fromAssessment, List<SourceLocation> writtenAt) {
    public WeightOption {
        Objects.requireNonNull(weights, "weights");
        writtenAt = List.copyOf(writtenAt);
    }
}
