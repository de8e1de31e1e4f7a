package org.mliadvisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.ScenarioReader;
import org.mliadvisor.diagnosis.WhatIf;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The what-if's documents: each format says what changed, in plain words for the client and with its sources for audit. */
class WhatIfReportTest {

    private static final List<String> LEVERS = List.of("joint-promotion-review", "crm-erp-data-consistency",
            "transport-visibility-dashboard");

    private static KnowledgeBase kb;
    private static Diagnostician diagnostician;
    private static Assessment firm;

    @BeforeAll
    static void load() throws Exception {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
        diagnostician = new Diagnostician(kb);
        firm = new AssessmentLoader(kb).load(Path.of("examples", "illustrative-firm.yaml"));
    }

    @AfterAll
    static void close() {
        diagnostician.close();
    }

    private static WhatIf whatIf(Assessment assessment, List<String> sets, List<String> implement) throws Exception {
        return WhatIf.of(new ScenarioReader(kb).read(assessment, sets, implement, null), assessment, kb, diagnostician::diagnose);
    }

    private static String document(WhatIf w, ReportFormat format, ReportOptions options) {
        return new String(WhatIfReport.document(w, format, options), StandardCharsets.UTF_8);
    }

    private static String markdown(WhatIf w) {
        return document(w, ReportFormat.MARKDOWN, ReportOptions.client(Language.EN));
    }

    @Test
    void markdownShowsTheWholeOtifRangeTheBindingMoveAndTheActionsThatLeave() throws Exception {
        String md = markdown(whatIf(firm, List.of(), LEVERS));

        assertThat(md).contains("- On-time in-full (OTIF): 82 → 88 (6 to 10.5 points expected, diagnosed at the cautious end; "
                        + "92.5 at the optimistic end; target 90)",
                "- CRM-ERP order and customer master data consistency: 78 → 97",
                "| Integration index | 63.5 | 75.9 | +12.4 |",
                "| Technological integration | **47.5** | 76.5 | +29 |",
                "| Relational integration | 72.2 | **72.2** | 0 |",
                "**The binding constraint moves from Technological integration to Relational integration.**",
                "None of the recommended actions works on Relational integration",
                "| On-time in-full (OTIF) | 82 | 88 | 90 | severe → moderate |",
                "| Close each S&OP cycle with a financial reconciliation | 4 | 1 | moves up |",
                "| Deploy a WMS/TMS transport visibility dashboard | 1 | – | no longer recommended |",
                "It also improves Expedited shipment share, Service complaints, by an amount the source does not give")
                .doesNotContain("Nothing changes", "diagnosis stays the same");
    }

    @Test
    void theClientsDocumentNamesNoRuleNoIdAndNoKnowledgeBaseEntryButTheFullOneDoes() throws Exception {
        WhatIf w = whatIf(firm, List.of(), LEVERS);
        String client = markdown(w);
        String full = document(w, ReportFormat.MARKDOWN, ReportOptions.full(Language.EN));

        assertThat(client).doesNotContain("binding.decide", "_[", "interventions.yaml", "joint-promotion-review", "otif ");
        assertThat(full).contains("### Review every promotion against supply constraints in S&OP (`joint-promotion-review`)",
                "- Expected KPI improvement: otif 2–3.5", "- Source: mli-paper, Illustrative scenario (a) joint promotion review",
                "- Knowledge-base entry: knowledge-base/interventions.yaml:", "_[binding.decide]_");
    }

    @Test
    void noChangeSaysNothingChangesAndAChangeThatMovesNothingSaysTheDiagnosisStays() throws Exception {
        String nothing = markdown(whatIf(firm, List.of(), List.of()));
        String same = markdown(whatIf(firm, List.of(), List.of("financial-reconciliation")));

        assertThat(nothing).contains("**Nothing changes: the diagnosis is the same", "No change was asked for.",
                "| Integration index | 63.5 | 63.5 | 0 |", "No KPI changes.");
        assertThat(same).contains("With these changes the diagnosis stays the same").doesNotContain("Nothing changes");
    }

