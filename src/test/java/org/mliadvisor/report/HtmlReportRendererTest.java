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

    /** The elements named {@code tag} that carry the attribute {@code attribute}. */
    static List<Element> elementsWith(Document doc, String tag, String attribute) {
        return elements(doc, tag, null).stream().filter(e -> e.hasAttribute(attribute)).toList();
    }

    private static List<Element> elements(Document doc, String tag, String cssClass) {
        return inside(doc.getDocumentElement(), tag, cssClass);
    }

    /** The {@code tag} elements with {@code cssClass} (any, if null) under {@code root}: one chart's, say. */
    private static List<Element> inside(Element root, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagName(tag);
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
        assertThat(html).contains("#0b6e4f", SvgCharts.tint("#0b6e4f", 0.5)).doesNotContain(Brand.DEFAULT_ACCENT)
                .contains("img-src data:");
        assertThat(byId(doc, "cover").getTextContent()).contains("Strictly confidential: board only.");
    }

    @Test
    void aTintMixesEachChannelWithWhite() {
        assertThat(SvgCharts.tint("#1c6dd0", 0)).isEqualTo("#1c6dd0");
        assertThat(SvgCharts.tint("#1c6dd0", 1)).isEqualTo("#ffffff");
        assertThat(SvgCharts.tint("#000000", 0.5)).isEqualTo("#808080");
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
        for (String variant : List.of("chart-wide", "chart-narrow")) {
            assertThat(bars(full, variant, "unanswered")).as(variant).extracting(e -> e.getAttribute("data-indicator"))
                    .containsExactlyInAnyOrderElementsOf(notInExample);
            assertThat(bars(missing, variant, "unanswered")).as(variant).extracting(e -> e.getAttribute("data-indicator"))
                    .containsExactlyInAnyOrderElementsOf(alsoSopCycle);
            assertThat(bars(missing, variant, "bar")).as(variant).extracting(e -> e.getAttribute("data-indicator"))
                    .hasSize(kb.indicators().size());
        }
    }

    /** The bars with {@code cssClass} of every dimension's indicator chart of one variant. */
    private static List<Element> bars(Document doc, String variant, String cssClass) {
        return elements(doc, "svg", variant).stream().filter(svg -> svg.getAttribute("class").contains("indicator-bars"))
                .flatMap(svg -> inside(svg, "rect", cssClass).stream()).toList();
    }

    @Test
    void indicatorBarsAreLabelledOnTheHundredPointScale() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.RU).render(illustrative));

        for (Element bar : bars(doc, "chart-wide", "bar")) {
            double score = Double.parseDouble(bar.getAttribute("data-value"));
            Element value = (Element) bar.getNextSibling();
            assertThat(value.getTextContent()).as(bar.getAttribute("data-indicator")).isEqualTo(Wording.in(Language.RU).score(score));
        }
        List<String> dimensionScores = java.util.Arrays.stream(Dimension.values())
                .map(dim -> Wording.in(Language.RU).score(illustrative.dimensions().get(dim).score())).toList();
        assertThat(inside(byId(doc, "radar"), "text", "score")).extracting(Element::getTextContent)
                .containsExactlyElementsOf(dimensionScores).noneMatch(score -> score.startsWith("0,"));
    }

    @Test
    void kpiChartReadsRightWhicheverWayTheKpiImproves() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative));

        assertThat(inside(byId(doc, "kpi-chart-narrow"), "rect", "kpi-bar")).extracting(e -> e.getAttribute("data-attainment"))
                .as("the narrow variant shows the same attainments")
                .containsExactlyElementsOf(inside(byId(doc, "kpi-chart"), "rect", "kpi-bar").stream()
                        .map(e -> e.getAttribute("data-attainment")).toList());
        for (Element bar : inside(byId(doc, "kpi-chart"), "rect", "kpi-bar")) {
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
    void kpiChartSaysHowFarEachKpiIsFromItsTargetInPlainWords() throws Exception {
        Diagnosis onTarget = diagnose(Files.readString(EXAMPLE).replace("otif: { actual: 82, target: 90 }",
                "otif: { actual: 93, target: 90 }"));
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(onTarget));

        List<String> distances = inside(byId(doc, "kpi-chart"), "text", "distance").stream().map(Element::getTextContent).toList();
        assertThat(distances).containsExactlyElementsOf(onTarget.kpiGaps().stream().map(g -> Wording.in(Language.EN).kpiDistance(g))
                .toList());
        assertThat(distances).contains("meets the target").anyMatch(d -> d.endsWith("below target"))
                .noneMatch(d -> d.contains("short"));
    }

    @Test
    void ganttHasTheSixStepsWithEachRecommendationOnItsStep() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative));

        List<Element> steps = inside(byId(doc, "gantt"), "rect", "step");
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
        for (String gantt : List.of("gantt", "gantt-narrow")) {
            assertThat(inside(byId(doc, gantt), "rect", "intervention")).as(gantt).extracting(e -> e.getAttribute("data-intervention"))
                    .containsExactlyInAnyOrderElementsOf(illustrative.recommendations().stream().map(r -> r.id()).toList());
        }
    }

    @Test
    void ganttCarriesEveryFirstWaveRankOnItsBarAndAtTheStartOfItsLabel() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.UZ).render(illustrative));
        List<String> firstWave = illustrative.recommendations().stream().filter(r -> r.firstWave())
                .map(r -> Integer.toString(r.rank())).toList();
        assertThat(firstWave).as("the example has a first wave").isNotEmpty();

        for (String gantt : List.of("gantt", "gantt-narrow")) {
            List<Element> badges = inside(byId(doc, gantt), "g", "rank-badge");
            assertThat(badges).as(gantt).extracting(b -> b.getAttribute("data-rank")).containsExactlyInAnyOrderElementsOf(firstWave);
            assertThat(badges).as("each badge reads its rank").allSatisfy(
                    b -> assertThat(b.getTextContent()).isEqualTo(b.getAttribute("data-rank")));
            List<String> labels = inside(byId(doc, gantt), "text", null).stream().map(Element::getTextContent).toList();
            assertThat(firstWave).allSatisfy(rank -> assertThat(labels).anyMatch(l -> l.startsWith("#" + rank + " ")));
        }
    }

    @Test
    void ganttHasNoBadgeForAnInterventionLeftToTheNextWave() throws Exception {
        Diagnosis d = diagnostician.diagnose(new AssessmentLoader(kb).load(Path.of("examples/volga-cable-works.ru.yaml")));
        List<String> nextWave = d.recommendations().stream().filter(r -> !r.firstWave()).map(r -> Integer.toString(r.rank()))
                .toList();
        assertThat(nextWave).as("this example leaves some interventions to the next wave").isNotEmpty();

        Document doc = parse(new HtmlReportRenderer(Language.RU).render(d));

        assertThat(inside(byId(doc, "gantt"), "g", "rank-badge")).extracting(b -> b.getAttribute("data-rank"))
                .doesNotContainAnyElementsOf(nextWave)
                .hasSize((int) d.recommendations().stream().filter(r -> r.firstWave()).count());
    }

    /** A 150-character Russian label, far wider than any chart's label column. */
    private static final String LONG_RU = "Согласовать единый регламент взаимодействия маркетинга, продаж, планирования и логистики "
            + "при запуске промоакций, новых продуктов и изменении цен";

    @Test
    void aVeryLongLabelIsWrappedOntoLinesThatEachFitTheirColumn() throws Exception {
        assertThat(LONG_RU.length()).isBetween(140, 160);
        Diagnosis d = withLongRussianLabels();
        Document doc = parse(new HtmlReportRenderer(Language.RU).render(d));

        for (String variant : List.of("chart-wide", "chart-narrow")) {
            for (Element svg : elements(doc, "svg", variant)) {
                double columnEnd = variant.equals("chart-wide") ? barsStart(svg) : viewBoxWidth(svg) - 4;
                for (Element text : inside(svg, "text", null)) {
                    if (!text.getTextContent().contains("Согласовать единый регламент")) {
                        continue;
                    }
                    List<Element> lines = inside(text, "tspan", null);
                    assertThat(lines).as("%s in %s is on several lines", text.getTextContent(), svg.getAttribute("class"))
                            .hasSizeGreaterThanOrEqualTo(2);
                    assertThat(String.join(" ", lines.stream().map(Element::getTextContent).toList()))
                            .as("nothing is cut").endsWith("изменении цен");
                    double size = Double.parseDouble(text.getAttribute("font-size"));
                    boolean bold = text.getAttribute("font-weight").equals("bold");
                    for (Element line : lines) {
                        assertThat(Double.parseDouble(line.getAttribute("x")) + TextWidth.of(line.getTextContent(), size, bold))
                                .as("the end of \"%s\"", line.getTextContent()).isLessThanOrEqualTo(columnEnd);
                    }
                }
            }
        }
        long wrapped = elements(doc, "text", null).stream().filter(t -> t.getTextContent().contains("Согласовать единый")).count();
        assertThat(wrapped).as("the indicator, the KPI and the intervention, wide and narrow").isEqualTo(6);
    }

    @Test
    void aShortLabelStaysOnOneLine() throws Exception {
        Document doc = parse(new HtmlReportRenderer(Language.EN).render(illustrative));

        Element otif = inside(byId(doc, "kpi-chart"), "text", null).stream()
                .filter(t -> t.getTextContent().equals("On-time in-full (OTIF)")).findFirst().orElseThrow();
        assertThat(inside(otif, "tspan", null)).isEmpty();
        assertThat(elements(doc, "title", null)).as("no label is shortened").hasSize(1);
    }

    /** The example diagnosed with a knowledge base whose first recommendation, first indicator and OTIF have {@link #LONG_RU} as their Russian name. */
    private static Diagnosis withLongRussianLabels() throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        for (String file : KnowledgeBaseLoader.FILES) {
            files.put(file, Files.readAllBytes(Path.of("knowledge-base", file)));
        }
        String first = illustrative.recommendations().get(0).title().in(Language.RU);
        replace(files, "interventions.yaml", "ru: " + first);
        replace(files, "indicators.yaml", "ru: Цикл S&OP/IBP внедрён и соблюдается");
        replace(files, "kpis.yaml", "ru: Доля заказов, доставленных вовремя и в полном объёме (OTIF)");
        KnowledgeBase longNames = new KnowledgeBaseLoader().load(files, "long-names");
        try (Diagnostician dx = new Diagnostician(longNames)) {
            return dx.diagnose(new AssessmentLoader(longNames).load(EXAMPLE));
        }
    }

    private static void replace(Map<String, byte[]> files, String file, String line) {
        String yaml = new String(files.get(file), StandardCharsets.UTF_8);
        assertThat(yaml).as(file).contains(line);
        files.put(file, yaml.replace(line, "ru: " + LONG_RU).getBytes(StandardCharsets.UTF_8));
    }

    /** Where a wide chart's bars begin: its label column ends there. */
    private static double barsStart(Element svg) {
        return inside(svg, "rect", null).stream().mapToDouble(r -> Double.parseDouble(r.getAttribute("x"))).min().orElseThrow();
    }

    private static double viewBoxWidth(Element svg) {
        return Double.parseDouble(svg.getAttribute("viewBox").split(" ")[2]);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyChartIsSizedInWholeUnitsWhichThePdfRendererReadsRight(Language language) throws Exception {
        Document doc = parse(new HtmlReportRenderer(language).render(illustrative));

        assertThat(elements(doc, "svg", null)).hasSizeGreaterThanOrEqualTo(11).allSatisfy(svg -> {
            assertThat(svg.getAttribute("width")).as("width of %s", svg.getAttribute("class")).matches("\\d+");
            assertThat(svg.getAttribute("height")).as("height of %s", svg.getAttribute("class")).matches("\\d+");
        });
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
