package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An answered indicator's 0..1 score. */
public record IndicatorScore(String indicatorId, Dimension dimension, Object raw, double score, Reason reason) {
    public IndicatorScore {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(dimension, "dimension");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException(indicatorId + ": score must be 0..1, got " + score);
        }
        Objects.requireNonNull(reason, "reason");
    }

    public static IndicatorScore of(IndicatorDefinition definition, IndicatorAnswer answer, String rule) {
        double score = definition.score(answer.raw());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(definition.id(), Numbers.raw(answer.raw()) + " (" + definition.scale().unit() + ")");
        facts.put("score", Numbers.format(score, 3));
        String statement = definition.id() + " = " + Numbers.raw(answer.raw()) + " on its " + definition.scale().unit()
                + " scale scores " + Numbers.format(score, 2) + ".";
        return new IndicatorScore(definition.id(), definition.dimension(), answer.raw(), score,
                Reason.of(rule, statement, facts, definition.origin()));
    }
}
