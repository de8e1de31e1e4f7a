package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Weights;

import java.util.Map;
import java.util.Objects;

/** The weights this diagnosis uses. */
public record AppliedWeights(Weights weights, boolean fromAssessment, Reason reason) {
    public AppliedWeights {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(reason, "reason");
    }

    public static AppliedWeights of(WeightOption option, String rule) {
        Weights w = option.weights();
        String statement = option.fromAssessment()
                ? "The assessment sets its own weights, so they are used."
                : "The assessment sets no weights, so the knowledge base's defaults are used.";
        return new AppliedWeights(w, option.fromAssessment(), Reason.of(rule, statement,
                Map.of("wS", Numbers.format(w.s(), 3), "wT", Numbers.format(w.t(), 3), "wR", Numbers.format(w.r(), 3))));
    }

    public double of(Dimension dimension) {
        return weights.of(dimension);
    }
}
