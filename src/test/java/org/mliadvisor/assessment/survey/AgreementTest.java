package org.mliadvisor.assessment.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mliadvisor.assessment.survey.RespondentFunction.LOGISTICS;
import static org.mliadvisor.assessment.survey.RespondentFunction.MARKETING;
import static org.mliadvisor.assessment.survey.SurveyData.respondent;

/** rwg(j) against R multilevel 2.7's {@code rwg.j}, and its edges. */
class AgreementTest {

    private static final LikertScale S = LikertScale.of(SurveyData.S_ITEMS);

    @Test
    void agreementOfTheFirstSixRespondentsMatchesMultilevel() {
        Agreement agreement = Agreement.rwgJ(SurveyData.acceptance().subList(0, 6), S);

        assertThat(agreement.value().value()).isCloseTo(0.768959435626102, within(1e-6));
        assertThat(agreement.nullVariance()).isEqualTo(2.0);
        assertThat(agreement.respondents()).isEqualTo(6);
    }

    @Test
    void agreementOfTheLastFourRespondentsMatchesMultilevel() {
        Agreement agreement = Agreement.rwgJ(SurveyData.acceptance().subList(6, 10), S);

        assertThat(agreement.value().value()).isCloseTo(0.965517241379310, within(1e-6));
    }

    @Test
    void respondentsAtOppositeEndsDisagreeMoreThanChanceAndScoreZero() {
        List<Respondent> opposed = List.of(
                respondent("low", MARKETING, Map.of("S1", 1, "S2", 1, "S3", 1, "S4", 1)),
                respondent("high", LOGISTICS, Map.of("S1", 5, "S2", 5, "S3", 5, "S4", 5)));

        Agreement agreement = Agreement.rwgJ(opposed, S);

        assertThat(agreement.meanItemVariance().value()).isEqualTo(8.0);
        assertThat(agreement.value().value()).isZero();
    }

    @Test
    void respondentsGivingIdenticalAnswersAgreeFully() {
        List<Respondent> identical = List.of(
                respondent("a", MARKETING, Map.of("S1", 2, "S2", 4, "S3", 3, "S4", 5)),
                respondent("b", LOGISTICS, Map.of("S1", 2, "S2", 4, "S3", 3, "S4", 5)));

        assertThat(Agreement.rwgJ(identical, S).value().value()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} complete respondent(s): rwg(j) defined = {1}")
    @CsvSource({"0, false", "1, false", "2, true", "3, true"})
    void agreementNeedsAtLeastTwoCompleteRespondents(int count, boolean defined) {
        Agreement agreement = Agreement.rwgJ(SurveyData.acceptance().subList(0, count), S);

        assertThat(agreement.value().isDefined()).isEqualTo(defined);
        if (!defined) {
            assertThat(agreement.value().undefinedBecause()).contains("fewer than 2 respondents");
        }
    }

    @Test
    void respondentsWithABlankItemAreLeftOutOfAgreementAndCounted() {
        List<Respondent> respondents = List.of(
                respondent("a", MARKETING, Map.of("S1", 2, "S2", 4, "S3", 3, "S4", 5)),
                respondent("b", LOGISTICS, Map.of("S1", 2, "S2", 4, "S3", 3, "S4", 5)),
                respondent("c", LOGISTICS, Map.of("S1", 5, "S2", 1, "S3", 1)));

        Agreement agreement = Agreement.rwgJ(respondents, S);

        assertThat(agreement.respondents()).isEqualTo(2);
        assertThat(agreement.respondentsLeftOut()).isEqualTo(1);
        assertThat(agreement.value().value()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "A = {0}: σ² = {1}")
    @CsvSource({"2, 0.25", "5, 2.0", "7, 4.0", "10, 8.25"})
    void theNullVarianceIsThatOfAUniformAnswerOverThePoints(int points, double variance) {
        LikertScale scale = new LikertScale(SurveyData.S_ITEMS, Set.of(), points);

        assertThat(Agreement.rwgJ(List.of(), scale).nullVariance()).isEqualTo(variance);
    }
}
