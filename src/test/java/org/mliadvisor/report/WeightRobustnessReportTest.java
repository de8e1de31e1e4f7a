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
import org.mliadvisor.casebook.CaseLoader;
import org.mliadvisor.casebook.GoldenCase;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.WeightRobustness;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.mliadvisor.report.HtmlReportRendererTest.byId;
import static org.mliadvisor.report.HtmlReportRendererTest.parse;

/** Every report format says how far the binding constraint holds as the weights move, in plain words for the client. */
class WeightRobustnessReportTest {

    /** A rule id as the evidence appendix quotes it (binding.largest-shortfall), which the client's words never show. */
    private static final Pattern RULE_ID = Pattern.compile("\\b(binding|scoring|consistency|survey|robustness)\\.[a-z-]+");

    private static Diagnostician diagnostician;
    /** examples/illustrative-firm.yaml: T binds, and S takes over once its weight passes 0.466. */
    private static Analysis illustrative;
    /** examples/structural-gap-firm.yaml: a gate names S, whatever the weights. */
    private static Analysis gated;
    /** Golden case: every dimension at its target, so nothing binds, whatever the weights. */
    private static Analysis perfect;

    @BeforeAll
    static void analyse() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        diagnostician = new Diagnostician(kb);
        AssessmentLoader loader = new AssessmentLoader(kb);
        illustrative = analysis(loader.load(Path.of("examples/illustrative-firm.yaml")), true);
        gated = analysis(loader.load(Path.of("examples/structural-gap-firm.yaml")), true);
        List<GoldenCase> cases = new CaseLoader(kb).load(List.of(Path.of("knowledge-base/tests/binding.yaml")));
        perfect = analysis(cases.stream().filter(c -> c.name().equals("perfect-firm-has-nothing-binding")).findFirst()
                .orElseThrow().assessment(), true);
    }

    @AfterAll
    static void close() {
        diagnostician.close();
    }

    private static Analysis analysis(Assessment assessment, boolean withRegions) {
        Diagnosis diagnosis = diagnostician.diagnose(assessment);
        return new Analysis(diagnosis, WeightRobustness.of(diagnostician, assessment, diagnosis, withRegions));
    }

    private static JsonNode json(Analysis analysis, Language language) throws Exception {
        return new ObjectMapper().readTree(new JsonReportRenderer(language).render(analysis));
    }

    private static String markdown(Analysis analysis, ReportOptions options) {
        return new MarkdownReportRenderer(options).render(analysis);
    }

    private static String html(Analysis analysis, ReportOptions options) {
        return new HtmlReportRenderer(options).render(analysis);
    }

    // --- JSON ---------------------------------------------------------------------------------------------

    @Test
    void jsonSaysWhereTheBindingConstraintFlipsAndToWhat() throws Exception {
        JsonNode robustness = json(illustrative, Language.EN).get("robustness");
        WeightRobustness r = illustrative.robustness();

        assertThat(robustness.get("binding").asText()).isEqualTo("T");
        assertThat(robustness.get("flipsTo").asText()).isEqualTo("S");
        assertThat(robustness.get("stableWithin").asDouble()).isCloseTo(r.stableWithin(), within(1e-6));
        assertThat(robustness.get("at").get("S").asDouble()).isCloseTo(r.at().s(), within(1e-6));
        assertThat(robustness.get("at").get("T").asDouble()).isCloseTo(r.at().t(), within(1e-6));
        assertThat(robustness.get("at").get("R").asDouble()).isCloseTo(r.at().r(), within(1e-6));
        assertThat(robustness.get("weights").get("S").asDouble()).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(robustness.get("statement").asText()).startsWith("Technological integration stays the binding constraint");
    }

    @Test
    void jsonRegionsCoverTheTriangleWithTheirLabelsAndCorners() throws Exception {
        JsonNode regions = json(illustrative, Language.EN).get("robustness").get("regions");

        assertThat(regions).hasSize(illustrative.robustness().regions().size()).isNotEmpty();
        double area = 0;
        for (JsonNode region : regions) {
            assertThat(region.get("binding").asText()).isIn("S", "T", "R");
            JsonNode polygon = region.get("polygon");
            assertThat(polygon.size()).isGreaterThanOrEqualTo(3);
            for (int i = 0; i < polygon.size(); i++) {
                JsonNode a = polygon.get(i);
                JsonNode b = polygon.get((i + 1) % polygon.size());
                assertThat(a.get("S").asDouble() + a.get("T").asDouble() + a.get("R").asDouble()).isCloseTo(1, within(1e-5));
                area += (a.get("S").asDouble() * b.get("T").asDouble() - b.get("S").asDouble() * a.get("T").asDouble()) / 2;
            }
        }
        assertThat(area).as("the regions tile the triangle (area ½ seen with S right and T up)").isCloseTo(0.5, within(1e-4));
    }

    @Test
    void jsonSaysHowItWasComputedWithTheKnowledgeBasesMargin() throws Exception {
        JsonNode method = json(illustrative, Language.EN).get("robustness").get("method");

        assertThat(method.get("nearTieMargin").asDouble()).isEqualTo(0.03);
        assertThat(method.get("decidedByGate").asBoolean()).isFalse();
        assertThat(method.get("compared").fieldNames()).toIterable().containsExactly("S", "T", "R");
        assertThat(method.get("lines")).hasSize(9);
        assertThat(method.get("lines").get(1).get("offset").asDouble()).isEqualTo(0.03);
        assertThat(method.get("cells").asInt()).isGreaterThanOrEqualTo(illustrative.robustness().regions().size());
        assertThat(method.get("kb").get(0).asText()).startsWith("knowledge-base/method.yaml:");
    }

    @Test
    void jsonOfAFirmNoWeightsCanMoveHasNoFlipAndSaysTheGateDecides() throws Exception {
        JsonNode robustness = json(gated, Language.EN).get("robustness");

        assertThat(robustness.get("binding").asText()).isEqualTo("S");
        assertThat(robustness.get("stableWithin").isNull()).isTrue();
        assertThat(robustness.get("flipsTo").isNull()).isTrue();
        assertThat(robustness.get("at").isNull()).isTrue();
        assertThat(robustness.get("regions")).singleElement().satisfies(r -> assertThat(r.get("binding").asText()).isEqualTo("S"));
        assertThat(robustness.get("method").get("decidedByGate").asBoolean()).isTrue();
        assertThat(robustness.get("method").get("lines")).isEmpty();
    }

    @Test
    void jsonOfAFirmWithNothingBindingSaysNoneWhateverTheWeights() throws Exception {
        JsonNode robustness = json(perfect, Language.EN).get("robustness");

        assertThat(robustness.get("binding").asText()).isEqualTo("none");
        assertThat(robustness.get("flipsTo").isNull()).isTrue();
        assertThat(robustness.get("statement").asText()).isEqualTo("No dimension is the binding constraint, whatever the weights.");
        assertThat(robustness.get("regions")).singleElement().satisfies(r -> assertThat(r.get("binding").asText()).isEqualTo("none"));
    }

    @Test
    void jsonOfADiagnosisAloneHasNoRobustness() throws Exception {
        JsonNode report = new ObjectMapper().readTree(new JsonReportRenderer(Language.EN).render(illustrative.diagnosis()));

        assertThat(report.get("schemaVersion").asText()).isEqualTo(JsonReportRenderer.SCHEMA_VERSION);
        assertThat(report.has("robustness")).isTrue();
        assertThat(report.get("robustness").isNull()).isTrue();
    }

    // --- HTML ---------------------------------------------------------------------------------------------

    @Test
    void htmlDrawsTheWeightTriangleWithTheFirmsWeightsAndTheFlipMarked() throws Exception {
        Document doc = parse(html(illustrative, ReportOptions.client(Language.EN)));
        Element chart = byId(doc, "ternary");
        Element firm = byId(doc, "firm-weights");
        Element flip = byId(doc, "flip-point");

        assertThat(chart).isNotNull();
        assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("ternary-title ternary-desc");
        assertThat(byId(doc, "ternary-title").getTextContent()).isEqualTo("The binding constraint for every choice of weights");
        assertThat(byId(doc, "ternary-desc").getTextContent()).startsWith(Wording.in(Language.EN)
                .robustnessSentence(illustrative.robustness(), illustrative.diagnosis()));
        assertThat(Double.parseDouble(firm.getAttribute("data-s"))).isCloseTo(1.0 / 3, within(1e-4));
        assertThat(Double.parseDouble(flip.getAttribute("data-s"))).isCloseTo(illustrative.robustness().at().s(), within(1e-4));
        assertThat(HtmlReportRendererTest.elementsWith(doc, "polygon", "data-binding"))
                .extracting(e -> e.getAttribute("data-binding")).contains("S", "T", "R");
        assertThat(byId(doc, "contents").getTextContent()).contains("How much the weights matter");
    }

    @Test
    void htmlOfAFirmWithoutAFlipMarksOnlyItsWeights() throws Exception {
        Document doc = parse(html(gated, ReportOptions.client(Language.EN)));

        assertThat(byId(doc, "firm-weights")).isNotNull();
        assertThat(byId(doc, "flip-point")).isNull();
        assertThat(byId(doc, "robustness-sentence").getTextContent())
                .isEqualTo("Structural integration stays the binding constraint whatever the weights. An expert rule of the "
                        + "method names it from the answers alone, so no choice of priorities changes it.");
    }

    @Test
    void htmlWithoutRegionsKeepsTheSentenceButDrawsNoTriangle() throws Exception {
        Analysis flipOnly = new Analysis(illustrative.diagnosis(), WeightRobustness.of(diagnostician,
                new AssessmentLoader(diagnostician.knowledgeBase()).load(Path.of("examples/illustrative-firm.yaml")),
                illustrative.diagnosis(), false));

        Document doc = parse(html(flipOnly, ReportOptions.client(Language.EN)));

        assertThat(byId(doc, "ternary")).isNull();
        assertThat(byId(doc, "robustness-sentence")).isNotNull();
    }

    @Test
    void htmlOfADiagnosisAloneHasNoWeightsSection() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative.diagnosis()));

        assertThat(byId(doc, "weights")).isNull();
        assertThat(byId(doc, "contents").getTextContent()).doesNotContain("How much the weights matter");
    }

    @Test
    void evidenceAppendixSaysWhichLinesAndWhichMarginTheComputationUsed() throws Exception {
        String appendix = byId(parse(html(illustrative, ReportOptions.full(Language.EN))), "evidence").getTextContent();

        assertThat(appendix).contains("How the effect of the weights was worked out", "the near-tie margin (knowledge-base/method.yaml:",
                "0.291·wS − 0.525·wT", "equals 0 or ±0.03", "into 15 pieces", "The nearest change (L1 distance 0.2651)");
    }

    // --- every language -------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Language.class)
    void clientDocumentsSayItInPlainWordsWithoutRuleIds(Language language) throws Exception {
        Wording words = Wording.in(language);
        for (Analysis analysis : List.of(illustrative, gated, perfect)) {
            String sentence = words.robustnessSentence(analysis.robustness(), analysis.diagnosis());
            String md = markdown(analysis, ReportOptions.client(language));
            String html = byId(parse(html(analysis, ReportOptions.client(language))), "weights").getTextContent();

            assertThat(sentence).doesNotContainPattern(RULE_ID).doesNotContain("S+T", "none", "{", "wS", "_");
            assertThat(md).contains("## " + words.text("section.weights"), "**" + MarkdownReportRenderer.escape(sentence) + "**");
            assertThat(html).contains(sentence);
            assertThat(md.substring(md.indexOf("## " + words.text("section.weights")))).doesNotContainPattern(RULE_ID);
        }
    }

    @Test
    void russianAndUzbekSentencesNameTheDimensionsInTheirOwnLanguage() {
        String ru = Wording.in(Language.RU).robustnessSentence(illustrative.robustness(), illustrative.diagnosis());
        String uz = Wording.in(Language.UZ).robustnessSentence(illustrative.robustness(), illustrative.diagnosis());

        assertThat(ru).isEqualTo("Технологическая интеграция остаётся ограничивающим измерением, если только вес измерения "
                + "«Структурная интеграция» не превысит 46,6\u00a0% (сейчас 33,3\u00a0%) за счёт измерения «Технологическая "
                + "интеграция»; в противном случае ограничивающим станет измерение «Структурная интеграция».");
        assertThat(uz).isEqualTo("Agar «Tuzilmaviy integratsiya» vazni «Texnologik integratsiya» hisobiga 46,6\u00a0% dan oshmasa "
                + "(hozir 33,3\u00a0%), Texnologik integratsiya cheklovchi oʻlchov boʻlib qoladi; aks holda «Tuzilmaviy "
                + "integratsiya» cheklovchi oʻlchovga aylanadi.");
    }

    @Test
    void markdownListsTheWeightsNowAndWhereTheBindingConstraintChanges() {
        String md = markdown(illustrative, ReportOptions.client(Language.EN));

        assertThat(md).contains("| Dimension | Weight now | Weight where it changes |",
                "| Structural integration | 33.3% | 46.6% |", "| Technological integration | 33.3% | 20.1% |",
                "The smallest such change moves 13.3% of the index's weight");
        assertThat(markdown(gated, ReportOptions.client(Language.EN))).contains("whatever the weights")
                .doesNotContain("Weight where it changes");
    }

    @Test
    void anAnalysisWhoseRobustnessIsOfAnotherDiagnosisIsRefused() {
        assertThatThrownBy(() -> new Analysis(gated.diagnosis(), illustrative.robustness()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this diagnosis");
    }
}