    @Test
    void anActionWithoutAnExpectedEffectIsSaidToHaveNoneAndOneWithoutAFigureToMoveNoKpi() throws Exception {
        String none = markdown(whatIf(firm, List.of(), List.of("financial-reconciliation")));
        String noFigure = markdown(whatIf(firm.withIndicator("R.shared_kpi_incentive", Answer.of(5)), List.of(),
                List.of("shared-kpi-incentives")));
        String withFigure = markdown(whatIf(firm, List.of(), List.of("joint-promotion-review")));

        assertThat(none).contains("The knowledge base states no expected effect for this action: nothing is assumed. "
                + "Use --set to state what you expect of it.");
        assertThat(noFigure).contains("Shared cross-functional KPI and incentive scheme: 5 → 25",
                "The knowledge base states no KPI figure for this action, so no KPI is moved.");
        assertThat(withFigure).doesNotContain("states no KPI figure", "states no expected effect");
    }

    @Test
    void anAnswerAlreadyBetterIsSaidToStayAndAnActionInPlaceCountsNoKpiGain() throws Exception {
        String md = markdown(whatIf(firm.withIndicator("S.joint_promotion_review", Answer.of(95)), List.of(),
                List.of("joint-promotion-review")));

        assertThat(md).contains("stays at 95, already at least as good as the 90 this action is expected to reach",
                "Already in place for this firm", "No KPI improvement is counted for it")
                .doesNotContain("OTIF): 2 to 3.5 points expected");
    }

    @Test
    void aMissingPrerequisiteIsNamedWithItsRankAndNoneIsNamedWhenItIsInPlace() throws Exception {
        String missing = markdown(whatIf(firm.withIndicator("S.sop_cycle", Answer.of(1)), List.of(),
                List.of("joint-promotion-review")));
        String inPlace = markdown(whatIf(firm, List.of(), List.of("joint-promotion-review")));

        assertThat(missing).contains("## Points to note", "“Review every promotion against supply constraints in S&OP” requires “",
                "first, in the method's order; it is neither part of this what-if nor in place for this firm (it is recommended at rank");
        assertThat(inPlace).doesNotContain("Points to note", "requires");
    }

    @Test
    void statedValuesAreListedWithWhatTheyReplace() throws Exception {
        String md = markdown(whatIf(firm, List.of("R.trust=2", "kpi.otif.actual=85", "kpi.inventory_days.target=44",
                "context.demand_volatility=high"), List.of("joint-promotion-review")));

        assertThat(md).contains("- Trust between marketing and logistics: 3.5 → 2",
                "- On-time in-full (OTIF): 82 → 85 as stated, instead of the 2 to 3.5 points the actions are expected to bring",
                "- Inventory days on hand (DOH): target 42 → 44", "- Context factor demand volatility: medium → high");
    }

    @Test
    void aRangeCutOffAtTheEndOfTheScaleSaysSo() throws Exception {
        String capped = markdown(whatIf(firm.withKpi(new KpiObservation("otif", 99, 99.5)), List.of(), LEVERS));

        assertThat(capped).contains("99 → 100 (6 to 10.5 points expected, diagnosed at the cautious end, held at 100, the end "
                + "of the scale; 100 at the optimistic end; target 99.5)");
        assertThat(markdown(whatIf(firm, List.of(), LEVERS))).doesNotContain("end of the scale");
    }

    @Test
    void htmlIsWellFormedSelfContainedAndSaysWhatMarkdownSays() throws Exception {
        String html = document(whatIf(firm, List.of(), LEVERS), ReportFormat.HTML, ReportOptions.client(Language.EN));
        Document doc = HtmlReportRendererTest.parse(html);
        String text = doc.getDocumentElement().getTextContent();

        assertThat(html).contains("Content-Security-Policy").doesNotContain("<script", "src=\"http", "href=\"http");
        assertThat(text).contains("82 → 88 (6 to 10.5 points expected, diagnosed at the cautious end",
                "The binding constraint moves from Technological integration to Relational integration.", "no longer recommended")
                .doesNotContain("binding.decide", "joint-promotion-review");
        assertThat(html).contains("<span class=\"up\">+12.4</span>", "<strong>72.2</strong>");
    }

