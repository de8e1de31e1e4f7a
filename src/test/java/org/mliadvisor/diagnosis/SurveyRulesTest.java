package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mliadvisor.assessment.survey.RespondentFunction.LOGISTICS;
import static org.mliadvisor.assessment.survey.RespondentFunction.MARKETING;

/**
 * The rules of survey.drl and the scoring rules that blend a survey in, each found and not found. Four
 * respondents, two from marketing and two from logistics, answer the built-in knowledge base's five items of
 * a dimension (the fifth reverse-keyed); the figures quoted were computed by hand.
 */
class SurveyRulesTest {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KnowledgeBaseFixture.builtIn());

    @TempDir
    Path folder;

    /** α 0.985, rwg(j) 0.90, perceived 0.7625, marketing 4.5 against logistics 3.6. */
    static Firm coherent(Firm firm, String dimension) {
        return firm.answers("m1", MARKETING, dimension, 5, 5, 5, 5, 1).answers("m2", MARKETING, dimension, 4, 4, 4, 4, 2)
                .answers("l1", LOGISTICS, dimension, 3, 3, 3, 3, 3).answers("l2", LOGISTICS, dimension, 4, 4, 5, 4, 2);
    }

    /** Every respondent's answers add up to the same total, so α cannot be computed; rwg(j) 0, perceived 0.5, no gap. */
    static Firm incoherent(Firm firm, String dimension) {
        return firm.answers("m1", MARKETING, dimension, 5, 1, 5, 1, 3).answers("m2", MARKETING, dimension, 1, 5, 1, 5, 3)
                .answers("l1", LOGISTICS, dimension, 3, 3, 3, 3, 3).answers("l2", LOGISTICS, dimension, 5, 1, 1, 5, 3);
    }

    /** α 0.99 but rwg(j) 0: marketing 4.9, logistics 2.1, 2.8 points apart; perceived 0.625. */
    static Firm split(Firm firm, String dimension) {
        return firm.answers("m1", MARKETING, dimension, 5, 5, 5, 5, 1).answers("m2", MARKETING, dimension, 5, 4, 5, 5, 1)
                .answers("l1", LOGISTICS, dimension, 2, 2, 2, 2, 4).answers("l2", LOGISTICS, dimension, 2, 3, 2, 2, 4);
    }

    /** α 0.81, rwg(j) 0.97: marketing 4.4, logistics 4.1, 0.3 points apart. */
    static Firm agreeing(Firm firm, String dimension) {
        return firm.answers("m1", MARKETING, dimension, 4, 4, 4, 4, 2).answers("m2", MARKETING, dimension, 5, 5, 4, 5, 1)
                .answers("l1", LOGISTICS, dimension, 4, 4, 4, 4, 2).answers("l2", LOGISTICS, dimension, 4, 4, 5, 4, 2);
    }

    /** α 0.77, rwg(j) 0.96, perceived 0.875: the respondents call the dimension mature. */
    static Firm proud(Firm firm, String dimension) {
        return firm.answers("m1", MARKETING, dimension, 5, 5, 5, 5, 1).answers("m2", MARKETING, dimension, 4, 5, 4, 5, 2)
                .answers("l1", LOGISTICS, dimension, 5, 4, 5, 4, 1).answers("l2", LOGISTICS, dimension, 4, 4, 4, 4, 2);
    }

    private static List<String> surveyFindings(Diagnosis d, Dimension dimension) {
        return d.surveyFindings().stream().filter(f -> f.dimension() == dimension).map(SurveyFinding::id).toList();
    }

    private static Diagnosis diagnose(Firm firm) {
        return DIAGNOSTICIAN.diagnose(firm.assessment());
    }

    private static List<String> fired(Diagnostician diagnostician, Firm firm) {
        List<String> fired = new ArrayList<>();
        diagnostician.diagnose(firm.assessment(), fired::add);
        return fired;
    }

    // ------------------------------------------------------------------ survey.reliable, scoring.dimension-blended

    @Test
    void reliableItemsCountHalfBesideTheIndicators() {
        Diagnosis d = diagnose(coherent(Firm.firm().balanced(), "S"));

        DimensionScore s = d.dimensions().get(Dimension.S);
        assertThat(s.basis()).isEqualTo(DimensionScore.Basis.BLENDED);
        assertThat(s.rule()).isEqualTo("scoring.dimension-blended");
        assertThat(s.observed()).isCloseTo(0.5, within(1e-9));
        assertThat(s.perceived().reliable()).isTrue();
        assertThat(s.perceived().rule()).isEqualTo("survey.reliable");
        assertThat(s.score()).isCloseTo(0.5 * 0.5 + 0.5 * 0.7625, within(1e-9));
        assertThat(s.reason().kbEntries()).anyMatch(e -> e.contains("method.yaml:"));
        assertThat(surveyFindings(d, Dimension.S)).isEmpty();
    }

    @Test
    void aDimensionNobodyWasAskedAboutKeepsItsIndicatorsScore() {
        Diagnosis d = diagnose(coherent(Firm.firm().balanced(), "S"));

        assertThat(d.dimensions().get(Dimension.T).basis()).isEqualTo(DimensionScore.Basis.INDICATORS);
        assertThat(d.dimensions().get(Dimension.T).rule()).isEqualTo("scoring.dimension-score");
        assertThat(d.dimensions().get(Dimension.T).perceived()).isNull();
    }

    // ------------------------------------------------------------------ survey.unreliable, survey.unreliable-finding

    @Test
    void itemsThatDoNotHoldTogetherAreReportedAndLeftOutOfTheScore() {
        Diagnosis d = diagnose(incoherent(Firm.firm().balanced(), "S"));

        DimensionScore s = d.dimensions().get(Dimension.S);
        assertThat(s.basis()).isEqualTo(DimensionScore.Basis.INDICATORS);
        assertThat(s.score()).isCloseTo(0.5, within(1e-9));
        SurveyFinding finding = d.surveyFindings().stream().filter(f -> f.kind() == SurveyFinding.Kind.UNRELIABLE)
                .findFirst().orElseThrow();
        assertThat(finding.dimension()).isEqualTo(Dimension.S);
        assertThat(finding.reason().rule()).isEqualTo("survey.unreliable-finding");
        assertThat(finding.reason().statement()).contains("Cronbach's α not computable", "left out of the score", "reliable from 0.7");
        assertThat(finding.reason().facts()).containsEntry("unreliable_share", "0");
    }

    @Test
    void itemsThatHoldTogetherAreNotReportedUnreliable() {
        assertThat(surveyFindings(diagnose(coherent(Firm.firm().balanced(), "S")), Dimension.S))
                .doesNotContain("survey-unreliable");
    }

    @Test
    void anUnreliableSurveyAloneLeavesTheDimensionUnscoredByDefault() {
        Diagnosis d = diagnose(incoherent(Firm.firm(), "S"));

        assertThat(d.dimensions().get(Dimension.S).basis()).isEqualTo(DimensionScore.Basis.INSUFFICIENT);
        assertThat(d.dimensions().get(Dimension.S).rule()).isEqualTo("scoring.dimension-insufficient");
    }

    @Test
    void anUnreliableSurveyCountsAsMuchAsTheKnowledgeBaseSays() throws Exception {
        String method = Files.readString(Path.of("knowledge-base", "method.yaml"))
                .replace("unreliable_share: 0\n", "unreliable_share: 0.25\n");
        Diagnostician weighing = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "method.yaml", method));

        Diagnosis alone = weighing.diagnose(incoherent(Firm.firm(), "S").assessment());
        Diagnosis beside = weighing.diagnose(incoherent(Firm.firm().balanced(), "S").assessment());

        assertThat(alone.dimensions().get(Dimension.S).basis()).isEqualTo(DimensionScore.Basis.SURVEY);
        assertThat(alone.dimensions().get(Dimension.S).score()).isCloseTo(0.5, within(1e-9));
        assertThat(beside.dimensions().get(Dimension.S).basis()).isEqualTo(DimensionScore.Basis.BLENDED);
        assertThat(beside.dimensions().get(Dimension.S).perceived().share()).isEqualTo(0.25);
        assertThat(beside.surveyFindings().get(0).reason().statement()).contains("counts only 25");
    }

    // ------------------------------------------------------------------ scoring.dimension-perceived

    @Test
    void aReliableSurveyAloneScoresTheDimensionAndGivesAnIndex() {
        Diagnosis d = diagnose(coherent(coherent(coherent(Firm.firm(), "S"), "T"), "R"));

        for (Dimension dimension : Dimension.values()) {
            assertThat(d.dimensions().get(dimension).basis()).as(dimension.name()).isEqualTo(DimensionScore.Basis.SURVEY);
            assertThat(d.dimensions().get(dimension).rule()).isEqualTo("scoring.dimension-perceived");
            assertThat(d.dimensions().get(dimension).score()).isCloseTo(0.7625, within(1e-9));
        }
        assertThat(d.mli().complete()).isTrue();
        assertThat(d.dimensions().get(Dimension.S).reason().statement()).contains("on the survey alone (4 respondents)");
    }

    @Test
    void withoutSurveyOrIndicatorsADimensionStaysInsufficient() {
        Diagnosis d = diagnose(coherent(Firm.firm(), "S"));

        assertThat(d.dimensions().get(Dimension.T).basis()).isEqualTo(DimensionScore.Basis.INSUFFICIENT);
    }

    // ------------------------------------------------------------------ survey.disagreement

    @Test
    void respondentsFarApartDoNotAgree() {
        Diagnosis d = diagnose(split(Firm.firm().balanced(), "R"));

        assertThat(surveyFindings(d, Dimension.R)).contains("survey-disagreement");
        SurveyFinding finding = d.surveyFindings().stream().filter(f -> f.kind() == SurveyFinding.Kind.DISAGREEMENT)
                .findFirst().orElseThrow();
        assertThat(finding.reason().facts()).containsEntry("rwg(j)", "0").containsEntry("agreement_rwg", "0.7");
    }

    @Test
    void respondentsCloseTogetherAgree() {
        assertThat(surveyFindings(diagnose(agreeing(Firm.firm().balanced(), "R")), Dimension.R)).isEmpty();
    }

    // ------------------------------------------------------------------ survey.perception-gap, perception_gap conditions

    @Test
    void marketingAndLogisticsAWholePointApartIsAFindingThatCallsForAJointReview() {
        Diagnosis d = diagnose(split(Firm.firm().balanced(), "R"));

        SurveyFinding gap = d.surveyFindings().stream().filter(f -> f.kind() == SurveyFinding.Kind.PERCEPTION_GAP)
                .findFirst().orElseThrow();
        assertThat(gap.dimension()).isEqualTo(Dimension.R);
        assertThat(gap.reason().rule()).isEqualTo("survey.perception-gap");
        assertThat(gap.reason().statement()).contains("marketing scores it 4.9", "logistics 2.1", "2.8 points apart");
        Recommendation review = d.recommendations().stream().filter(r -> r.id().equals("joint-evidence-review"))
                .findFirst().orElseThrow();
        assertThat(review.candidate().score().weakest()).isInstanceOfSatisfying(PerceptionGap.class,
                g -> assertThat(g.distance()).isCloseTo(2.8, within(1e-9)));
        assertThat(review.candidate().score().depth()).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void functionsLessThanAPointApartNeedNoJointReview() {
        Diagnosis d = diagnose(agreeing(agreeing(agreeing(Firm.firm().balanced(), "S"), "T"), "R"));

        assertThat(d.surveyFindings()).extracting(SurveyFinding::id).doesNotContain("perception-gap");
        assertThat(d.recommendations()).noneMatch(r -> r.id().equals("joint-evidence-review"));
        assertThat(d.needsData()).noneMatch(n -> n.interventionId().equals("joint-evidence-review"));
    }

    // ------------------------------------------------------------------ interventions.needs-survey-data

    @Test
    void aSurveyWithoutLogisticsCannotDecideTheJointReview() {
        Firm marketingOnly = Firm.firm().balanced().answers("m1", MARKETING, "R", 5, 5, 5, 5, 1)
                .answers("m2", MARKETING, "R", 4, 4, 4, 4, 2);

        List<String> fired = fired(DIAGNOSTICIAN, marketingOnly);

        assertThat(fired).contains("interventions.needs-survey-data");
        assertThat(diagnose(marketingOnly).needsData()).anyMatch(n -> n.interventionId().equals("joint-evidence-review"));
    }

    @Test
    void aFirmThatRanNoSurveyIsOwedNoSurveyOnlyAction() {
        Diagnosis d = diagnose(Firm.firm().balanced());

        assertThat(d.needsData()).noneMatch(n -> n.interventionId().equals("joint-evidence-review"));
        assertThat(d.recommendations()).noneMatch(r -> r.id().equals("joint-evidence-review"));
        assertThat(d.surveyFindings()).isEmpty();
    }

    // ------------------------------------------------------------------ survey.triangulation

    @Test
    void respondentsCallingTheDimensionMatureAgainstSevereKpiGapsIsATriangulationFinding() {
        Firm firm = proud(Firm.firm().balanced(), "S").kpi("otif", 60, 95).kpi("forecast_accuracy", 50, 85);

        Diagnosis d = diagnose(firm);

        assertThat(d.dimensions().get(Dimension.S).score()).isLessThan(0.8);
        ConsistencyFinding finding = d.consistency().stream().filter(f -> f.kind() == ConsistencyFinding.Kind.TRIANGULATION)
                .findFirst().orElseThrow();
        assertThat(finding.dimensions()).containsExactly(Dimension.S);
        assertThat(finding.reason().rule()).isEqualTo("survey.triangulation");
        assertThat(finding.reason().facts()).containsEntry("perceived S", "0.875");
    }

    @Test
    void respondentsCallingTheDimensionMatureWithKpisOnTargetIsNoFinding() {
        Diagnosis d = diagnose(proud(Firm.firm().balanced(), "S").kpi("otif", 95, 95).kpi("forecast_accuracy", 85, 85));

        assertThat(d.consistency()).noneMatch(f -> f.kind() == ConsistencyFinding.Kind.TRIANGULATION);
    }

    @Test
    void aScoreThatItselfClaimsMaturityIsTriangulatedOnceNotTwice() {
        Diagnosis d = diagnose(proud(Firm.firm(), "S").kpi("otif", 60, 95).kpi("forecast_accuracy", 50, 85));

        assertThat(d.consistency()).filteredOn(f -> f.kind() == ConsistencyFinding.Kind.TRIANGULATION)
                .singleElement().satisfies(f -> assertThat(f.reason().rule()).isEqualTo("consistency.triangulation"));
    }

    @Test
    void theBuiltInKnowledgeBaseReadsItsSurveySharesFromMethodYaml() throws Exception {
        assertThat(new KnowledgeBaseLoader().load(Path.of("knowledge-base")).survey().perceivedShare()).isEqualTo(0.5);
    }
}
