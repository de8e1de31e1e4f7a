package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Weights;

import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Objects;

/** The weights this diagnosis uses, and the rule that chose them. */
public record AppliedWeights(Weights weights, boolean fromAssessment, List<SourceLocation> writtenAt, String rule) {
    public AppliedWeights {
        Objects.requireNonNull(weights, "weights");
        writtenAt = List.copyOf(writtenAt);
        Objects.requireNonNull(rule, "rule");
    }

    public static AppliedWeights of(WeightOption option, String rule) {
        return new AppliedWeights(option.weights(), option.fromAssessment(), option.writtenAt(), rule);
    }

    public double of(Dimension dimension) {
        return weights.of(dimension);
    }

    public Reason reason() {
        boolean equal = Math.abs(weights.s() - weights.t()) < Numbers.EPSILON && Math.abs(weights.t() - weights.r()) < Numbers.EPSILON;
        Message statement = Message.of(fromAssessment ? "weights.assessment" : equal ? "weights.default_equal" : "weights.default");
        return Reason.of(rule, statement, Reason.ordered("wS", Numbers.format(weights.s(), 3),
                "wT", Numbers.format(weights.t(), 3), "wR", Numbers.format(weights.r(), 3)), writtenAt);
    }
}
