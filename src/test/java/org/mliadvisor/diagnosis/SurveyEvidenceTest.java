package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.survey.Respondent;
import org.mliadvisor.assessment.survey.SurveyData;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.knowledge.Citation;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.SurveyItem;
import org.mliadvisor.knowledge.SurveySettings;
import org.mliadvisor.knowledge.Text;
import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A firm's survey measured per dimension on the knowledge base's own items, before any rule reads it. */
class SurveyEvidenceTest {

    /** The oracle (R psych 2.2.9, multilevel 2.7) with the knowledge base's item ids for its four S items. */
    private static final String ORACLE = SurveyData.ACCEPTANCE.replace("S1,S2,S3,S4", "S.q1,S.q2,S.q3,S.q4");

    private static SurveyItem item(String id, Dimension dimension, boolean reverse) {
        return new SurveyItem(id, dimension, Text.of(id), null, reverse, new Citation("mli-paper", "Methodology"),
                SourceLocation.ofFile("items.yaml"));
    }

    @Test
    void eachDimensionIsMeasuredOnItsOwnItemsWithTheOracleFigures() {
        List<SurveyItem> items = List.of(item("S.q1", Dimension.S, false), item("S.q2", Dimension.S, false),
                item("S.q3", Dimension.S, false), item("S.q4", Dimension.S, false));

        SurveyEvidence survey = SurveyEvidence.of(SurveyData.parse(ORACLE), items,
                SurveySettings.defaults(org.mliadvisor.source.SourceLocation.ofFile("method.yaml")));

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

        SurveyEvidence survey = SurveyEvidence.of(SurveyData.parse("respondent,function,T.q1,T.q2\nA,logistics,5,1\nB,marketing,5,1"), items,
                SurveySettings.defaults(org.mliadvisor.source.SourceLocation.ofFile("method.yaml")));

        assertThat(survey.dimensions().get(Dimension.T).perceived().value()).isEqualTo(1.0);
    }

    @Test
    void aDimensionNobodyAnsweredInFullHasNoPerceivedScore() {
        List<SurveyItem> items = List.of(item("R.q1", Dimension.R, false), item("R.q2", Dimension.R, false));
        Respondent partial = new Respondent("A", RespondentFunction.SALES, Map.of("R.q1", 4), SourceLocation.ofFile("s.csv"));

        SurveyEvidence survey = SurveyEvidence.of(List.of(partial), items, SurveySettings.defaults(org.mliadvisor.source.SourceLocation.ofFile("method.yaml")));

        assertThat(survey.dimensions().get(Dimension.R).perceived().isDefined()).isFalse();
        assertThat(survey.dimensions().get(Dimension.R).reliability().respondentsLeftOut()).isEqualTo(1);
    }
}
