package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.survey.Respondent;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.knowledge.Citation;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.SurveyItem;
import org.mliadvisor.knowledge.SurveySettings;
import org.mliadvisor.knowledge.Text;
import org.mliadvisor.source.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A firm's survey measured per dimension on the knowledge base's own items, before any rule reads it. */
class SurveyEvidenceTest {

    /** The oracle: 10 respondents × 4 items of S, checked against R psych 2.2.9 and multilevel 2.7. */
    private static final String ORACLE = """
            R1,marketing,4,5,4,4
            R2,marketing,5,4,4,5
            R3,logistics,2,3,2,3
            R4,logistics,3,2,3,2
            R5,sales,4,4,5,4
            R6,finance,3,3,3,4
            R7,marketing,4,4,4,5
            R8,logistics,4,4,3,4
            R9,sales,4,5,4,4
            R10,finance,3,4,4,4""";

    private static SurveyItem item(String id, Dimension dimension, boolean reverse) {
        return new SurveyItem(id, dimension, Text.of(id), null, reverse, new Citation("mli-paper", "Methodology"),
                SourceLocation.ofFile("items.yaml"));
    }

    private static List<Respondent> respondents(String rows, String... items) {
        List<Respondent> all = new ArrayList<>();
        for (String line : rows.strip().split("\n")) {
            String[] cells = line.strip().split(",");
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (int i = 0; i < items.length; i++) {
                answers.put(items[i], Integer.parseInt(cells[2 + i]));
            }
            all.add(new Respondent(cells[0], RespondentFunction.valueOf(cells[1].toUpperCase()), answers,
                    SourceLocation.ofFile("survey.csv")));
        }
        return all;
    }

    @Test
    void eachDimensionIsMeasuredOnItsOwnItemsWithTheOracleFigures() {
        List<SurveyItem> items = List.of(item("S.q1", Dimension.S, false), item("S.q2", Dimension.S, false),
                item("S.q3", Dimension.S, false), item("S.q4", Dimension.S, false));

        SurveyEvidence survey = SurveyEvidence.of(respondents(ORACLE, "S.q1", "S.q2", "S.q3", "S.q4"), items,
                SurveySettings.DEFAULT);

        assertThat(survey.respondents()).isEqualTo(10);
        assertThat(survey.byFunction()).containsEntry(RespondentFunction.MARKETING, 3).containsEntry(RespondentFunction.LOGISTICS, 3)
                .containsEntry(RespondentFunction.SALES, 2).containsEntry(RespondentFunction.FINANCE, 2);
        assertThat(survey.dimensions()).containsOnlyKeys(Dimension.S);
        DimensionSurvey s = survey.dimensions().get(Dimension.S);
        assertThat(s.reliability().rawAlpha().value()).isCloseTo(0.871990, within(1e-6));
        assertThat(s.reliability().standardizedAlpha().value()).isCloseTo(0.872668, within(1e-6));
        // the 40 answers sum to 149: a mean of 3.725 on 1..5 is 0.68125 on 0..1
        assertThat(s.perceived().value()).isCloseTo(0.68125, within(1e-9));
    }

    @Test
    void aReverseKeyedItemCountsTowardsThePerceivedScoreRecoded() {
        List<SurveyItem> items = List.of(item("T.q1", Dimension.T, false), item("T.q2", Dimension.T, true));

        SurveyEvidence survey = SurveyEvidence.of(respondents("A,logistics,5,1\nB,marketing,5,1", "T.q1", "T.q2"), items,
                SurveySettings.DEFAULT);

        assertThat(survey.dimensions().get(Dimension.T).perceived().value()).isEqualTo(1.0);
    }

    @Test
    void aDimensionNobodyAnsweredInFullHasNoPerceivedScore() {
        List<SurveyItem> items = List.of(item("R.q1", Dimension.R, false), item("R.q2", Dimension.R, false));
        Respondent partial = new Respondent("A", RespondentFunction.SALES, Map.of("R.q1", 4), SourceLocation.ofFile("s.csv"));

        SurveyEvidence survey = SurveyEvidence.of(List.of(partial), items, SurveySettings.DEFAULT);

        assertThat(survey.dimensions().get(Dimension.R).perceived().isDefined()).isFalse();
        assertThat(survey.dimensions().get(Dimension.R).reliability().respondentsLeftOut()).isEqualTo(1);
    }
}
