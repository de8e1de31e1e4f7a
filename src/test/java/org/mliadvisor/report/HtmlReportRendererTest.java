package org.mliadvisor.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The HTML report as a document: structure, charts drawn from the diagnosis, language and inert data. */
class HtmlReportRendererTest {

    private static final Path EXAMPLE = Path.of("examples/illustrative-firm.yaml");
    private static KnowledgeBase kb;
    private static Diagnostician diagnostician;
    private static Diagnosis illustrative;

    @BeforeAll
    static void diagnose() throws Exception {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
        diagnostician = new Diagnostician(kb);
        illustrative = diagnostician.diagnose(new AssessmentLoader(kb).load(EXAMPLE));
    }

    @AfterAll
    static void close() {
        diagnostician.close();
    }

    private static Diagnosis diagnose(String yaml) throws Exception {
        return diagnostician.diagnose(new AssessmentLoader(kb).load(yaml.getBytes(StandardCharsets.UTF_8), "firm.yaml"));
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The element with {@code id}; the DOM knows no ids without a DTD, so they are looked up by attribute. */
    static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> elements(Document doc, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (cssClass == null || List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void reportIsOneWellFormedDocumentWithNoScriptAndNothingToFetch() throws Exception {
        String html = new HtmlReportRenderer(Language.EN).render(illustrative);

        Document doc = parse(html);

        assertThat(elements(doc, "script", null)).isEmpty();
        assertThat(elements(doc, "link", null)).isEmpty();
        assertThat(elements(doc, "img", null)).isEmpty();
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import", "url(");
        assertThat(html).contains("Content-Security-Policy", "default-src 'none'");
    }

    @Test
    void reportHasEverySectionTheIssueAsksForInOrder() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative));

        assertThat(elements(doc, "section", null)).extracting(e -> e.getAttribute("id"))
                .containsExactly("cover", "summary", "profile", "kpis", "actions", "roadmap", "method");
        assertThat(byId(doc, "contents").getTextContent()).contains("Executive summary", "Roadmap", "About this diagnosis")
                .doesNotContain("Evidence appendix");
        assertThat(byId(doc, "gauge")).isNotNull();
        assertThat(byId(doc, "radar")).isNotNull();
        assertThat(byId(doc, "kpi-chart")).isNotNull();
        assertThat(byId(doc, "gantt")).isNotNull();
    }

    @Test
    void fullReportAddsTheEvidenceAppendixAndTheAppendixAloneHasNothingElse() throws Exception {
        Document full = parse(new HtmlReportRenderer(ReportOptions.full(Language.EN)).render(illustrative));
        Document alone = parse(new HtmlReportRenderer(new ReportOptions(Language.EN, ReportScope.APPENDIX, false, Brand.NONE))
                .render(illustrative));

        assertThat(elements(full, "section", null)).extracting(e -> e.getAttribute("id"))
                .containsExactly("cover", "summary", "profile", "kpis", "actions", "roadmap", "method", "evidence");
        assertThat(byId(full, "contents").getTextContent()).contains("Evidence appendix");
        assertThat(byId(full, "evidence").getTextContent()).contains("binding.decide", "knowledge-base/interventions.yaml:");
        assertThat(elements(alone, "section", null)).extracting(e -> e.getAttribute("id")).containsExactly("evidence");
        assertThat(alone.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo("Evidence appendix");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void clientReportNamesNoRuleAndNoKnowledgeBaseLine(Language language) throws Exception {
        for (Path example : List.of(EXAMPLE, Path.of("examples/volga-cable-works.ru.yaml"), Path.of("examples/chirchiq-packaging.uz.yaml"))) {
            Diagnosis d = diagnostician.diagnose(new AssessmentLoader(kb).load(example));
            String text = parse(new HtmlReportRenderer(language).render(d)).getDocumentElement().getTextContent();

            assertThat(text).as(example.toString()).doesNotContain(".yaml:", ".drl", "`", "per effort point");
            for (String rule : org.mliadvisor.diagnosis.RuleCoverageTest.ruleIds()) {
                assertThat(text).as(example + " names rule " + rule).doesNotContain(rule);
            }
        }
    }

    @Test
    void clientReportReadsScoresOnTheHundredPointScaleAndKpisAsDistanceToTarget() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative));

        assertThat(byId(doc, "profile").getTextContent()).contains("47.5", "75").doesNotContain("0.475", "0.75");
        assertThat(byId(doc, "kpis").getTextContent()).contains("8 points below target", "83.3% above target")
                .doesNotContain("short");
        assertThat(byId(doc, "summary").getTextContent()).contains("Service complaints: 83.3% above target");
    }

