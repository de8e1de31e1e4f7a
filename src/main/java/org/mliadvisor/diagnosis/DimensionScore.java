package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.DimensionDefinition;
import org.mliadvisor.knowledge.MethodSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dimension's score: the mean of its answered indicators' scores, blended with its survey's perceived
 * score when that counts, or the perceived score alone when too few indicators were answered; {@code null}
 * when neither is there (insufficient evidence is never scored 0).
 *
 * @param observed  the mean of the answered indicators' scores, or {@code null} when too few were answered
 * @param perceived the survey's perceived score when it counts in the score, else {@code null}
 */
public record DimensionScore(DimensionDefinition definition, Dimension dimension, double weight, int answered,
                             int total, Double observed, PerceivedScore perceived, Double score, boolean sufficient,
                             List<IndicatorScore> indicators, MethodSettings method, String rule) {
    public DimensionScore {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(dimension, "dimension");
        if (sufficient != (score != null)) {
            throw new IllegalArgumentException(dimension + ": a score exists exactly when evidence is sufficient");
        }
        if (sufficient != (observed != null || perceived != null)) {
            throw new IllegalArgumentException(dimension + ": a score rests on the indicators, the survey or both");
        }
        if (score != null && !(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException(dimension + ": score must be 0..1");
        }
        if (perceived != null && (perceived.dimension() != dimension || !perceived.counts())) {
            throw new IllegalArgumentException(dimension + ": only its own perceived score that counts joins the score");
        }
        if (answered < 0 || answered > total) {
            throw new IllegalArgumentException(dimension + ": answered must be 0..total");
        }
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rule, "rule");
    }

    /** What a dimension's score rests on. */
    public enum Basis {
        /** The answered indicators alone. */
        INDICATORS,
        /** The indicators and the survey, blended. */
        BLENDED,
        /** The survey alone. */
        SURVEY,
        /** Neither: too few answered indicators and no survey that counts. */
        INSUFFICIENT
    }

    public Basis basis() {
        return !sufficient ? Basis.INSUFFICIENT : observed == null ? Basis.SURVEY : perceived == null ? Basis.INDICATORS
                : Basis.BLENDED;
    }

    /** The mean of the answered indicators' scores. */
    public static DimensionScore scored(DimensionDefinition definition, AppliedWeights weights, int total,
                                        List<IndicatorScore> scores, MethodSettings method, String rule) {
        double mean = mean(scores);
        return new DimensionScore(definition, definition.id(), weights.of(definition.id()), scores.size(), total, mean, null,
                mean, true, scores, method, rule);
    }

    /** The indicators' mean and the survey's perceived score, blended by {@link #blend}. */
    public static DimensionScore blended(DimensionDefinition definition, AppliedWeights weights, int total,
                                         List<IndicatorScore> scores, PerceivedScore perceived, MethodSettings method,
                                         String rule) {
        double mean = mean(scores);
        return new DimensionScore(definition, definition.id(), weights.of(definition.id()), scores.size(), total, mean,
                perceived, blend(mean, perceived), true, scores, method, rule);
    }

    /**
     * The blended score, the one place its formula lives: {@code (1 − share)·observed + share·perceived},
     * where share is the perceived score's share (method.yaml {@code survey.perceived_share}, or
     * {@code unreliable_share} for unreliable items).
     */
    public static double blend(double observed, PerceivedScore perceived) {
        return Numbers.exact((1 - perceived.share()) * observed + perceived.share() * perceived.score());
    }

    /** The survey's perceived score alone, when too few indicators were answered to score the dimension on them. */
    public static DimensionScore perceivedOnly(DimensionDefinition definition, AppliedWeights weights, int total,
                                               int answered, PerceivedScore perceived, MethodSettings method, String rule) {
        return new DimensionScore(definition, definition.id(), weights.of(definition.id()), answered, total, null,
                perceived, perceived.score(), true, List.of(), method, rule);
    }

    /** Too few answered indicators and no survey that counts: reported, not scored. */
    public static DimensionScore insufficient(DimensionDefinition definition, AppliedWeights weights, int total,
                                              int answered, MethodSettings method, String rule) {
        return new DimensionScore(definition, definition.id(), weights.of(definition.id()), answered, total, null, null,
                null, false, List.of(), method, rule);
    }

    private static double mean(List<IndicatorScore> scores) {
        return Numbers.exact(scores.stream().mapToDouble(IndicatorScore::score).average().orElseThrow());
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
        if (perceived == null) {
            Message statement = Message.of("dimension.scored", Message.literal(dimension.name()), Message.text(definition.name()),
                    Message.number(score, 2), Message.count(answered), Message.count(total));
            return Reason.of(rule, statement, facts, definition.origin());
        }
        facts.put("perceived", Numbers.format(perceived.score(), 3) + " (" + perceived.respondents() + " respondents)");
        facts.put("perceived share", Numbers.format(perceived.share(), 2));
        if (observed == null) {
            facts.put("min_answered_per_dimension", Integer.toString(method.minAnsweredPerDimension()));
            Message statement = Message.of("dimension.perceived_only", Message.literal(dimension.name()),
                    Message.text(definition.name()), Message.number(score, 2), Message.count(perceived.respondents()),
                    Message.count(answered), Message.count(total));
            return Reason.of(rule, statement, facts, definition.origin(), perceived.settings().origin(), method.origin());
        }
        facts.put("indicators' mean", Numbers.format(observed, 3));
        Message statement = Message.of("dimension.blended", Message.literal(dimension.name()), Message.text(definition.name()),
                Message.number(score, 2), Message.number(observed, 2), Message.count(answered), Message.count(total),
                Message.number(perceived.score(), 2), Message.count(perceived.respondents()), Message.percent(perceived.share()));
        return Reason.of(rule, statement, facts, definition.origin(), perceived.settings().origin());
    }
}
