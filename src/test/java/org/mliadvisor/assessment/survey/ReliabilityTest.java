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

/** Cronbach's α and its companions against R psych 2.2.9's {@code alpha}, and where they are undefined. */
class ReliabilityTest {

    private static final double TOLERANCE = 1e-6;

    private static final ScaleReliability ACCEPTANCE = Reliability.of(SurveyData.acceptance(), LikertScale.of(SurveyData.S_ITEMS));

    @Test
    void alphaOfTheAcceptanceDataMatchesPsych() {
        assertThat(ACCEPTANCE.respondents()).isEqualTo(10);
        assertThat(ACCEPTANCE.respondentsLeftOut()).isZero();
        assertThat(ACCEPTANCE.rawAlpha().value()).isCloseTo(0.871990, within(TOLERANCE));
        assertThat(ACCEPTANCE.standardizedAlpha().value()).isCloseTo(0.872668, within(TOLERANCE));
        assertThat(ACCEPTANCE.meanInterItemCorrelation().value()).isCloseTo(0.631455, within(TOLERANCE));
    }

    @Test
    void feldtIntervalOfTheAcceptanceDataMatchesPsych() {
        ConfidenceInterval feldt = ACCEPTANCE.feldtInterval().orElseThrow();

        assertThat(feldt.lower()).isCloseTo(0.663224, within(TOLERANCE));
        assertThat(feldt.upper()).isCloseTo(0.964287, within(TOLERANCE));
        assertThat(feldt.level()).isEqualTo(0.95);
        assertThat(feldt.contains(ACCEPTANCE.rawAlpha().value())).isTrue();
    }

    @ParameterizedTest(name = "{0}: mean {1}, sd {2}, item-rest r {3}, α without it {4}")
    @CsvSource({
            "S1, 3.6, 0.843274042711568, 0.768481614173827, 0.819956616052061",
            "S2, 3.8, 0.918936583472681, 0.714568659735388, 0.841870824053452",
            "S3, 3.6, 0.843274042711568, 0.695340147696019, 0.848232848232848",
            "S4, 3.9, 0.875595035770913, 0.729692514502847, 0.834782608695652",
    })
    void itemFiguresOfTheAcceptanceDataMatchPsych(String item, double mean, double sd, double itemRest, double alphaIfDeleted) {
        ItemStatistics statistics = ACCEPTANCE.item(item).orElseThrow();

        assertThat(statistics.reverseKeyed()).isFalse();
        assertThat(statistics.mean().value()).isCloseTo(mean, within(TOLERANCE));
        assertThat(statistics.standardDeviation().value()).isCloseTo(sd, within(TOLERANCE));
        assertThat(statistics.itemRestCorrelation().value()).isCloseTo(itemRest, within(TOLERANCE));
        assertThat(statistics.alphaIfDeleted().value()).isCloseTo(alphaIfDeleted, within(TOLERANCE));
    }

    @Test
    void itemFiguresFollowTheScalesItemOrder() {
        assertThat(ACCEPTANCE.items()).extracting(ItemStatistics::item).containsExactly("S1", "S2", "S3", "S4");
    }

    /** Seven points, T2 reverse-keyed, G and H left an item blank; psych was given 8 − T2 and the complete rows. */
    private static final String SEVEN_POINTS = """
            id,function,T1,T2,T3,T4,T5
            A,operations,6,2,5,7,6
            B,operations,5,3,5,6,5
            C,management,7,1,6,7,7
            D,management,3,5,4,4,2
            E,sales,4,4,3,5,4
            F,sales,2,6,2,3,3
            G,other,5,2,,6,5
            H,other,6,3,6,5,
            I,finance,1,7,2,2,1
            """;

    @Test
    void aSevenPointScaleWithAReverseItemAndBlanksMatchesPsychOnTheRecodedCompleteRows() {
        LikertScale scale = new LikertScale(List.of("T1", "T2", "T3", "T4", "T5"), Set.of("T2"), 7);

        ScaleReliability reliability = Reliability.of(SurveyData.parse(SEVEN_POINTS), scale);

        assertThat(reliability.respondents()).isEqualTo(7);
        assertThat(reliability.respondentsLeftOut()).isEqualTo(2);
        assertThat(reliability.rawAlpha().value()).isCloseTo(0.986516575952499, within(TOLERANCE));
        assertThat(reliability.standardizedAlpha().value()).isCloseTo(0.988822245904285, within(TOLERANCE));
        assertThat(reliability.meanInterItemCorrelation().value()).isCloseTo(0.946503128997262, within(TOLERANCE));
        assertThat(reliability.feldtInterval().orElseThrow().lower()).isCloseTo(0.959622721572380, within(TOLERANCE));
        assertThat(reliability.feldtInterval().orElseThrow().upper()).isCloseTo(0.997365073854711, within(TOLERANCE));
        ItemStatistics reversed = reliability.item("T2").orElseThrow();
        assertThat(reversed.reverseKeyed()).isTrue();
        assertThat(reversed.mean().value()).isCloseTo(4.0, within(TOLERANCE));
        assertThat(reversed.itemRestCorrelation().value()).isCloseTo(0.998016325200071, within(TOLERANCE));
        assertThat(reversed.alphaIfDeleted().value()).isCloseTo(0.977777777777778, within(TOLERANCE));
        assertThat(reliability.item("T3").orElseThrow().alphaIfDeleted().value()).isCloseTo(0.993178717598909, within(TOLERANCE));
    }

