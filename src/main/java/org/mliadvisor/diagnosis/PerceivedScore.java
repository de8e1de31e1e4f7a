package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.SurveySettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dimension's perceived score from the firm's survey, read by a rule of {@code survey.drl} as reliable
 * or not, with the share of the dimension's score it takes beside the indicators (the knowledge base's
 * {@code perceived_share} or {@code unreliable_share}); a share of 0 leaves it out of the score.
 */
public record PerceivedScore(DimensionSurvey survey, double score, boolean reliable, double share,
                             SurveySettings settings, String rule) {
    public PerceivedScore {
        Objects.requireNonNull(survey, "survey");
        if (!(score >= 0 && score <= 1) || !(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(survey.dimension() + ": a perceived score and its share lie on 0..1");
        }
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(rule, "rule");
    }

    /** The perceived score of a dimension whose survey has one, reliable or not as the rule decided. */
    public static PerceivedScore of(DimensionSurvey survey, boolean reliable, SurveySettings settings, String rule) {
        return new PerceivedScore(survey, survey.perceived().value(), reliable, settings.shareOf(reliable), settings, rule);
    }

    public Dimension dimension() {
        return survey.dimension();
    }

    /** Whether it counts in the dimension's score at all. */
    public boolean counts() {
        return share > 0;
    }

    /** The respondents whose answers it is the mean of: those who answered every item of the dimension. */
    public int respondents() {
        return survey.reliability().respondents();
    }

    public Reason reason() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("perceived", Numbers.format(score, 3));
        facts.put("respondents", Integer.toString(respondents()));
        facts.put("alpha", survey.reliability().rawAlpha().isDefined()
                ? Numbers.format(survey.reliability().rawAlpha().value(), 3) : "not computable");
        facts.put("reliable_alpha", Numbers.format(settings.reliableAlpha(), 2));
        facts.put("share of the score", Numbers.format(share, 2));
        Message statement = Message.of(reliable ? "survey.perceived_reliable" : "survey.perceived_unreliable",
                Message.literal(dimension().name()), Message.number(score * 100, 1), Message.count(respondents()),
                survey.reliability().rawAlpha().isDefined() ? Message.number(survey.reliability().rawAlpha().value(), 2)
                        : Message.of("survey.alpha_undefined"),
                Message.number(settings.reliableAlpha(), 2), Message.percent(share));
        return Reason.of(rule, statement, facts, settings.origin());
    }
}
