package org.mliadvisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.casebook.CaseLoader;
import org.mliadvisor.casebook.GoldenCase;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.RuleCoverageTest;
import org.mliadvisor.diagnosis.SurveyFinding;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mliadvisor.report.HtmlReportRendererTest.byId;
import static org.mliadvisor.report.HtmlReportRendererTest.parse;

/**
 * Every report format shows what the survey concluded: what each dimension's score rests on (indicators,
 * survey or both) and the survey's findings, in plain words for the client and with their rules, facts
 * and knowledge-base entries in JSON and the evidence appendix.
 */
class SurveyReportTest {

    private static Diagnostician diagnostician;
    /** examples/survey-firm.yaml: every dimension blended; marketing and logistics 2.33 points apart on S. */
    private static Diagnosis surveyed;
    /** examples/illustrative-firm.yaml: no respondents. */
    private static Diagnosis unsurveyed;
    /** Golden case: marketing and logistics see R 2.8 points apart, and the respondents do not agree on it. */
    private static Diagnosis splitViews;
    /** Golden case: T's items do not hold together (α 0.48), so T's perceived score is left out. */
    private static Diagnosis unreliable;
    /** Golden case: no indicators, so each dimension's score is its perceived score alone. */
    private static Diagnosis surveyOnly;

    @BeforeAll
    static void diagnose() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        diagnostician = new Diagnostician(kb);
        AssessmentLoader loader = new AssessmentLoader(kb);
        surveyed = diagnostician.diagnose(loader.load(Path.of("examples/survey-firm.yaml")));
        unsurveyed = diagnostician.diagnose(loader.load(Path.of("examples/illustrative-firm.yaml")));
        List<GoldenCase> cases = new CaseLoader(kb).load(List.of(Path.of("knowledge-base/tests/survey.yaml")));
        splitViews = diagnostician.diagnose(golden(cases, "marketing-and-logistics-see-the-relationship-differently"));
        unreliable = diagnostician.diagnose(golden(cases, "a-survey-whose-items-disagree-does-not-move-the-diagnosis"));
        surveyOnly = diagnostician.diagnose(golden(cases, "a-survey-alone-gives-the-index-and-the-binding-constraint"));
    }

    @AfterAll
    static void close() {
        diagnostician.close();
    }

    private static org.mliadvisor.assessment.Assessment golden(List<GoldenCase> cases, String name) {
        return cases.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().assessment();
    }

    private static JsonNode json(Diagnosis d) throws Exception {
        return new ObjectMapper().readTree(new JsonReportRenderer(Language.EN).render(d));
    }

    private static String markdown(Diagnosis d, ReportOptions options) {
        return new MarkdownReportRenderer(options).render(d);
    }

    private static String section(String document, String from, String to) {
        int start = document.indexOf(from);
        assertThat(start).as("the document has " + from).isNotNegative();
        return document.substring(start, document.indexOf(to, start));
    }

    // --- JSON ---------------------------------------------------------------------------------------------

    @Test
    void jsonSchemaVersionIsOnePointFiveNowThatTheReportSaysHowMuchTheWeightsMatter() throws Exception {
        assertThat(JsonReportRenderer.SCHEMA_VERSION).isEqualTo("1.6");
        assertThat(json(surveyed).get("schemaVersion").asText()).isEqualTo("1.6");
    }

    @Test
    void jsonGivesABlendedDimensionItsIndicatorsMeanAndItsPerceivedScoreWithShareAndRespondents() throws Exception {
        JsonNode s = json(surveyed).get("dimensions").get("S");

        assertThat(s.get("basis").asText()).isEqualTo("blended");
        assertThat(s.get("observed").asDouble()).isEqualTo(0.5667);
        JsonNode perceived = s.get("perceived");
        assertThat(perceived.get("score").asDouble()).isEqualTo(0.5111);
        assertThat(perceived.get("share").asDouble()).isEqualTo(0.5);
        assertThat(perceived.get("respondents").isInt()).isTrue();
        assertThat(perceived.get("respondents").asInt()).isEqualTo(9);
        assertThat(perceived.get("reliable").asBoolean()).isTrue();
        assertThat(fieldNames(perceived)).containsExactly("score", "share", "respondents", "reliable");
        assertThat(s.get("score").asDouble()).as("the blend of the two by the share")
                .isCloseTo(0.5 * 0.5667 + 0.5 * 0.5111, org.assertj.core.api.Assertions.within(0.0002));
    }

    @Test
    void jsonOfAFirmWithoutASurveyRestsEveryDimensionOnItsIndicatorsAndHasNoPerceivedScore() throws Exception {
        JsonNode json = json(unsurveyed);

        for (String dim : List.of("S", "T", "R")) {
            JsonNode dimension = json.get("dimensions").get(dim);
            assertThat(dimension.get("basis").asText()).as(dim).isEqualTo("indicators");
            assertThat(dimension.get("observed").asDouble()).as(dim).isEqualTo(dimension.get("score").asDouble());
            assertThat(dimension.get("perceived").isNull()).as(dim).isTrue();
        }
        assertThat(json.get("survey").isNull()).isTrue();
    }

    @Test
    void jsonOfASurveyOnlyFirmHasNoIndicatorsMeanAndScoresEachDimensionOnItsSurvey() throws Exception {
        JsonNode s = json(surveyOnly).get("dimensions").get("S");

        assertThat(s.get("basis").asText()).isEqualTo("survey");
        assertThat(s.get("observed").isNull()).isTrue();
        assertThat(s.get("perceived").get("score").asDouble()).isEqualTo(s.get("score").asDouble());
        assertThat(s.get("perceived").get("reliable").asBoolean()).isTrue();
    }

    @Test
    void jsonOfADimensionWithUnreliableItemsKeepsItOnItsIndicatorsAndSaysWhyUnderTheSurvey() throws Exception {
        JsonNode json = json(unreliable);
        JsonNode t = json.get("dimensions").get("T");

        assertThat(t.get("basis").asText()).isEqualTo("indicators");
        assertThat(t.get("perceived").isNull()).as("a perceived score that does not count is not part of the score").isTrue();
        assertThat(json.get("dimensions").get("S").get("basis").asText()).isEqualTo("blended");
        JsonNode finding = json.get("survey").get("findings").get(0);
        assertThat(json.get("survey").get("findings")).hasSize(1);
        assertThat(finding.get("id").asText()).isEqualTo("survey-unreliable");
        assertThat(finding.get("dimension").asText()).isEqualTo("T");
        assertThat(finding.get("rule").asText()).isEqualTo("survey.unreliable-finding");
        assertThat(finding.get("facts").get("alpha").asText()).startsWith("0.4");
        assertThat(finding.get("facts").get("unreliable_share").asText()).isEqualTo("0");
    }

    @Test
    void jsonListsEachSurveyFindingWithItsStatementRuleFactsAndKnowledgeBaseEntries() throws Exception {
        JsonNode findings = json(surveyed).get("survey").get("findings");

        assertThat(findings).hasSize(1);
        JsonNode gap = findings.get(0);
        assertThat(fieldNames(gap)).containsExactly("id", "dimension", "statement", "rule", "facts", "kb");
        assertThat(gap.get("id").asText()).isEqualTo("perception-gap");
        assertThat(gap.get("dimension").asText()).isEqualTo("S");
        assertThat(gap.get("statement").asText()).isEqualTo(surveyed.surveyFindings().get(0).reason().statement(Language.EN))
                .startsWith("S: marketing scores it 4.2 and logistics 1.87");
        assertThat(gap.get("rule").asText()).isEqualTo("survey.perception-gap");
        assertThat(gap.get("facts").get("marketing − logistics").asText()).isEqualTo("2.333");
        assertThat(gap.get("facts").get("perception_gap_points").asText()).isEqualTo("1");
        assertThat(gap.get("kb")).singleElement().extracting(JsonNode::asText).asString()
                .matches("knowledge-base/method\\.yaml:\\d+");
    }

    @Test
    void jsonListsEveryFindingOfADimensionInTheDiagnosisOrderAndWordsThemInTheLanguageAsked() throws Exception {
        JsonNode en = json(splitViews).get("survey").get("findings");
        JsonNode ru = new ObjectMapper().readTree(new JsonReportRenderer(Language.RU).render(splitViews)).get("survey").get("findings");

        assertThat(en).extracting(f -> f.get("id").asText())
                .containsExactlyElementsOf(splitViews.surveyFindings().stream().map(SurveyFinding::id).toList())
                .containsExactlyInAnyOrder("perception-gap", "survey-disagreement");
        assertThat(en).extracting(f -> f.get("dimension").asText()).containsOnly("R");
        assertThat(ru.get(0).get("statement").asText()).containsPattern("\\p{IsCyrillic}");
        assertThat(ru.get(0).get("rule")).isEqualTo(en.get(0).get("rule"));
        assertThat(ru.get(0).get("facts")).isEqualTo(en.get(0).get("facts"));
    }

    @Test
    void jsonOfASurveyWithNothingToReportHasAnEmptyFindingsList() throws Exception {
        assertThat(json(surveyOnly).get("survey").get("findings").isArray()).isTrue();
        assertThat(json(surveyOnly).get("survey").get("findings")).isEmpty();
    }

    // --- Markdown -----------------------------------------------------------------------------------------

    @Test
    void markdownListsTheSurveysFindingsUnderItsTableInPlainWords() {
        String survey = section(markdown(splitViews, ReportOptions.client(Language.EN)), "## What the survey says", "## KPIs");

        assertThat(survey).contains("**What the answers show:**",
                "- **Relational integration — marketing and logistics see it differently.** Marketing scores it 4.53 and "
                        + "logistics 1.73 on the 1–5 scale",
                "- **Relational integration — respondents who do not agree.** The respondents do not agree (rwg(j) 0.27");
        assertThat(survey.indexOf("| Relational integration |")).isLessThan(survey.indexOf("**What the answers show:**"));
        assertThat(survey.indexOf("**What the answers show:**")).isLessThan(survey.indexOf("A dimension's answers are read"));
    }

    @Test
    void markdownSaysNothingOfFindingsWhenTheSurveyRaisesNone() {
        assertThat(markdown(surveyOnly, ReportOptions.client(Language.EN))).contains("## What the survey says")
                .doesNotContain("What the answers show");
    }

    @Test
    void markdownProfileSaysWhichScoresRestOnTheSurvey() {
        String blended = section(markdown(surveyed, ReportOptions.client(Language.EN)), "## Integration profile", "### Indicators");
        String surveyAlone = section(markdown(surveyOnly, ReportOptions.client(Language.EN)), "## Integration profile", "### Indicators");
        String indicatorsAlone = section(markdown(unsurveyed, ReportOptions.client(Language.EN)), "## Integration profile",
                "### Indicators");

        assertThat(blended).contains("| **Structural integration** | 53.9 _(indicators and survey)_ | 75 |");
        assertThat(surveyAlone).contains("| 30.5 _(survey only)_ |").doesNotContain("indicators and survey");
        assertThat(indicatorsAlone).doesNotContain("survey");
        assertThat(section(markdown(unreliable, ReportOptions.client(Language.EN)), "## Integration profile", "### Indicators"))
                .as("T's unreliable survey is left out of its score")
                .containsPattern("\\| Technological integration \\| [0-9.]+ \\| 75 \\|");
    }

    @Test
    void markdownTranslatesTheSurveysFindingsAndTheScoresBasis() {
        String ru = markdown(splitViews, ReportOptions.client(Language.RU));
        String uz = markdown(surveyOnly, ReportOptions.client(Language.UZ));

        assertThat(ru).contains("**Что показывают ответы:**", "- **Отношенческая интеграция — маркетинг и логистика видят её "
                + "по-разному.** Маркетинг оценивает", "_(индикаторы и опрос)_");
        assertThat(uz).contains("_(faqat soʻrov)_");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void markdownClientDocumentNamesNoSurveyRule(Language language) throws Exception {
        for (Diagnosis d : List.of(surveyed, splitViews, unreliable, surveyOnly)) {
            String md = markdown(d, ReportOptions.client(language));

            assertThat(md).as(d.organization()).doesNotContain("`", ".yaml:", "survey-unreliable", "survey-disagreement",
                    "perception-gap", "perception_gap_points");
            for (String rule : RuleCoverageTest.ruleIds()) {
                assertThat(md).as(d.organization() + " names rule " + rule).doesNotContain(rule);
            }
        }
    }

    @Test
    void markdownAppendixCitesEachSurveyFindingsRuleFactsAndKnowledgeBaseLine() {
        String reasoning = section(markdown(splitViews, new ReportOptions(Language.EN, ReportScope.FULL, true, Brand.NONE)),
                "### How each conclusion was reached", "### Method");

        assertThat(reasoning).containsPattern("- R: marketing scores it 4\\.53 .*_\\[survey\\.perception-gap; "
                        + "knowledge-base/method\\.yaml:\\d+]_\n  - read: `marketing` = 4\\.533; `logistics` = 1\\.733")
                .containsPattern("_\\[survey\\.disagreement; knowledge-base/method\\.yaml:\\d+]_\n  - read: `rwg\\(j\\)` = 0\\.267");
        assertThat(section(markdown(surveyed, new ReportOptions(Language.EN, ReportScope.APPENDIX, false, Brand.NONE)),
                "### How each conclusion was reached", "### Method")).contains("_[survey.perception-gap; knowledge-base/method.yaml:");
    }

    // --- HTML ---------------------------------------------------------------------------------------------

    @Test
    void htmlSurveySectionListsTheFindingsInPlainWords() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(splitViews));

        Element list = byId(doc, "survey-findings");
        assertThat(list).isNotNull();
        assertThat(list.getElementsByTagName("li").getLength()).isEqualTo(splitViews.surveyFindings().size());
        assertThat(byId(doc, "survey").getTextContent()).contains("What the answers show:",
                "Relational integration — marketing and logistics see it differently. Marketing scores it 4.53",
                "Relational integration — respondents who do not agree. The respondents do not agree");
        assertThat(byId(parse(new HtmlReportRenderer(Language.EN).render(surveyOnly)), "survey-findings")).isNull();
    }

    @Test
    void htmlProfileMarksTheScoresThatRestOnTheSurvey() throws Exception {
        assertThat(smallBasis(parse(new HtmlReportRenderer(Language.EN).render(surveyed))))
                .containsExactly("indicators and survey", "indicators and survey", "indicators and survey");
        assertThat(smallBasis(parse(new HtmlReportRenderer(Language.RU).render(surveyOnly))))
                .containsExactly("только опрос", "только опрос", "только опрос");
        assertThat(smallBasis(parse(new HtmlReportRenderer(Language.EN).render(unreliable))))
                .as("S and R blend; T's unreliable survey is left out").hasSize(2);
        assertThat(smallBasis(parse(new HtmlReportRenderer(Language.EN).render(unsurveyed)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlClientDocumentNamesNoSurveyRule(Language language) throws Exception {
        for (Diagnosis d : List.of(surveyed, splitViews, unreliable, surveyOnly)) {
            String text = parse(new HtmlReportRenderer(language).render(d)).getDocumentElement().getTextContent();

            assertThat(text).as(d.organization()).doesNotContain("`", ".yaml:", "perception_gap_points");
            for (String rule : RuleCoverageTest.ruleIds()) {
                assertThat(text).as(d.organization() + " names rule " + rule).doesNotContain(rule);
            }
        }
    }

    @Test
    void htmlAppendixListsEachSurveyFindingWithItsRuleAndKnowledgeBaseLineAndItsFactsInTheReasoningTable() throws Exception {
        Document doc = parse(new HtmlReportRenderer(ReportOptions.full(Language.EN)).render(splitViews));
        String evidence = byId(doc, "evidence").getTextContent();

        assertThat(evidence).contains("Survey findings").containsPattern(
                "R: marketing scores it 4\\.53 .* \\[survey\\.perception-gap; knowledge-base/method\\.yaml:\\d+]");
        List<String> rules = new ArrayList<>();
        NodeList codes = doc.getElementsByTagName("code");
        for (int i = 0; i < codes.getLength(); i++) {
            Element code = (Element) codes.item(i);
            if (code.getAttribute("class").equals("rule")) {
                rules.add(code.getTextContent());
            }
        }
        assertThat(rules).contains("survey.perception-gap", "survey.disagreement");
        assertThat(evidence).contains("perception_gap_points = 1", "agreement_rwg = 0.7");
        assertThat(parse(new HtmlReportRenderer(ReportOptions.full(Language.EN)).render(unsurveyed))
                .getDocumentElement().getTextContent()).doesNotContain("Survey findings");
    }

    private static List<String> smallBasis(Document doc) {
        List<String> found = new ArrayList<>();
        NodeList small = byId(doc, "profile").getElementsByTagName("small");
        for (int i = 0; i < small.getLength(); i++) {
            Element e = (Element) small.item(i);
            if (e.getAttribute("class").equals("basis")) {
                found.add(e.getTextContent());
            }
        }
        return found;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
