package org.mliadvisor.knowledge;

import java.util.Objects;

/**
 * How the survey is answered and read (method.yaml {@code survey}): the scale's number of points, the
 * Cronbach's α from which a dimension's answers are reliable (with why), the rwg(j) from which the
 * functions agree, and the gap between marketing and logistics, in scale points, that is a finding.
 */
public record SurveySettings(int scalePoints, double reliableAlpha, Text reliableAlphaReason, double agreementRwg,
                             double perceptionGapPoints) {

    /** The paper's 1–5 Likert scale, α ≥ 0.7, rwg(j) ≥ 0.7 and a one-point gap. */
    public static final SurveySettings DEFAULT = new SurveySettings(5, 0.7, Text.of(
            "0.7 is the usual floor for a scale used to compare groups (Nunnally, 1978); below it, the items of a "
                    + "dimension do not measure one thing consistently enough to be read as its score."), 0.7, 1.0);

    public SurveySettings {
        if (scalePoints < 3 || scalePoints > 11) {
            throw new IllegalArgumentException("a Likert scale has 3 to 11 points, got " + scalePoints);
        }
        if (!(reliableAlpha > 0 && reliableAlpha < 1) || !(agreementRwg > 0 && agreementRwg < 1)) {
            throw new IllegalArgumentException("the reliability and agreement thresholds lie between 0 and 1");
        }
        Objects.requireNonNull(reliableAlphaReason, "reliableAlphaReason");
        if (!(perceptionGapPoints > 0 && perceptionGapPoints < scalePoints - 1)) {
            throw new IllegalArgumentException("a perception gap lies within the scale's range");
        }
    }
}
