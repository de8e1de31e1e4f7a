package org.mliadvisor.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The PDF report read back with PDFBox, as a printer or a reader's PDF viewer would see it. */
class PdfReportRendererTest {

    /** The shipped example of each language, as the README renders it. */
    private static final Map<Language, String> EXAMPLES = Map.of(Language.EN, "illustrative-firm",
            Language.RU, "volga-cable-works.ru", Language.UZ, "chirchiq-packaging.uz");
    private static final Map<Language, byte[]> PDFS = new EnumMap<>(Language.class);
    private static final Map<Language, Diagnosis> DIAGNOSES = new EnumMap<>(Language.class);

    @BeforeAll
    static void render() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        Path folder = Files.createDirectories(Path.of("target", "pdf"));
        try (Diagnostician diagnostician = new Diagnostician(kb)) {
            for (Language language : Language.values()) {
                String example = EXAMPLES.get(language);
                Diagnosis d = diagnostician.diagnose(new AssessmentLoader(kb).load(Path.of("examples", example + ".yaml")));
                byte[] pdf = new PdfReportRenderer(language).render(d);
                Files.write(folder.resolve(example + ".pdf"), pdf);
                DIAGNOSES.put(language, d);
                PDFS.put(language, pdf);
            }
        }
    }

    private static List<String> pages(Language language) throws IOException {
        try (PDDocument doc = Loader.loadPDF(PDFS.get(language))) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void exampleClientReportFitsEightNumberedPagesWithTheirContents(Language language) throws IOException {
        List<String> pages = pages(language);
        Wording words = Wording.in(language);

        assertThat(pages).hasSizeBetween(5, 8);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains(words.text("page.number", i + 1, pages.size()));
        }
        int roadmap = java.util.stream.IntStream.range(1, pages.size())
                .filter(i -> pages.get(i).contains(" " + words.text("section.roadmap") + " ")).findFirst().orElseThrow();
        assertThat(pages.get(0)).as("the contents give each section's page")
                .containsPattern(java.util.regex.Pattern.quote(words.text("section.roadmap")) + " [ .]*" + (roadmap + 1) + " ");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void exampleClientReportNamesNoRuleAndNoKnowledgeBaseLine(Language language) throws IOException {
        String text = String.join(" ", pages(language));

        assertThat(text).doesNotContain(".yaml:", ".drl", "`").contains(DIAGNOSES.get(language).organization());
        for (String rule : org.mliadvisor.diagnosis.RuleCoverageTest.ruleIds()) {
            assertThat(text).as("names rule " + rule).doesNotContain(rule);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void runningHeaderCarriesTheClientsNameFromThePageAfterTheCover(Language language) throws IOException {
        List<String> pages = pages(language);
        String client = DIAGNOSES.get(language).organization();

        assertThat(pages.subList(1, pages.size())).allSatisfy(page -> assertThat(page).contains(client));
    }

    private static String text(Language language) throws IOException {
        try (PDDocument doc = Loader.loadPDF(PDFS.get(language))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void pdfTextCarriesTheBindingConstraintSentenceInTheReportsLanguage(Language language) throws IOException {
        String sentence = Wording.in(language).bindingSentence(DIAGNOSES.get(language));

        assertThat(text(language)).contains(sentence);
        assertThat(sentence).isNotEqualTo(Wording.in(Language.EN).bindingSentence(DIAGNOSES.get(language)));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void everyPageIsA4(Language language) throws IOException {
        try (PDDocument doc = Loader.loadPDF(PDFS.get(language))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void everyFontIsEmbeddedSoNoLetterPrintsAsABox(Language language) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(PDFS.get(language))) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts).anySatisfy(f -> assertThat(f).contains("DejaVuSans"));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"UZ"})
    void uzbekLettersWithTheTurnedCommaComeOutAsLetters(Language language) throws IOException {
        String text = text(language);

        assertThat(text).contains("oʻlchov", "yoʻl xaritasi").doesNotContain("o'lchov", "\uFFFD");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU"})
    void chartsAreDrawnIntoThePdf(Language language) throws IOException {
        try (PDDocument doc = Loader.loadPDF(PDFS.get(language))) {
            int cover = pageWith(doc, "Диагностика интеграции маркетинга и логистики", 0);
            int profile = pageWith(doc, "Профиль интеграции", cover + 1);

            assertThat(profile).isGreaterThan(cover);
            assertThat(curves(doc.getPage(profile))).as("the radar's points and the charts' lettering are drawn as curves")
                    .isGreaterThan(200);
            assertThat(curves(doc.getPage(cover))).as("the cover has text and straight rules only").isZero();
        }
    }

    /** The first page from {@code from} (0-based) whose text has {@code heading}: the cover's contents name every section too. */
    private static int pageWith(PDDocument doc, String heading, int from) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = from + 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(doc).replaceAll("\\s+", " ").contains(heading)) {
                return i - 1;
            }
        }
        throw new AssertionError("no page has " + heading);
    }

    /**
     * How many Bézier curves a page draws: text set in a font and table rules draw none, while the
     * charts' points, arcs and lettering (which the SVG renderer draws as outlines) draw many.
     */
    private static int curves(PDPage page) throws IOException {
        int[] painted = {0};
        new PDFGraphicsStreamEngine(page) {
            @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
            @Override public void drawImage(PDImage image) { }
            @Override public void clip(int windingRule) { }
            @Override public void moveTo(float x, float y) { }
            @Override public void lineTo(float x, float y) { }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                painted[0]++;
            }
            @Override public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }
            @Override public void closePath() { }
            @Override public void endPath() { }
            @Override public void strokePath() { }
            @Override public void fillPath(int windingRule) { }
            @Override public void fillAndStrokePath(int windingRule) { }
            @Override public void shadingFill(COSName shadingName) { }

            int run() throws IOException {
                processPage(page);
                return painted[0];
            }
        }.run();
        return painted[0];
    }
}
