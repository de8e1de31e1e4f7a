package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.DimensionDefinition;
import org.mliadvisor.knowledge.MethodSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dimension's score over its answered indicators, or {@code null} when too few were answered
 * (insufficient evidence is never scored 0).
 */
public record DimensionScore(DimensionDefinition definition, Dimension dimension, double weight, int answered,
                             int total, Double score, boolean sufficient, List<IndicatorScore> indicators,
                             MethodSettings method, String rule) {
    public DimensionScore {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(dimension, "dimension");
        if (sufficient != (score != null)) {
            throw new IllegalArgumentException(dimension + ": a score exists exactly when evidence is sufficient");
        }
        if (score != null && !(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException(dimension + ": score must be 0..1");
        }
        if (answered < 0 || answered > total) {
            throw new IllegalArgumentException(dimension + ": answered must be 0..total");
        }
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rule, "rule");
    }

    /** The mean of the answered indicators' scores. */
    public static DimensionScore scored(DimensionDefinition definition, AppliedWeights weights, int total,
                                        List<IndicatorScore> scores, MethodSettings method, String rule) {
        double mean = Numbers.exact(scores.stream().mapToDouble(IndicatorScore::score).average().orElseThrow());
        return new DimensionScore(definition, definition.id(), weights.of(definition.id()), scores.size(), total, mean,
                true, scores, method, rule);
    }

    /** Too few answered indicators: reported, not scored. */
    public static DimensionScore insufficient(DimensionDefinition definition, AppliedWeights weights, int total,
                                              int answered, MethodSettings method, String rule) {
        return new DimensionScore(definition, definition.id(), weights.of(definition.id()), answered, total, null,
                false, List.of(), method, rule);
    }

    public Reason reason() {
        if (!sufficient) {
            Message statement = Message.of("dimension.insufficient", Message.literal(dimension.name()),
                    Message.text(definition.name()), Message.count(answered), Message.count(total),
                    Message.count(method.minAnsweredPerDimension()));
            return Reason.of(rule, statement, Reason.ordered("answered", answered + " of " + total,
                    "min_answered_per_dimension", Integer.toString(method.minAnsweredPerDimension())),
                    definition.origin(), method.origin());
        }
        Map<String, String> facts = new LinkedHashMap<>();
        indicators.stream().sorted(java.util.Comparator.comparing(IndicatorScore::indicatorId))
                .forEach(s -> facts.put(s.indicatorId(), Numbers.format(s.score(), 3)));
        facts.put("answered", answered + " of " + total);
        Message statement = Message.of("dimension.scored", Message.literal(dimension.name()), Message.text(definition.name()),
                Message.number(score, 2), Message.count(answered), Message.count(total));
        return Reason.of(rule, statement, facts, definition.origin());
    }
}
