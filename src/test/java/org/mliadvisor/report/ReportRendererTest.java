package org.mliadvisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Both renderers show every part of the diagnosis and keep data inert. */
class ReportRendererTest {

    private static final String HOSTILE = "<script>alert(1)</script> \"Quotes\" & *stars* | pipes [link](http://x)";
    private static Diagnosis illustrative;
    private static Diagnosis hostile;
    private static Diagnosis contradicting;

    @BeforeAll
    static void diagnose() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        Diagnostician diagnostician = new Diagnostician(kb);
        AssessmentLoader loader = new AssessmentLoader(kb);
        illustrative = diagnostician.diagnose(loader.load(Path.of("examples/illustrative-firm.yaml")));
        String yaml = Files.readString(Path.of("examples/illustrative-firm.yaml"))
                .replace("organization: Illustrative Industrial Firm", "organization: '" + HOSTILE.replace("'", "''") + "'");
        hostile = diagnostician.diagnose(loader.load(yaml.getBytes(StandardCharsets.UTF_8), "hostile.yaml"));
        String slips = Files.readString(Path.of("examples/illustrative-firm.yaml"))
                .replace("R.exception_review_cadence: 2", "R.exception_review_cadence: 0")
                .replace("R.root_cause_closure_rate: 70", "R.root_cause_closure_rate: 95")
                .replace("T.crm_erp_consistency: 78", "T.crm_erp_consistency: 0.78");
        contradicting = diagnostician.diagnose(loader.load(slips.getBytes(StandardCharsets.UTF_8), "slips.yaml"));
    }

    @Test
    void markdownTellsTheClientWhatToVerifyInPlainWordsAndExplainsItInTheReasoning() {
        String md = new MarkdownReportRenderer(ReportOptions.full(Language.EN)).render(contradicting);
        String section = md.substring(md.indexOf("### Points to verify"), md.indexOf("## The first wave of actions"));

        assertThat(md.indexOf("## KPIs against target")).isLessThan(md.indexOf("### Points to verify"));
        assertThat(md).contains("- Confidence in the binding constraint: medium. One finding below concerns");
        assertThat(section).contains("Confidence in the binding constraint: medium. One finding below concerns",
                "- **Answers that contradict each other.** The firm says no joint exception reviews were held",
                "- **A value probably written on the wrong scale.** CRM-ERP order and customer master data consistency "
                        + "was answered 0.78", "_(lowers the confidence)_")
                .doesNotContain("consistency.", "consistency.yaml", "[");
        assertThat(section.lines().filter(l -> l.contains("lowers the confidence")).toList()).singleElement().asString()
                .contains("CRM-ERP");
        String reasoning = md.substring(md.indexOf("### How each conclusion was reached"));
        assertThat(reasoning).contains("_[consistency.contradiction; knowledge-base/consistency.yaml:",
                "_[consistency.percent-as-fraction; knowledge-base/indicators.yaml:", "_[consistency.confidence; ");
    }

    @Test
    void markdownSaysSoWhenTheAnswersAreConsistent() {
        String md = new MarkdownReportRenderer(false, Language.RU).render(illustrative);

        assertThat(md).contains("### Что проверить", "Доверие к выводу об ограничивающем измерении: высокое.",
                "Ни один ответ не противоречит");
    }

    @Test
    void jsonCarriesEachFindingWithItsTypedAnswersAndTheConfidenceUnderTheBindingConstraint() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonReportRenderer(Language.EN).render(contradicting));

        JsonNode findings = json.get("consistency");
        assertThat(findings).extracting(f -> f.get("id").asText())
                .containsExactly("closure-without-reviews", "percent-written-as-fraction");
        JsonNode contradiction = findings.get(0);
        assertThat(contradiction.get("kind").asText()).isEqualTo("contradiction");
        assertThat(contradiction.get("answers").get("R.exception_review_cadence").isNumber()).isTrue();
        assertThat(contradiction.get("answers").get("R.root_cause_closure_rate").asDouble()).isEqualTo(95);
        assertThat(contradiction.get("statement").asText()).isEqualTo(contradiction.get("reason").get("statement").asText());
        assertThat(contradiction.get("reason").get("rule").asText()).isEqualTo("consistency.contradiction");
        assertThat(contradiction.get("reason").get("kb").get(0).asText()).startsWith("knowledge-base/consistency.yaml:");
        assertThat(contradiction.get("lowersConfidence").asBoolean()).isFalse();
        assertThat(findings.get(1).get("kind").asText()).isEqualTo("plausibility");
        assertThat(findings.get(1).get("lowersConfidence").asBoolean()).isTrue();
        assertThat(json.get("bindingConstraint").get("confidence").asText()).isEqualTo("medium");
        assertThat(json.get("bindingConstraint").get("confidenceBecause").get(0).get("facts").get("lowered by").asText())
                .isEqualTo("percent-written-as-fraction");
    }

    @Test
    void markdownHasEverySectionAConsultantNeeds() {
        String md = new MarkdownReportRenderer(ReportOptions.client(Language.EN)).render(illustrative);

        assertThat(md).contains("# Marketing–logistics integration diagnosis: Illustrative Industrial Firm",
                "## Executive summary", "## Integration profile", "## KPIs against target", "### Points to verify",
                "## The first wave of actions", "## Roadmap", "## About this diagnosis",
                "- **Technological integration is the binding constraint",
                "### 1. Deploy a WMS/TMS transport visibility dashboard", "**Why for this firm:**")
                .doesNotContain("## Evidence appendix");
    }

    @Test
    void markdownClientReportSpeaksPlainlyAndTheFullOneAddsTheEvidence() {
        String client = new MarkdownReportRenderer(ReportOptions.client(Language.EN)).render(illustrative);
        String full = new MarkdownReportRenderer(ReportOptions.full(Language.EN)).render(illustrative);

        assertThat(client).doesNotContain("binding.decide", ".yaml:", "interventions.recommend", "`");
        assertThat(full).startsWith(client).contains("## Evidence appendix", "_[binding.decide",
                "knowledge-base/interventions.yaml:", "### How each conclusion was reached");
    }

    @Test
    void markdownEvidenceAppendixAloneCarriesTheRulesButNotTheClientDocument() {
        String appendix = new MarkdownReportRenderer(new ReportOptions(Language.EN, ReportScope.APPENDIX, false, Brand.NONE))
                .render(illustrative);

        assertThat(appendix).startsWith("# Evidence appendix: Illustrative Industrial Firm").contains("_[binding.decide")
                .doesNotContain("## Executive summary", "## About this diagnosis");
    }

    @Test
    void jsonWordsStatementsAndKnowledgeBaseTextsInTheLanguageAskedButKeepsIdsAndFacts() throws Exception {
        JsonNode en = new ObjectMapper().readTree(new JsonReportRenderer(Language.EN).render(illustrative));
        JsonNode ru = new ObjectMapper().readTree(new JsonReportRenderer(Language.RU).render(illustrative));

        JsonNode reasonEn = en.path("bindingConstraint").path("reasons").get(0);
        JsonNode reasonRu = ru.path("bindingConstraint").path("reasons").get(0);
        assertThat(ru.path("language").asText()).isEqualTo("ru");
        assertThat(reasonEn.path("statement").asText()).startsWith("T is the binding constraint");
        assertThat(reasonRu.path("statement").asText()).containsPattern("\\p{IsCyrillic}");
        assertThat(reasonRu.path("rule")).isEqualTo(reasonEn.path("rule"));
        assertThat(reasonRu.path("facts")).isEqualTo(reasonEn.path("facts"));
        assertThat(ru.path("recommendations").get(0).path("id")).isEqualTo(en.path("recommendations").get(0).path("id"));
    }

    @Test
    void markdownEscapesTextFromTheAssessment() {
        String md = new MarkdownReportRenderer(false, Language.EN).render(hostile);

        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>", "\\*stars\\*", "\\| pipes", "\\[link\\](http://x)")
                .doesNotContain("<script>");
    }

    @Test
    void markdownLeavesHarmlessCharactersReadable() {
        assertThat(MarkdownReportRenderer.escape("S&OP for T.crm_erp_consistency")).isEqualTo("S&OP for T.crm_erp_consistency");
        assertThat(MarkdownReportRenderer.escape("&amp; _lead_")).isEqualTo("&amp;amp; \\_lead\\_");
    }

    @Test
    void jsonIsValidAndCarriesTheMachineFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonReportRenderer(Language.EN).render(illustrative));

        assertThat(json.get("schemaVersion").asText()).isEqualTo(JsonReportRenderer.SCHEMA_VERSION);
        assertThat(json.get("organization").asText()).isEqualTo("Illustrative Industrial Firm");
        assertThat(json.get("mli").isNumber()).isTrue();
        for (String d : new String[] {"S", "T", "R"}) {
            JsonNode dimension = json.get("dimensions").get(d);
            assertThat(dimension.get("score").isNumber()).isTrue();
            assertThat(dimension.has("weight") && dimension.has("answered") && dimension.has("sufficient")).isTrue();
        }
        JsonNode binding = json.get("bindingConstraint");
        assertThat(binding.get("dimension").asText()).isEqualTo("T");
        assertThat(binding.get("runnerUp").asText()).isEqualTo("S");
        assertThat(binding.get("margin").asDouble()).isPositive();
        assertThat(binding.get("reasons").get(0).get("rule").asText()).isEqualTo("binding.decide");
        assertThat(json.get("kpiGaps").size()).isEqualTo(illustrative.kpiGaps().size());
        JsonNode first = json.get("recommendations").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("id").asText()).isEqualTo(illustrative.recommendations().get(0).id());
        assertThat(first.get("roadmapStep").asInt()).isBetween(1, 6);
        assertThat(first.get("because").get(0).get("kb").get(0).asText()).startsWith("knowledge-base/interventions.yaml:");
        assertThat(json.get("roadmap").size()).isEqualTo(6);
    }

    @Test
    void jsonKeepsHostileTextAsAPlainString() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonReportRenderer(Language.EN).render(hostile));

        assertThat(json.get("organization").asText()).isEqualTo(HOSTILE);
    }

    @org.junit.jupiter.api.Test
    void aSurveyedFirmsReportsCarryTheSurveyAndAFirmWithoutRespondentsCarriesNone() throws Exception {
        org.mliadvisor.knowledge.KnowledgeBase kb = new org.mliadvisor.knowledge.KnowledgeBaseLoader().loadBuiltIn();
        Diagnosis surveyed;
        try (org.mliadvisor.diagnosis.Diagnostician dx = new org.mliadvisor.diagnosis.Diagnostician(kb)) {
            surveyed = dx.diagnose(new org.mliadvisor.assessment.AssessmentLoader(kb)
                    .load(java.nio.file.Path.of("examples/survey-firm.yaml")));
        }

        JsonNode survey = new ObjectMapper().readTree(new JsonReportRenderer(Language.EN).render(surveyed)).get("survey");
        assertThat(survey.get("respondents").asInt()).isEqualTo(10);
        assertThat(survey.get("functions").get("marketing").asInt()).isEqualTo(3);
        JsonNode s = survey.get("dimensions").get("S");
        assertThat(s.get("alpha").asDouble()).isBetween(0.0, 1.0);
        assertThat(s.get("alphaCi")).hasSize(2);
        assertThat(s.get("items")).hasSize(5);
        assertThat(s.get("marketingLogisticsGap").get("difference").asDouble()).isGreaterThan(1);
        assertThat(new ObjectMapper().readTree(new JsonReportRenderer(Language.EN).render(illustrative)).get("survey").isNull())
                .isTrue();

        String md = new MarkdownReportRenderer(ReportOptions.client(Language.EN)).render(surveyed);
        assertThat(md).contains("## What the survey says", "Respondents: 10 (Marketing 3", "reliable");
        assertThat(new MarkdownReportRenderer(ReportOptions.client(Language.EN)).render(illustrative))
                .doesNotContain("## What the survey says");
        String html = new HtmlReportRenderer(Language.RU).render(surveyed);
        assertThat(html).contains("<section id=\"survey\">", "id=\"perception-chart\"", "Что показал опрос");
        assertThat(html.split("class=\"function-dot\"", -1).length - 1).as("one dot per function and dimension")
                .isEqualTo(surveyed.survey().dimensions().values().stream().mapToInt(dim -> dim.gaps().byFunction().size()).sum());
    }
}
