package org.mliadvisor.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's words in each language, and the binding-constraint sentence in each of its cases. */
class WordingTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws Exception {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
    }

    private static Diagnosis diagnose(String yaml) throws Exception {
        try (Diagnostician diagnostician = new Diagnostician(kb)) {
            return diagnostician.diagnose(new AssessmentLoader(kb).load(yaml.getBytes(StandardCharsets.UTF_8), "firm.yaml"));
        }
    }

    private static Diagnosis example(String file) throws Exception {
        return diagnose(Files.readString(Path.of("examples", file)));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void everyEnglishKeyIsTranslatedWithTheSamePlaceholders(Language language) {
        Bundles.assertTranslated(Wording::patterns, language);
    }

    @Test
    void uzbekWordingWritesTheTurnedCommaNeverAnAsciiApostrophe() {
        Bundles.assertTurnedComma(Wording.patterns(Language.UZ));
    }

    @Test
    void anArgumentIsPutInAsWrittenEvenWithBraces() {
        assertThat(Wording.in(Language.EN).text("cover.knowledgeBaseVersion", "{1}", "x'y")).isEqualTo("{1} (version x'y)");
    }

    @Test
    void numbersAndDatesFollowTheLanguage() {
        assertThat(Wording.in(Language.EN).number(1234.5, 1)).isEqualTo("1234.5");
        assertThat(Wording.in(Language.RU).number(1234.5, 1)).isEqualTo("1\u00a0234,5");
        assertThat(Wording.in(Language.RU).percent(0.089)).isEqualTo("8,9\u00a0%");
        assertThat(Wording.in(Language.EN).date(LocalDate.of(2026, 11, 1))).isEqualTo("1 November 2026");
        assertThat(Wording.in(Language.RU).date(LocalDate.of(2026, 11, 1))).isEqualTo("1 ноября 2026 г.");
    }

    @ParameterizedTest(name = "{0}: {1}/{2} reads \"{3}\"")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "otif               | 82  | 90 | 8 points below target",
        "otif               | 93  | 90 | meets the target",
        "stockout_rate      | 3.2 | 3  | 0.2 points above target",
        "inventory_days     | 70  | 50 | 40% above target",
        "inventory_days     | 40  | 50 | meets the target",
        "service_complaints | 14  | 0  | 14 above the target of 0",
        "order_cycle_time   | 7   | 7  | meets the target"})
    void kpiDistanceReadsAsAManagerSaysItNeverAsAGapOverAHundredPercent(String kpi, String actual, String target,
                                                                       String expected) throws Exception {
        Diagnosis d = diagnose("organization: F\nassessed_on: 2026-11-01\nindicators: {}\nkpis:\n  " + kpi
                + ": { actual: " + actual + ", target: " + target + " }\n");

        assertThat(Wording.in(Language.EN).kpiDistance(d.kpiGaps().get(0))).isEqualTo(expected);
    }

    @Test
    void kpiDistanceFollowsTheLanguage() throws Exception {
        Diagnosis d = diagnose("organization: F\nassessed_on: 2026-11-01\nindicators: {}\nkpis:\n"
                + "  inventory_days: { actual: 70, target: 50 }\n");

        assertThat(Wording.in(Language.RU).kpiDistance(d.kpiGaps().get(0))).isEqualTo("на 40\u00a0% выше цели");
    }

    @Test
    void scoresReadOnTheHundredPointScale() {
        assertThat(Wording.in(Language.EN).score(0.62)).isEqualTo("62");
        assertThat(Wording.in(Language.EN).score(0.4861)).isEqualTo("48.6");
        assertThat(Wording.in(Language.RU).score(0.4861)).isEqualTo("48,6");
    }

    @Test
    void bindingAheadOfTheRunnerUpGivesBothCostsInIndexPoints() throws Exception {
        Diagnosis d = example("illustrative-firm.yaml");

        assertThat(Wording.in(Language.EN).bindingSentence(d)).isEqualTo("Technological integration is the binding "
                + "constraint: it costs the index 17.5 points, 7.8 more than Structural integration, the runner-up.");
    }

    @Test
    void bindingDecidedByAGateAgainstTheShortfallSaysSo() throws Exception {
        Diagnosis d = example("illustrative-firm.yaml");
        Diagnosis gated = diagnose(Files.readString(Path.of("examples", "structural-gap-firm.yaml"))
                .replace("T.crm_erp_consistency: 98", "T.crm_erp_consistency: 50").replace("S.sop_cycle: 1", "S.sop_cycle: 2"));

        assertThat(d.binding().margin()).isPositive();
        assertThat(gated.binding().margin()).isNegative();
        assertThat(Wording.in(Language.EN).bindingSentence(gated)).startsWith("Technological integration is the binding "
                + "constraint (decided by an expert gate), although Structural integration costs the index");
    }

    @Test
    void noBindingConstraintIsSaidWithTheReason() throws Exception {
        Diagnosis sparse = diagnose("""
                organization: Sparse
                assessed_on: 2026-11-01
                indicators: { S.sop_cycle: 2, S.cross_functional_team: 2 }
                """);

        assertThat(sparse.binding().determined()).isFalse();
        assertThat(Wording.in(Language.EN).bindingSentence(sparse)).startsWith("No binding constraint can be named. ");
        assertThat(Wording.in(Language.RU).bindingSentence(sparse)).startsWith("Ограничивающее измерение определить нельзя. ")
                .doesNotContain("No binding");
    }

    /** The oracle data (α 0.872) read against thresholds either side of it: the reading follows the knowledge base's settings. */
    @ParameterizedTest(name = "α threshold {0}, rwg(j) threshold {1}: {2}; {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "0.7  | 0.01 | α = 0.87, reliable     | respondents agree overall",
        "0.9  | 0.99 | α = 0.87, questionable | respondents disagree",
        "0.99 | 0.99 | α = 0.87, unreliable   | respondents disagree"})
    void surveyReadingsFollowTheKnowledgeBasesThresholds(double alpha, double rwg, String reliability, String agreement) {
        org.mliadvisor.knowledge.SurveySettings settings = new org.mliadvisor.knowledge.SurveySettings(5, alpha,
                org.mliadvisor.knowledge.Text.of("why"), rwg, 1, 0.5, 0, org.mliadvisor.source.SourceLocation.ofFile("method.yaml"));
        java.util.List<org.mliadvisor.knowledge.SurveyItem> items = java.util.stream.Stream.of("S.q1", "S.q2", "S.q3", "S.q4")
                .map(id -> new org.mliadvisor.knowledge.SurveyItem(id, org.mliadvisor.knowledge.Dimension.S,
                        org.mliadvisor.knowledge.Text.of(id), null, false, null,
                        org.mliadvisor.source.SourceLocation.ofFile("items.yaml"))).toList();
        var survey = org.mliadvisor.diagnosis.SurveyEvidence.of(org.mliadvisor.assessment.survey.SurveyData.parse(
                org.mliadvisor.assessment.survey.SurveyData.ACCEPTANCE.replace("S1,S2,S3,S4", "S.q1,S.q2,S.q3,S.q4")),
                items, settings);
        var s = survey.dimensions().get(org.mliadvisor.knowledge.Dimension.S);

        assertThat(Wording.in(Language.EN).reliability(s, settings)).isEqualTo(reliability);
        assertThat(Wording.in(Language.EN).agreement(s, settings)).endsWith(agreement);
        assertThat(Wording.in(Language.EN).marketingLogistics(s)).isEqualTo("1.42 points on the 1–5 answer scale"); // marketing 13/3 − logistics 35/12
    }
}
