package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Scale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An answered indicator's 0..1 score; as a weakness, its depth is 1 − score. */
public record IndicatorScore(IndicatorDefinition definition, String indicatorId, Dimension dimension, Answer answer,
                             double score, String rule) implements Weakness {
    public IndicatorScore {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(answer, "answer");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException(indicatorId + ": score must be 0..1, got " + score);
        }
        Objects.requireNonNull(rule, "rule");
    }

    public static IndicatorScore of(IndicatorDefinition definition, IndicatorAnswer answer, String rule) {
        return new IndicatorScore(definition, definition.id(), definition.dimension(), answer.answer(),
                Numbers.exact(definition.score(answer.answer())), rule);
    }

    @Override
    public double depth() {
        return Numbers.exact(1 - score);
    }

    @Override
    public String about() {
        return indicatorId;
    }

    @Override
    public Message depthStatement() {
        return Message.of("candidate.depth", Message.text(definition.name()), Message.number(score, 2));
    }

    public Reason reason() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(indicatorId, Numbers.raw(answer) + " (" + definition.scale().unit().en() + ")");
        facts.put("score", Numbers.format(score, 3));
        Message statement = Message.of("indicator.score", Message.literal(indicatorId), Message.raw(answer),
                scaleName(definition.scale()), Message.number(score, 2));
        return Reason.of(rule, statement, facts, definition.origin());
    }

    /** The scale's own words for the standard scales; a count's unit is the knowledge base's text. */
    private static MessagePart scaleName(Scale scale) {
        String key = switch (scale.type()) {
            case YES_NO -> "scale.yes_no";
            case PERCENT -> "scale.percent";
            case MATURITY -> "scale.maturity";
            case LIKERT -> "scale.likert";
            case COUNT -> null;
        };
        return key != null ? Message.of(key) : Message.text(scale.unit());
    }
}