    @Test
    void brandPutsTheConsultantTheLogosTheAccentAndTheConfidentialityLineOnTheCover() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
        Brand brand = new Brand("Northwind Advisory", "Dilnoza Karimova", new Brand.Logo(Brand.Logo.Kind.PNG, png),
                new Brand.Logo(Brand.Logo.Kind.SVG, "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)),
                "#0B6E4F", "Strictly confidential: board only.");
        String html = new HtmlReportRenderer(new ReportOptions(Language.EN, ReportScope.CLIENT, false, brand)).render(illustrative);
        Document doc = parse(html);

        assertThat(byId(doc, "prepared-by").getTextContent()).isEqualTo("Dilnoza Karimova, Northwind Advisory");
        assertThat(elements(doc, "img", null)).extracting(e -> e.getAttribute("src"))
                .containsExactly("data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnLz4=",
                        "data:image/png;base64,iVBORw0KGgoAAA==");
        assertThat(html).contains("#0b6e4f").doesNotContain(Brand.DEFAULT_ACCENT).contains("img-src data:");
        assertThat(byId(doc, "cover").getTextContent()).contains("Strictly confidential: board only.");
    }

    @Test
    void unbrandedCoverHasNoPreparedByLineAndTheStandardConfidentialityLine() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative));

        assertThat(byId(doc, "prepared-by")).isNull();
        assertThat(byId(doc, "cover").getTextContent()).contains("Prepared for", "Illustrative Industrial Firm",
                "Confidential. Prepared for the management of Illustrative Industrial Firm");
    }

    @Test
    void printStylesNumberThePagesAndRunTheClientsNameInTheHeaderAsAnInertCssString() throws Exception {
        Diagnosis quoted = diagnose(Files.readString(EXAMPLE).replace("organization: Illustrative Industrial Firm",
                "organization: 'A \"B\" </style><script>x</script>'"));
        String html = new HtmlReportRenderer(Language.EN).render(quoted);
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));

        assertThat(style).contains("@top-left{content:\"A \\22 B\\22  \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e \"")
                .contains("\"Page \" counter(page) \" of \" counter(pages)").doesNotContain("<script>");
        assertThat(parse(html).getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void radarHasThreeAxesAndEachPointSitsAtItsDimensionsScore() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative));
        Element radar = byId(doc, "radar");
        double cx = Double.parseDouble(radar.getAttribute("data-cx"));
        double cy = Double.parseDouble(radar.getAttribute("data-cy"));
        double r = Double.parseDouble(radar.getAttribute("data-radius"));

        assertThat(elements(doc, "line", "axis")).extracting(e -> e.getAttribute("data-dimension")).containsExactly("S", "T", "R");
        List<Element> points = elements(doc, "circle", "point");
        assertThat(points).hasSize(3);
        for (Element p : points) {
            double expected = illustrative.dimensions().get(Dimension.valueOf(p.getAttribute("data-dimension"))).score();
            double distance = Math.hypot(Double.parseDouble(p.getAttribute("cx")) - cx, Double.parseDouble(p.getAttribute("cy")) - cy);
            assertThat(Double.parseDouble(p.getAttribute("data-value"))).isCloseTo(expected, within(1e-4));
            assertThat(distance / r).isCloseTo(expected, within(0.001));
        }
        assertThat(elements(doc, "polygon", "target")).hasSize(1);
    }

    @Test
    void dimensionWithoutEnoughEvidenceHasNoRadarPoint() throws Exception {
        Diagnosis sparse = diagnose("""
                organization: Sparse
                assessed_on: 2026-11-01
                indicators: { S.sop_cycle: 2, S.cross_functional_team: 2, S.sop_cadence_fit: true, T.crm_erp_consistency: 70,
                  T.wms_tms_visibility: 40, T.sku_master_governance: 2 }
                """);

        Document doc = parse(new HtmlReportRenderer(Language.EN).render(sparse));

        assertThat(elements(doc, "line", "axis")).hasSize(3);
        assertThat(elements(doc, "circle", "point")).extracting(e -> e.getAttribute("data-dimension")).containsExactly("S", "T");
    }

    @Test
    void unansweredIndicatorsAreDrawnAsUnansweredBars() throws Exception {
        Document full = parse(new HtmlReportRenderer(Language.EN).render(illustrative));
        Diagnosis partial = diagnose(Files.readString(EXAMPLE).replaceFirst("(?m)^\\s*S\\.sop_cycle:.*\\n", ""));
        Document missing = parse(new HtmlReportRenderer(Language.EN).render(partial));

        // The example leaves the knowledge base's later indicators unanswered; removing S.sop_cycle adds exactly it.
        List<String> notInExample = illustrative.unanswered().stream().map(i -> i.id()).toList();
        List<String> alsoSopCycle = new ArrayList<>(notInExample);
        alsoSopCycle.add("S.sop_cycle");
        assertThat(elements(full, "rect", "unanswered")).extracting(e -> e.getAttribute("data-indicator"))
                .containsExactlyInAnyOrderElementsOf(notInExample);
        assertThat(elements(missing, "rect", "unanswered")).extracting(e -> e.getAttribute("data-indicator"))
                .containsExactlyInAnyOrderElementsOf(alsoSopCycle);
        assertThat(elements(missing, "rect", "bar")).extracting(e -> e.getAttribute("data-indicator"))
                .hasSize(kb.indicators().size());
    }

    @Test
    void kpiChartReadsRightWhicheverWayTheKpiImproves() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative));

        for (Element bar : elements(doc, "rect", "kpi-bar")) {
            var gap = illustrative.kpiGaps().stream().filter(g -> g.kpiId().equals(bar.getAttribute("data-kpi"))).findFirst()
                    .orElseThrow();
            double attainment = gap.better() == org.mliadvisor.knowledge.Direction.HIGHER ? gap.actual() / gap.target()
                    : gap.target() / gap.actual();
            assertThat(Double.parseDouble(bar.getAttribute("data-attainment"))).as(gap.kpiId())
                    .isCloseTo(attainment, within(1e-4));
        }
        Element inventory = elements(doc, "rect", "kpi-bar").stream()
                .filter(e -> e.getAttribute("data-kpi").equals("inventory_days")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(inventory.getAttribute("data-attainment"))).as("46 days against 42, lower is better")
                .isCloseTo(42.0 / 46, within(1e-4));
        Element otif = elements(doc, "rect", "kpi-bar").stream()
                .filter(e -> e.getAttribute("data-kpi").equals("otif")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(otif.getAttribute("data-attainment"))).as("82 % against 90 %, higher is better")
                .isCloseTo(82.0 / 90, within(1e-4));
        Element cycle = elements(doc, "rect", "kpi-bar").stream()
                .filter(e -> e.getAttribute("data-kpi").equals("order_cycle_time")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(otif.getAttribute("width"))).as("the longer bar is the one closer to its target")
                .isGreaterThan(Double.parseDouble(cycle.getAttribute("width")));
    }

    @Test
    void ganttHasTheSixStepsWithEachRecommendationOnItsStep() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative));

        List<Element> steps = elements(doc, "rect", "step");
        assertThat(steps).extracting(e -> e.getAttribute("data-step")).containsExactly("1", "2", "3", "4", "5", "6");
        double weekWidth = Double.parseDouble(steps.get(0).getAttribute("width"))
                / (Integer.parseInt(steps.get(0).getAttribute("data-to")) - Integer.parseInt(steps.get(0).getAttribute("data-from")) + 1);
        double origin = Double.parseDouble(steps.get(0).getAttribute("x"))
                - (Integer.parseInt(steps.get(0).getAttribute("data-from")) - 1) * weekWidth;
        for (Element step : steps) {
            int from = Integer.parseInt(step.getAttribute("data-from"));
            int to = Integer.parseInt(step.getAttribute("data-to"));
            assertThat(Double.parseDouble(step.getAttribute("x"))).as("step %s starts at week %d", step.getAttribute("data-step"), from)
                    .isCloseTo(origin + (from - 1) * weekWidth, within(0.02));
            assertThat(Double.parseDouble(step.getAttribute("width"))).isCloseTo((to - from + 1) * weekWidth, within(0.02));
        }
        assertThat(byId(doc, "roadmap").getTextContent()).contains("The 12–16-week roadmap");
        assertThat(elements(doc, "rect", "intervention")).extracting(e -> e.getAttribute("data-intervention"))
                .containsExactlyInAnyOrderElementsOf(illustrative.recommendations().stream().map(r -> r.id()).toList());
    }

    private static final Pattern SVG_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @ParameterizedTest
    @EnumSource(Language.class)
    void numbersInsideChartsUseADecimalPointWhateverTheLanguage(Language language) throws Exception {
        Document doc = parse(new HtmlReportRenderer(language).render(illustrative));

        List<String> bad = new ArrayList<>();
        for (String tag : List.of("svg", "rect", "circle", "line", "text", "polygon", "path")) {
            for (Element e : elements(doc, tag, null)) {
                NamedNodeMap attributes = e.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.item(i).getNodeName();
                    String value = attributes.item(i).getNodeValue();
                    boolean numeric = List.of("x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height").contains(name)
                            || name.equals("data-value") && !value.isEmpty() || name.equals("data-attainment");
                    if (numeric && !SVG_NUMBER.matcher(value).matches()) {
                        bad.add(tag + " " + name + "=" + value);
                    }
                    if ((name.equals("d") || name.equals("viewBox")) && value.contains(",")) {
                        bad.add(tag + " " + name + "=" + value);
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
        assertThat(elements(doc, "polygon", null)).allSatisfy(p -> assertThat(p.getAttribute("points"))
                .matches("(-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)? ?)+"));
    }

    @Test
    void bindingSentenceAndWordingFollowTheChosenLanguage() throws Exception {
        Document en = parse(new HtmlReportRenderer(Language.EN).render(illustrative));
        Document ru = parse(new HtmlReportRenderer(Language.RU).render(illustrative));
        Document uz = parse(new HtmlReportRenderer(Language.UZ).render(illustrative));

        assertThat(byId(en, "binding-sentence").getTextContent())
                .startsWith("Technological integration is the binding constraint");
        assertThat(byId(ru, "binding-sentence").getTextContent())
                .startsWith("Ограничивающее измерение — Технологическая интеграция").contains("17,5");
        assertThat(byId(uz, "binding-sentence").getTextContent())
                .startsWith("Cheklovchi oʻlchov — Texnologik integratsiya").contains("17,5");
        assertThat(ru.getDocumentElement().getAttribute("lang")).isEqualTo("ru");
        assertThat(byId(ru, "summary").getElementsByTagName("h2").item(0).getTextContent()).isEqualTo("Резюме для руководства");
        assertThat(byId(ru, "cover").getTextContent()).contains("1 ноября 2026");
    }

    @Test
    void knowledgeBaseTextsAreShownInTheChosenLanguageAndFallBackToEnglish() throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        for (String file : KnowledgeBaseLoader.FILES) {
            files.put(file, Files.readAllBytes(Path.of("knowledge-base", file)));
        }
        String interventions = new String(files.get("interventions.yaml"), StandardCharsets.UTF_8);
        files.put("interventions.yaml", interventions.replaceFirst("title:\\n {6}en: Deploy a WMS/TMS transport visibility dashboard\\n"
                + " {6}ru: .*\\n {6}uz: .*\\n", "title: Deploy a WMS/TMS transport visibility dashboard\n").getBytes(StandardCharsets.UTF_8));
        KnowledgeBase englishTitle = new KnowledgeBaseLoader().load(files, "partly-translated");
        Diagnosis d;
        try (Diagnostician dx = new Diagnostician(englishTitle)) {
            d = dx.diagnose(new AssessmentLoader(englishTitle).load(EXAMPLE));
        }

        String translated = new HtmlReportRenderer(Language.RU).render(illustrative);
        String fallback = new HtmlReportRenderer(Language.RU).render(d);

        assertThat(translated).contains("Внедрить панель мониторинга перевозок на базе WMS/TMS")
                .doesNotContain("Deploy a WMS/TMS transport visibility dashboard");
        assertThat(fallback).contains("Deploy a WMS/TMS transport visibility dashboard")
                .doesNotContain("Внедрить панель мониторинга перевозок на базе WMS/TMS");
    }

    @Test
    void hostileTextFromTheAssessmentIsInert() throws Exception {
        Diagnosis hostile = diagnose(Files.readString(EXAMPLE).replace("organization: Illustrative Industrial Firm",
                "organization: '<script>alert(1)</script> \"Quote\" & <img src=x onerror=alert(2)>'"));

        String html = new HtmlReportRenderer(Language.EN).render(hostile);
        Document doc = parse(html);

        assertThat(elements(doc, "script", null)).isEmpty();
        assertThat(elements(doc, "img", null)).isEmpty();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;Quote&quot; &amp; &lt;img src=x");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .endsWith("<script>alert(1)</script> \"Quote\" & <img src=x onerror=alert(2)>");
    }

    @Test
    void consistencySectionListsFindingsInPlainWordsAndTheAppendixCitesTheirRules() throws Exception {
        Diagnosis d = diagnose(Files.readString(EXAMPLE).replace("S.sop_cycle: 3", "S.sop_cycle: 0")
                .replace("otif: { actual: 82, target: 90 }", "otif: { actual: 0.82, target: 90 }"));
        Document doc = parse(new HtmlReportRenderer(ReportOptions.full(Language.EN)).render(d));

        Element section = byId(doc, "kpis");
        assertThat(byId(doc, "confidence").getTextContent()).contains("Confidence in the binding constraint: low");
        assertThat(section.getTextContent()).contains("Confidence in the binding constraint: low.",
                "Answers that contradict each other.", "A value probably written on the wrong scale.")
                .doesNotContain("consistency.contradiction", "consistency.yaml");
        assertThat(elements(doc, "span", "lowers")).hasSize(d.confidence().loweredBy().size());
        assertThat(elements(doc, "code", "rule")).extracting(Element::getTextContent)
                .contains("consistency.contradiction", "consistency.kpi-scale", "consistency.confidence");
    }
}