    @Test
    void htmlWithTheEvidencePartCitesEachEffectsEntry() throws Exception {
        String html = document(whatIf(firm, List.of(), LEVERS), ReportFormat.HTML, ReportOptions.full(Language.EN));

        assertThat(HtmlReportRendererTest.parse(html).getDocumentElement().getTextContent())
                .contains("joint-promotion-review", "Knowledge-base entry: knowledge-base/interventions.yaml:", "[binding.decide]");
    }

    @Test
    void jsonCarriesTheChangesTheComparisonAndBothDiagnosesInFull() throws Exception {
        JsonNode json = new ObjectMapper().readTree(document(whatIf(firm, List.of(), LEVERS), ReportFormat.JSON,
                ReportOptions.client(Language.EN)));

        assertThat(json.path("nothingChanged").asBoolean()).isFalse();
        JsonNode otif = json.path("changes").path("kpis").get(0);
        assertThat(otif.path("id").asText()).isEqualTo("otif");
        assertThat(otif.path("after").path("actual").asDouble()).isEqualTo(88);
        assertThat(otif.path("expected").path("high").asDouble()).isEqualTo(10.5);
        assertThat(otif.path("optimisticActual").asDouble()).isEqualTo(92.5);
        JsonNode effect = json.path("changes").path("implemented").get(0).path("expectedEffect");
        assertThat(effect.path("source").path("doc").asText()).isEqualTo("mli-paper");
        assertThat(effect.path("kbEntry").asText()).startsWith("knowledge-base/interventions.yaml:");
        assertThat(effect.path("basis").asText()).contains("82 % to 90 %");
        JsonNode comparison = json.path("comparison");
        assertThat(comparison.path("binding").path("after").path("dimensions").get(0).asText()).isEqualTo("R");
        assertThat(comparison.path("binding").path("moved").asBoolean()).isTrue();
        assertThat(comparison.path("mli").path("change").asDouble()).isEqualTo(0.12375);
        assertThat(comparison.path("recommendations").findValuesAsText("change")).containsExactly("moved", "removed", "removed",
                "removed");
        assertThat(json.path("before").path("schemaVersion").asText()).isEqualTo(JsonReportRenderer.SCHEMA_VERSION);
        assertThat(json.path("schemaVersion").asText()).isEqualTo(WhatIfJson.SCHEMA_VERSION);
        assertThat(json.path("kind").asText()).isEqualTo("what-if");
        assertThat(json.path("after").path("recommendations")).hasSize(1);
    }

    @Test
    void jsonOfNoChangeSaysSoAndItsTwoDiagnosesAreTheSame() throws Exception {
        JsonNode json = new ObjectMapper().readTree(document(whatIf(firm, List.of(), List.of()), ReportFormat.JSON,
                ReportOptions.client(Language.EN)));

        assertThat(json.path("nothingChanged").asBoolean()).isTrue();
        assertThat(json.path("comparison").path("changed").asBoolean()).isFalse();
        assertThat(json.path("before")).isEqualTo(json.path("after"));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void everyEnglishKeyIsTranslatedWithTheSamePlaceholders(Language language) {
        Bundles.assertTranslated(WhatIfReport::patterns, language);
    }

    @Test
    void uzbekWritesTheTurnedCommaNeverAnAsciiApostrophe() {
        Bundles.assertTurnedComma(WhatIfReport.patterns(Language.UZ));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void russianAndUzbekDocumentsAreWordedInTheirLanguageWithoutRuleIds(Language language) throws Exception {
        WhatIf w = whatIf(firm.withIndicator("S.sop_cycle", Answer.of(1)), List.of("kpi.inventory_days.target=44"), LEVERS);
        String md = document(w, ReportFormat.MARKDOWN, ReportOptions.client(language));
        String html = document(w, ReportFormat.HTML, ReportOptions.client(language));

        assertThat(md).contains(language == Language.RU ? "Что если" : "«Agar…» tahlili",
                language == Language.RU ? "82 → 88 (ожидается улучшение на 6–10,5 п. п." : "82 → 88 (6–10,5 punkt yaxshilanish")
                .doesNotContain("points expected", "binding constraint", "no longer recommended", "binding.", "_[");
        assertThat(HtmlReportRendererTest.parse(html).getDocumentElement().getAttribute("lang")).isEqualTo(language.code());
    }
}
