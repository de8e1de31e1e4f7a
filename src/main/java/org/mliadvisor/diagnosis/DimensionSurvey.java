package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.survey.Agreement;
import org.mliadvisor.assessment.survey.CompleteCases;
import org.mliadvisor.assessment.survey.PerceptionGaps;
import org.mliadvisor.assessment.survey.Reliability;
import org.mliadvisor.assessment.survey.ScaleReliability;
import org.mliadvisor.assessment.survey.Statistic;
import org.mliadvisor.knowledge.Dimension;

import java.util.Objects;

/**
 * What a firm's survey measures for one dimension, before any rule reads it: how reliable its items
 * are (Cronbach's α), how far the respondents agree (rwg(j)), how each function sees it, and the
 * perceived score on 0..1.
 *
 * @param perceived the mean respondent score mapped onto 0..1, (mean − 1) / (points − 1); undefined with no complete answers
 */
public record DimensionSurvey(Dimension dimension, ScaleReliability reliability, Agreement agreement, PerceptionGaps gaps,
                              Statistic perceived) {
    public DimensionSurvey {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(perceived, "perceived");
        if (perceived.isDefined() && !(perceived.value() >= 0 && perceived.value() <= 1)) {
            throw new IllegalArgumentException(dimension + ": a perceived score lies on 0..1");
        }
    }

    /** Whether any respondent answered every item of the dimension, so that it has a perceived score. */
    public boolean hasPerceived() {
        return perceived.isDefined();
    }

    /** The raw Cronbach's α the rules compare with the knowledge base's threshold, or null when it cannot be computed. */
    public Double alpha() {
        return reliability.rawAlpha().isDefined() ? reliability.rawAlpha().value() : null;
    }

    /** rwg(j), or null with fewer than two respondents. */
    public Double rwgJ() {
        return agreement.value().isDefined() ? agreement.value().value() : null;
    }

    /** How far apart marketing and logistics score the dimension, in scale points either way, or null without both. */
    public Double marketingLogisticsDistance() {
        return gaps.marketingMinusLogistics().map(g -> Math.abs(g.difference())).orElse(null);
    }

    /** The dimension's survey figures over the respondents who answered all of its items. */
    static DimensionSurvey of(Dimension dimension, CompleteCases cases) {
        return new DimensionSurvey(dimension, Reliability.of(cases), Agreement.rwgJ(cases), PerceptionGaps.of(cases),
                perceived(cases));
    }

    /**
     * The perceived score: each respondent's dimension score is the mean of their items (reverse-keyed
     * ones recoded), and their mean over respondents is mapped from 1..points onto 0..1.
     */
    static Statistic perceived(CompleteCases cases) {
        if (cases.size() == 0) {
            return Statistic.undefined("no respondent answered every item of the dimension");
        }
        int items = cases.scale().size();
        double sum = 0;
        for (int r = 0; r < cases.size(); r++) {
            for (int i = 0; i < items; i++) {
                sum += cases.recoded(r, i);
            }
        }
        double mean = sum / ((double) cases.size() * items);
        return Statistic.of(Numbers.exact((mean - 1) / (cases.scale().points() - 1)));
    }
}
