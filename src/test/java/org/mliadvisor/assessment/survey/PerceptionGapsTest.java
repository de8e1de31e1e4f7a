package org.mliadvisor.assessment.survey;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mliadvisor.assessment.survey.RespondentFunction.FINANCE;
import static org.mliadvisor.assessment.survey.RespondentFunction.LOGISTICS;
import static org.mliadvisor.assessment.survey.RespondentFunction.MARKETING;
import static org.mliadvisor.assessment.survey.RespondentFunction.OPERATIONS;
import static org.mliadvisor.assessment.survey.RespondentFunction.SALES;
import static org.mliadvisor.assessment.survey.SurveyData.respondent;

/** Each function's mean dimension score and the gaps between them. */
class PerceptionGapsTest {

    private static final LikertScale S = LikertScale.of(SurveyData.S_ITEMS);

    @Test
    void functionScoresOfTheFirstSixRespondentsMatchR() {
        PerceptionGaps gaps = PerceptionGaps.of(SurveyData.acceptance().subList(0, 6), S);

        assertThat(gaps.byFunction()).containsOnlyKeys(MARKETING, SALES, LOGISTICS, FINANCE);
        assertThat(gaps.byFunction().get(MARKETING).meanScore()).isCloseTo(4.375, within(1e-12));
        assertThat(gaps.byFunction().get(LOGISTICS).meanScore()).isCloseTo(2.5, within(1e-12));
        assertThat(gaps.byFunction().get(SALES).meanScore()).isCloseTo(4.25, within(1e-12));
        assertThat(gaps.byFunction().get(FINANCE).meanScore()).isCloseTo(3.25, within(1e-12));
        assertThat(gaps.byFunction().get(MARKETING).respondents()).isEqualTo(2);
    }

    @Test
    void marketingMinusLogisticsIsTheGapThePaperIsAbout() {
        PerceptionGaps gaps = PerceptionGaps.of(SurveyData.acceptance().subList(0, 6), S);

        PerceptionGaps.Gap gap = gaps.marketingMinusLogistics().orElseThrow();
        assertThat(gap.from()).isEqualTo(MARKETING);
        assertThat(gap.to()).isEqualTo(LOGISTICS);
        assertThat(gap.difference()).isCloseTo(1.875, within(1e-12));
    }

    @Test
    void theLargestGapNamesTheHighestAndLowestFunctions() {
        PerceptionGaps gaps = PerceptionGaps.of(SurveyData.acceptance().subList(0, 6), S);

        assertThat(gaps.largest()).hasValueSatisfying(gap -> {
            assertThat(gap.from()).isEqualTo(MARKETING);
            assertThat(gap.to()).isEqualTo(LOGISTICS);
            assertThat(gap.difference()).isCloseTo(1.875, within(1e-12));
        });
    }

    @Test
    void functionsAreListedInTheirDeclaredOrder() {
        PerceptionGaps gaps = PerceptionGaps.of(SurveyData.acceptance(), S);

        assertThat(gaps.byFunction().keySet()).containsExactly(MARKETING, SALES, LOGISTICS, FINANCE);
    }

    @Test
    void withoutLogisticsRespondentsThereIsNoMarketingMinusLogisticsGap() {
        List<Respondent> respondents = List.of(
                respondent("m", MARKETING, Map.of("S1", 4, "S2", 4, "S3", 4, "S4", 4)),
                respondent("s", SALES, Map.of("S1", 2, "S2", 2, "S3", 2, "S4", 2)));

        PerceptionGaps gaps = PerceptionGaps.of(respondents, S);

        assertThat(gaps.marketingMinusLogistics()).isEmpty();
        assertThat(gaps.largest()).hasValue(new PerceptionGaps.Gap(MARKETING, SALES, 2.0));
    }

    @Test
    void aLogisticsViewBrighterThanMarketingsGivesANegativeGap() {
        List<Respondent> respondents = List.of(
                respondent("m", MARKETING, Map.of("S1", 2, "S2", 2, "S3", 2, "S4", 2)),
                respondent("l", LOGISTICS, Map.of("S1", 5, "S2", 5, "S3", 5, "S4", 5)));

        PerceptionGaps gaps = PerceptionGaps.of(respondents, S);

        assertThat(gaps.marketingMinusLogistics().orElseThrow().difference()).isEqualTo(-3.0);
        assertThat(gaps.largest()).hasValue(new PerceptionGaps.Gap(LOGISTICS, MARKETING, 3.0));
    }

    @Test
    void oneFunctionAloneHasNoGapAtAll() {
        List<Respondent> respondents = List.of(
                respondent("m1", MARKETING, Map.of("S1", 2, "S2", 2, "S3", 2, "S4", 2)),
                respondent("m2", MARKETING, Map.of("S1", 5, "S2", 5, "S3", 5, "S4", 5)));

        PerceptionGaps gaps = PerceptionGaps.of(respondents, S);

        assertThat(gaps.byFunction()).containsOnlyKeys(MARKETING);
        assertThat(gaps.marketingMinusLogistics()).isEmpty();
        assertThat(gaps.largest()).isEmpty();
    }

    @Test
    void ofEquallyWideGapsTheFirstPairInFunctionOrderWins() {
        List<Respondent> respondents = List.of(
                respondent("o", OPERATIONS, Map.of("S1", 3, "S2", 3, "S3", 3, "S4", 3)),
                respondent("s", SALES, Map.of("S1", 3, "S2", 3, "S3", 3, "S4", 3)),
                respondent("f", FINANCE, Map.of("S1", 3, "S2", 3, "S3", 3, "S4", 3)));

        PerceptionGaps gaps = PerceptionGaps.of(respondents, S);

        assertThat(gaps.largest()).hasValue(new PerceptionGaps.Gap(SALES, OPERATIONS, 0.0));
    }

    @Test
    void scoresUseRecodedAnswersAndOnlyCompleteRespondents() {
        LikertScale scale = LikertScale.of(List.of("A", "B"), Set.of("B"));
        List<Respondent> respondents = List.of(
                respondent("m", MARKETING, Map.of("A", 5, "B", 1)),
                respondent("l", LOGISTICS, Map.of("A", 1, "B", 5)),
                respondent("l-blank", LOGISTICS, Map.of("A", 5)));

        PerceptionGaps gaps = PerceptionGaps.of(respondents, scale);

        assertThat(gaps.byFunction().get(MARKETING).meanScore()).isEqualTo(5.0);
        assertThat(gaps.byFunction().get(LOGISTICS).meanScore()).isEqualTo(1.0);
        assertThat(gaps.byFunction().get(LOGISTICS).respondents()).isEqualTo(1);
        assertThat(gaps.respondentsLeftOut()).isEqualTo(1);
    }

    @Test
    void aGapBetweenAFunctionAndItselfIsRejected() {
        assertThatThrownBy(() -> new PerceptionGaps.Gap(SALES, SALES, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PerceptionGaps.FunctionScore(SALES, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
