package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/**
 * How the survey is answered and read (method.yaml {@code survey}): the scale's number of points, the
 * Cronbach's α from which a dimension's answers are reliable (with why), the rwg(j) from which the
 * functions agree, the gap between marketing and logistics, in scale points, that is a finding, and the
 * share a dimension's perceived score takes of its score beside the indicators, when its items are
 * reliable and when they are not (0 leaves an unreliable survey out altogether).
 *
 * @param origin where the section is written, or method.yaml itself when the defaults apply
 */
public record SurveySettings(int scalePoints, double reliableAlpha, Text reliableAlphaReason, double agreementRwg,
                             double perceptionGapPoints, double perceivedShare, double unreliableShare,
                             SourceLocation origin) {

    /** The paper's 1–5 Likert scale, α ≥ 0.7, rwg(j) ≥ 0.7, a one-point gap, half weight, unreliable left out. */
    public static SurveySettings defaults(SourceLocation origin) {
        return new SurveySettings(5, 0.7, Text.of(
                "0.7 is the usual floor for a scale used to compare groups (Nunnally, 1978); below it, the items of a "
                        + "dimension do not measure one thing consistently enough to be read as its score."), 0.7, 1.0,
                0.5, 0, origin);
    }

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
        if (!(perceivedShare > 0 && perceivedShare <= 1) || !(unreliableShare >= 0 && unreliableShare <= perceivedShare)) {
            throw new IllegalArgumentException("the perceived share lies in (0, 1] and the unreliable share in [0, perceived share]");
        }
        Objects.requireNonNull(origin, "origin");
    }

    /** The share of a dimension's score its perceived score takes beside the indicators: reliable or not. */
    public double shareOf(boolean reliable) {
        return reliable ? perceivedShare : unreliableShare;
    }
}
