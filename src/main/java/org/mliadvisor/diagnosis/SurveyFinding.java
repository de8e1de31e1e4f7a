package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.survey.PerceptionGaps;
import org.mliadvisor.assessment.survey.Statistic;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.SurveySettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the survey itself shows about one dimension (a rule of {@code survey.drl} concludes it): its items
 * do not hold together, its respondents do not agree, or marketing and logistics see it a whole scale
 * point or more apart — the last a finding about the firm, which interventions may answer.
 */
public record SurveyFinding(Kind kind, Dimension dimension, Reason reason) {

    /** The findings the survey draws, each with its stable id. */
    public enum Kind {
        /** Cronbach's α below the knowledge base's threshold, or not computable. */
        UNRELIABLE("survey-unreliable"),
        /** rwg(j) below the knowledge base's threshold. */
        DISAGREEMENT("survey-disagreement"),
        /** Marketing and logistics at least the knowledge base's number of scale points apart. */
        PERCEPTION_GAP("perception-gap");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public SurveyFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(reason, "reason");
    }

    public String id() {
        return kind.id();
    }

    /** A dimension whose items do not measure one thing for these respondents; how much it still counts is the share. */
    public static SurveyFinding unreliable(PerceivedScore perceived, String rule) {
        DimensionSurvey survey = perceived.survey();
        Statistic alpha = survey.reliability().rawAlpha();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("alpha", alpha.isDefined() ? Numbers.format(alpha.value(), 3) : "not computable: " + alpha.undefinedBecause());
        facts.put("reliable_alpha", Numbers.format(perceived.settings().reliableAlpha(), 2));
        facts.put("respondents", Integer.toString(perceived.respondents()));
        facts.put("unreliable_share", Numbers.format(perceived.share(), 2));
        Message statement = Message.of(perceived.counts() ? "survey.unreliable_weighed" : "survey.unreliable_left_out",
                Message.literal(survey.dimension().name()),
                alpha.isDefined() ? Message.number(alpha.value(), 2) : Message.of("survey.alpha_undefined"),
                Message.number(perceived.settings().reliableAlpha(), 2), Message.percent(perceived.share()),
                Message.text(perceived.settings().reliableAlphaReason()));
        return new SurveyFinding(Kind.UNRELIABLE, survey.dimension(), Reason.of(rule, statement, facts,
                perceived.settings().origin()));
    }

    /** Respondents whose answers on a dimension spread too widely for their mean to speak for the firm. */
    public static SurveyFinding disagreement(DimensionSurvey survey, SurveySettings settings, String rule) {
        double rwg = survey.agreement().value().value();
        Map<String, String> facts = Reason.ordered("rwg(j)", Numbers.format(rwg, 3),
                "agreement_rwg", Numbers.format(settings.agreementRwg(), 2),
                "respondents", Integer.toString(survey.agreement().respondents()));
        Message statement = Message.of("survey.disagreement", Message.literal(survey.dimension().name()),
                Message.number(rwg, 2), Message.number(settings.agreementRwg(), 2), Message.count(survey.agreement().respondents()));
        return new SurveyFinding(Kind.DISAGREEMENT, survey.dimension(), Reason.of(rule, statement, facts, settings.origin()));
    }

    /** Marketing and logistics scoring the same dimension at least the knowledge base's number of scale points apart. */
    public static SurveyFinding perceptionGap(DimensionSurvey survey, SurveySettings settings, String rule) {
        PerceptionGaps gaps = survey.gaps();
        PerceptionGaps.Gap gap = gaps.marketingMinusLogistics().orElseThrow();
        double marketing = gaps.byFunction().get(gap.from()).meanScore();
        double logistics = gaps.byFunction().get(gap.to()).meanScore();
        Map<String, String> facts = Reason.ordered("marketing", Numbers.format(marketing, 3),
                "logistics", Numbers.format(logistics, 3),
                "marketing − logistics", Numbers.format(gap.difference(), 3),
                "perception_gap_points", Numbers.format(settings.perceptionGapPoints(), 2));
        Message statement = Message.of(gap.difference() > 0 ? "survey.gap_marketing_higher" : "survey.gap_logistics_higher",
                Message.literal(survey.dimension().name()), Message.number(marketing, 2), Message.number(logistics, 2),
                Message.count(settings.scalePoints()), Message.number(Math.abs(gap.difference()), 2));
        return new SurveyFinding(Kind.PERCEPTION_GAP, survey.dimension(), Reason.of(rule, statement, facts, settings.origin()));
    }
}
