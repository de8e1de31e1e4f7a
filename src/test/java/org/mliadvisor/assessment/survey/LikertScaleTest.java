package org.mliadvisor.assessment.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mliadvisor.assessment.survey.RespondentFunction.MARKETING;
import static org.mliadvisor.assessment.survey.SurveyData.respondent;

/** A scale's items, its reverse keying and its points, and the complete cases drawn on it. */
class LikertScaleTest {

    @Test
    void scaleDefaultsToFivePointsWithNoReverseItems() {
        LikertScale scale = LikertScale.of(List.of("A", "B"));

        assertThat(scale.points()).isEqualTo(5);
        assertThat(scale.reverseKeyed()).isEmpty();
        assertThat(scale.size()).isEqualTo(2);
    }

    static Stream<Arguments> badScales() {
        return Stream.of(
                arguments("no items", List.of(), Set.of(), 5),
                arguments("an item twice", List.of("A", "A"), Set.of(), 5),
                arguments("a blank item", List.of("A", " "), Set.of(), 5),
                arguments("a reverse item outside the scale", List.of("A", "B"), Set.of("C"), 5),
                arguments("a one-point scale", List.of("A", "B"), Set.of(), 1));
    }

    @ParameterizedTest(name = "{0} is rejected")
    @MethodSource("badScales")
    void scaleRejectsBadDefinitions(String why, List<String> items, Set<String> reverse, int points) {
        assertThatThrownBy(() -> new LikertScale(items, reverse, points)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "on {0} points, {1} answered {2} counts as {3}")
    @CsvSource({
            "5, A, 1, 1",
            "5, A, 5, 5",
            "5, B, 1, 5",
            "5, B, 2, 4",
            "5, B, 3, 3",
            "7, B, 1, 7",
            "7, B, 6, 2",
    })
    void reverseKeyedAnswersAreRecodedAsPointsPlusOneMinusTheAnswer(int points, String item, int answer, int counted) {
        assertThat(new LikertScale(List.of("A", "B"), Set.of("B"), points).recode(item, answer)).isEqualTo(counted);
    }

    @ParameterizedTest(name = "answer {0} on five points is rejected")
    @CsvSource({"0", "6", "-1"})
    void answersOutsideTheScaleAreRejected(int answer) {
        LikertScale scale = LikertScale.of(List.of("A"));

        assertThatThrownBy(() -> scale.recode("A", answer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void respondentsWhoLeftAnItemBlankAreLeftOutAndCounted() {
        LikertScale scale = LikertScale.of(List.of("A", "B"));
        List<Respondent> respondents = List.of(
                respondent("r1", MARKETING, Map.of("A", 1, "B", 2)),
                respondent("r2", MARKETING, Map.of("A", 3)),
                respondent("r3", MARKETING, Map.of("A", 4, "B", 5, "Other", 1)),
                respondent("r4", MARKETING, Map.of("Other", 2)));

        CompleteCases cases = CompleteCases.of(respondents, scale);

        assertThat(cases.respondents()).extracting(Respondent::id).containsExactly("r1", "r3");
        assertThat(cases.leftOut()).isEqualTo(2);
        assertThat(cases.recoded(1, 1)).isEqualTo(5);
    }

    @Test
    void anAnswerAboveTheScalesPointsIsRejectedNamingTheRespondent() {
        LikertScale scale = LikertScale.of(List.of("A", "B"));
        List<Respondent> respondents = List.of(respondent("r9", MARKETING, Map.of("A", 6, "B", 2)));

        assertThatThrownBy(() -> CompleteCases.of(respondents, scale))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("r9").hasMessageContaining("1..5");
    }

    @Test
    void anOutOfRangeAnswerToAnItemOutsideTheScaleIsNoneOfItsBusiness() {
        LikertScale scale = LikertScale.of(List.of("A"));

        CompleteCases cases = CompleteCases.of(List.of(respondent("r1", MARKETING, Map.of("A", 2, "Z", 9))), scale);

        assertThat(cases.size()).isEqualTo(1);
    }
}
