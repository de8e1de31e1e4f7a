package org.mliadvisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.Progress;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress report in each format and language, on the illustrative firm and its twelve-week re-assessment. */
class ProgressReportTest {

    private static KnowledgeBase kb;
    private static Diagnostician diagnostician;
    private static Progress illustrative;
    private static String november;
    private static String week12;

    @BeforeAll
    static void compare() throws Exception {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
        diagnostician = new Diagnostician(kb);
        november = Files.readString(Path.of("examples", "illustrative-firm.yaml"));
        week12 = Files.readString(Path.of("examples", "illustrative-firm-week-12.yaml"));
        illustrative = progress(november, week12);
    }

    @AfterAll
    static void close() {
        diagnostician.close();
    }

    private static Progress progress(String... yaml) throws Exception {
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < yaml.length; i++) {
            assessments.add(new AssessmentLoader(kb).load(yaml[i].getBytes(StandardCharsets.UTF_8), "firm-" + i + ".yaml"));
        }
        return Progress.of(assessments, diagnostician::diagnose, kb);
    }

    private static String render(Progress p, ReportFormat format, Language language) {
        return new String(ProgressReport.document(p, format, ReportOptions.client(language)), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ Markdown

    @Test
    void markdownSaysWhatChangedWhatTheActionsDeliveredAndWhatComesNext() {
        String md = render(illustrative, ReportFormat.MARKDOWN, Language.EN);

        assertThat(md).startsWith("# Progress over time: Illustrative Industrial Firm\n")
                .contains("Between 1 November 2026 and 24 January 2027 the integration index rose by 12.4 points, from 63.5 to 75.9.")
                .contains("The binding constraint moved from Technological integration to Relational integration.")
                .contains("On-time in-full (OTIF): 82 → 90, better by 8 points against 6–10.5 points expected of the 3 actions"
                        + " put in place since 1 November 2026: delivered.")
                .contains("3 of the 4 first-wave actions recommended on 1 November 2026 are in place.")
                .contains("| Change | +12.4 | +8.1 | +29 | 0 | Technological integration → Relational integration |")
                .contains("| On-time in-full (OTIF) | 82 | 90 | better by 8 points | better by 6–10.5 points, with 2 other actions"
                        + " | delivered |")
                .contains("| Service complaints | 22 | 15 | better by 7 a month | no figure stated | improved |")
                .contains("| Close each S&OP cycle with a financial reconciliation | 1 Nov 2026, action 4 of the first wave | not yet |")
                .contains("1. Close each S&OP cycle with a financial reconciliation — Structural integration, effort medium")
                .contains("The latest diagnosis recommends no action on Relational integration at all")
                .contains("The assessments record nothing differently that bears on the comparison");
    }

    @Test
    void twoIdenticalAssessmentsReadAsNoChangeWithNothingImplementedAndTheSameWaveStillToCome() throws Exception {
        Progress same = progress(november, november.replace("assessed_on: 2026-11-01", "assessed_on: 2027-01-24"));

        String md = render(same, ReportFormat.MARKDOWN, Language.EN);

        assertThat(md).contains("Between 1 November 2026 and 24 January 2027 the integration index stayed at 63.5.",
                        "The binding constraint is still Technological integration.",
                        "| Change | 0 | 0 | 0 | 0 | Technological integration → Technological integration |",
                        "The latest assessment records no action as implemented.",
                        "| Deploy a WMS/TMS transport visibility dashboard | 1 Nov 2026, action 1 of the first wave | not yet |")
                .contains("Each KPI against its target on each date. In the charts the dashed line is the target.\n")
                .doesNotContain("rose by", "fell by", ": delivered.", "None of these acts on", "the band is");
    }

    @Test
    void eachStandingOfAnImplementedActionIsSaidInWords() throws Exception {
        String levers = "  - { id: joint-promotion-review, since: 2026-11-09 }";
        Progress p = progress(november, week12.replace("assessed_on: 2027-01-24", "assessed_on: 2026-12-07")
                .replace("transport-visibility-dashboard, since: 2026-11-02", "transport-visibility-dashboard, since: 2026-11-01")
                .replace(levers, levers + "\n  - { id: financial-reconciliation, since: 2026-11-16 }"));

        String md = render(p, ReportFormat.MARKDOWN, Language.EN);

        assertThat(md).contains("No baseline: no assessment before 1 November 2026, when it was put in place, gives its KPIs'"
                        + " starting values")
                .contains("Too early to judge: 4 weeks in place, and it takes 8 to show an effect.")
                .contains("| On-time in-full (OTIF) | 82 | 90 | better by 8 points | better by 2–3.5 points | too early to judge |")
                .contains("The knowledge base states no expected effect for this action, so its benefit is not judged")
                .contains("No action recorded as implemented can be judged yet.");
    }

    @Test
    void aPartDeliveryAndANotYetAreSaidWithTheirFigures() throws Exception {
        Progress partly = progress(november, week12.replace("otif: { actual: 90, target: 90 }", "otif: { actual: 85, target: 90 }"));
        Progress notYet = progress(november, week12.replace("otif: { actual: 90, target: 90 }", "otif: { actual: 81.5, target: 90 }"));

        assertThat(render(partly, ReportFormat.MARKDOWN, Language.EN)).contains("82 → 85, better by 3 points against 6–10.5"
                + " points expected of the 3 actions put in place since 1 November 2026: partly delivered.");
        assertThat(render(notYet, ReportFormat.MARKDOWN, Language.EN)).contains("82 → 81.5, worse by 0.5 points against 6–10.5"
                + " points expected of the 3 actions put in place since 1 November 2026: not yet.");
    }

    @Test
    void whatTheAssessmentsRecordDifferentlyIsListedDateByDate() throws Exception {
        Progress p = progress(november, week12.replace("otif: { actual: 90, target: 90 }", "otif: { actual: 90, target: 92 }")
                .replace("context: { demand_volatility: medium, product_variety: medium }",
                        "context: { demand_volatility: medium, product_variety: medium }\nweights: { S: 0.4, T: 0.3, R: 0.3 }"));

        String md = render(p, ReportFormat.MARKDOWN, Language.EN);

        assertThat(md).contains("These differences bear on how the change between the assessments reads:")
                .contains("- The dimensions are weighed differently: 1 Nov 2026: S 33.3%, T 33.3%, R 33.3%; 24 Jan 2027: S 40%,"
                        + " T 30%, R 30%.")
                .contains("- The target of otif changed: 1 Nov 2026: 90; 24 Jan 2027: 92.")
                .doesNotContain("record nothing differently");
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void jsonCarriesEveryFigureForMachinesWithItsSchemaVersion() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(illustrative, ReportFormat.JSON, Language.EN));

        assertThat(json.get("schemaVersion").asText()).isEqualTo(ProgressJson.SCHEMA_VERSION);
        assertThat(json.get("kind").asText()).isEqualTo("progress");
        assertThat(json.get("assessments")).extracting(a -> a.get("assessedOn").asText())
                .containsExactly("2026-11-01", "2027-01-24");
        assertThat(json.get("assessments").get(1).get("binding").get(0).asText()).isEqualTo("R");
        assertThat(json.at("/change/mli").decimalValue()).isEqualByComparingTo("0.1238");
        assertThat(json.at("/change/dimensions/R").decimalValue()).isEqualByComparingTo("0");
        JsonNode dashboard = json.get("implemented").get(0);
        assertThat(dashboard.get("id").asText()).isEqualTo("transport-visibility-dashboard");
        assertThat(dashboard.get("standing").asText()).isEqualTo("judged");
        assertThat(dashboard.get("baseline").asText()).isEqualTo("2026-11-01");
        assertThat(dashboard.at("/kpis/0/verdict").asText()).isEqualTo("delivered");
        assertThat(dashboard.at("/kpis/0/expected/low").decimalValue()).isEqualByComparingTo("6");
        assertThat(dashboard.at("/kpis/1/expected").isNull()).isTrue();
        assertThat(dashboard.at("/indicators/0/reached").asBoolean()).isTrue();
        assertThat(json.get("followThrough").get(3).get("implementedSince").isNull()).isTrue();
        assertThat(json.at("/nextWave/0/id").asText()).isEqualTo("financial-reconciliation");
        assertThat(json.get("nextWaveActsOnBinding").asBoolean()).isFalse();
        assertThat(json.get("differences")).isEmpty();
    }

    // ------------------------------------------------------------------ HTML and PDF

    @Test
    void htmlIsOneWellFormedDocumentWithATrendChartPerKpiAndTheRadarOfEachDate() throws Exception {
        String html = render(illustrative, ReportFormat.HTML, Language.EN);
        Document doc = HtmlReportRendererTest.parse(html);

        assertThat(html).contains("default-src 'none'").doesNotContain("<script", "https://");
        List<Element> trends = svgs(doc, "kpi-trend");
        assertThat(trends).hasSize(illustrative.kpiPaths().size());
        assertThat(trends).allSatisfy(svg -> {
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-labelledby")).matches("trend-\\d+-title trend-\\d+-desc");
            assertThat(svg.getElementsByTagName("title").getLength()).isEqualTo(1);
            assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).contains("Target:");
        });
        Element otif = trends.stream().filter(s -> s.getAttribute("data-kpi").equals("otif")).findFirst().orElseThrow();
        assertThat(elements(otif, "rect", "expected-band")).singleElement().satisfies(band -> {
            assertThat(band.getAttribute("data-low")).isEqualTo("88");
            assertThat(band.getAttribute("data-high")).isEqualTo("92.5");
        });
        assertThat(otif.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("On-time in-full (OTIF): 82 on 1 Nov 2026, 90 on 24 Jan 2027. Target: 90. Expected by 24 Jan 2027: 88 to 92.5.");
        Element forecast = trends.stream().filter(s -> s.getAttribute("data-kpi").equals("forecast_accuracy")).findFirst().orElseThrow();
        assertThat(elements(forecast, "rect", "expected-band")).as("no action put in place claims forecast accuracy").isEmpty();
        Element radar = HtmlReportRendererTest.byId(doc, "radar-over-time");
        assertThat(elements(radar, "polygon", "actual")).extracting(p -> p.getAttribute("data-date"))
                .containsExactly("2026-11-01", "2027-01-24");
        assertThat(radar.getElementsByTagName("desc").item(0).getTextContent())
                .contains("1 Nov 2026: S 70.9, T 47.5, R 72.2; 24 Jan 2027: S 79.1, T 76.5, R 72.2");
        assertThat(html).contains("@media print", "@media (max-width:600px)", "table class=\"responsive");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theClientDocumentNamesNoRuleAndNoKnowledgeBaseLine(Language language) throws Exception {
        String text = HtmlReportRendererTest.parse(render(illustrative, ReportFormat.HTML, language)).getDocumentElement()
                .getTextContent() + render(illustrative, ReportFormat.MARKDOWN, language);

        assertThat(text).doesNotContain(".yaml:", ".drl", "`");
        for (String rule : org.mliadvisor.diagnosis.RuleCoverageTest.ruleIds()) {
            assertThat(text).as("names rule " + rule).doesNotContain(rule);
        }
    }

    @Test
    void theRussianAndUzbekReportsAreWordedInTheirLanguage() {
        assertThat(render(illustrative, ReportFormat.MARKDOWN, Language.RU))
                .startsWith("# Прогресс во времени: Illustrative Industrial Firm")
                .contains("С 1 ноября 2026 г. по 24 января 2027 г. индекс интеграции вырос на 12,4 п.: с 63,5 до 75,9.")
                .contains("Ограничивающее измерение сменилось: было — Технологическая интеграция, стало — Отношенческая интеграция.")
                .contains("результат достигнут");
        assertThat(render(illustrative, ReportFormat.MARKDOWN, Language.UZ))
                .startsWith("# Vaqt boʻyicha oʻzgarishlar: Illustrative Industrial Firm")
                .contains("integratsiya indeksi 12,4 ballga oshdi: 63,5 → 75,9.")
                .contains("natijaga erishildi");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void everyEnglishProgressKeyIsTranslatedWithTheSamePlaceholders(Language language) {
        Bundles.assertTranslated(ProgressWording::patterns, language);
    }

    @Test
    void uzbekProgressWordingWritesTheTurnedCommaNeverAnAsciiApostrophe() {
        Bundles.assertTurnedComma(ProgressWording.patterns(Language.UZ));
    }

    @Test
    void pdfIsTheHtmlLaidOutOnA4WithTheSectionsAndTheClientInTheRunningHeader() throws Exception {
        byte[] pdf = ProgressReport.document(illustrative, ReportFormat.PDF, ReportOptions.client(Language.EN));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(doc.getNumberOfPages()).isBetween(3, 8);
            assertThat(text).contains("Progress over time", "What the actions delivered", "The next wave", "Page 2 of");
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).as("the outline of its sections").isNotNull();
        }
    }

    private static List<Element> svgs(Document doc, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("svg");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> elements(Element in, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = in.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }
}