    @Test
    void aSingleItemHasNoAlphaNoIntervalAndNoItemRestCorrelationButStillAMean() {
        LikertScale scale = LikertScale.of(List.of("A"));
        List<Respondent> respondents = List.of(
                respondent("r1", MARKETING, Map.of("A", 2)),
                respondent("r2", LOGISTICS, Map.of("A", 4)));

        ScaleReliability reliability = Reliability.of(respondents, scale);

        assertThat(reliability.rawAlpha().isDefined()).isFalse();
        assertThat(reliability.rawAlpha().undefinedBecause()).contains("at least 2 items");
        assertThat(reliability.standardizedAlpha().isDefined()).isFalse();
        assertThat(reliability.feldtInterval()).isEmpty();
        ItemStatistics item = reliability.items().get(0);
        assertThat(item.mean().value()).isEqualTo(3.0);
        assertThat(item.itemRestCorrelation().isDefined()).isFalse();
        assertThat(item.alphaIfDeleted().isDefined()).isFalse();
    }

    @Test
    void oneCompleteRespondentGivesMeansButNothingThatNeedsAVariance() {
        LikertScale scale = LikertScale.of(List.of("A", "B", "C"));
        List<Respondent> respondents = List.of(
                respondent("r1", MARKETING, Map.of("A", 2, "B", 3, "C", 4)),
                respondent("r2", MARKETING, Map.of("A", 2, "B", 3)));

        ScaleReliability reliability = Reliability.of(respondents, scale);

        assertThat(reliability.respondents()).isEqualTo(1);
        assertThat(reliability.respondentsLeftOut()).isEqualTo(1);
        assertThat(reliability.rawAlpha().undefinedBecause()).contains("fewer than 2 respondents");
        assertThat(reliability.feldtInterval()).isEmpty();
        assertThat(reliability.items()).allSatisfy(item -> {
            assertThat(item.mean().isDefined()).isTrue();
            assertThat(item.standardDeviation().isDefined()).isFalse();
            assertThat(item.itemRestCorrelation().isDefined()).isFalse();
            assertThat(item.alphaIfDeleted().isDefined()).isFalse();
        });
    }

    @Test
    void noCompleteRespondentLeavesEveryFigureUndefinedWithoutFailing() {
        ScaleReliability reliability = Reliability.of(List.of(), LikertScale.of(List.of("A", "B")));

        assertThat(reliability.respondents()).isZero();
        assertThat(reliability.rawAlpha().isDefined()).isFalse();
        assertThat(reliability.items()).allSatisfy(item -> assertThat(item.mean().isDefined()).isFalse());
    }

    @Test
    void everyoneGivingTheSameAnswersLeavesAlphaUndefinedBecauseTheTotalDoesNotVary() {
        LikertScale scale = LikertScale.of(List.of("A", "B"));
        List<Respondent> respondents = List.of(
                respondent("r1", MARKETING, Map.of("A", 3, "B", 4)),
                respondent("r2", MARKETING, Map.of("A", 3, "B", 4)));

        ScaleReliability reliability = Reliability.of(respondents, scale);

        assertThat(reliability.rawAlpha().undefinedBecause()).contains("does not vary");
        assertThat(reliability.standardizedAlpha().undefinedBecause()).contains("does not vary");
        assertThat(reliability.feldtInterval()).isEmpty();
    }

    @Test
    void aConstantItemKeepsRawAlphaButNotTheCorrelationsItEnters() {
        LikertScale scale = LikertScale.of(List.of("A", "B", "C"));
        List<Respondent> respondents = List.of(
                respondent("r1", MARKETING, Map.of("A", 1, "B", 2, "C", 3)),
                respondent("r2", MARKETING, Map.of("A", 3, "B", 3, "C", 3)),
                respondent("r3", MARKETING, Map.of("A", 5, "B", 5, "C", 3)));

        ScaleReliability reliability = Reliability.of(respondents, scale);

        assertThat(reliability.rawAlpha().isDefined()).isTrue();
        assertThat(reliability.feldtInterval()).isPresent();
        assertThat(reliability.standardizedAlpha().undefinedBecause()).contains("C does not vary");
        assertThat(reliability.item("C").orElseThrow().itemRestCorrelation().isDefined()).isFalse();
        assertThat(reliability.item("A").orElseThrow().itemRestCorrelation().isDefined()).isTrue();
    }

    @Test
    void twoPerfectlyOpposedItemsHaveATotalThatDoesNotVary() {
        LikertScale scale = LikertScale.of(List.of("A", "B"));
        List<Respondent> respondents = List.of(
                respondent("r1", MARKETING, Map.of("A", 1, "B", 5)),
                respondent("r2", MARKETING, Map.of("A", 5, "B", 1)),
                respondent("r3", MARKETING, Map.of("A", 3, "B", 3)));

        ScaleReliability reliability = Reliability.of(respondents, scale);

        assertThat(reliability.rawAlpha().isDefined()).isFalse();
        assertThat(reliability.meanInterItemCorrelation().value()).isCloseTo(-1, within(1e-12));
        assertThat(reliability.standardizedAlpha().isDefined()).isFalse();
    }
}
