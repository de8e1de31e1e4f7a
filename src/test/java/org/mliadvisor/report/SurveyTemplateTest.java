package org.mliadvisor.report;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.assessment.survey.SurveyColumns;
import org.mliadvisor.assessment.survey.SurveyFile;
import org.mliadvisor.assessment.survey.SurveyResponses;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.SurveyItem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The questionnaire sent out: a printable form in the respondents' language and a sheet that the survey reader takes back. */
class SurveyTemplateTest {

    private static KnowledgeBase kb;

    @TempDir
    Path folder;

    @BeforeAll
    static void load() throws Exception {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
    }

    private static SurveyTemplate template(Language language) {
        return new SurveyTemplate(kb.items(), kb.survey().scalePoints(), language);
    }

    private static Set<String> itemIds() {
        return kb.items().stream().map(SurveyItem::id).collect(Collectors.toSet());
    }

    @Test
    void csvSheetHasTheRespondentFunctionAndItemColumnsAfterAByteOrderMark() {
        String csv = new String(template(Language.EN).csv(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFrespondent,function,S.q1,S.q2,").endsWith("R.q5\r\n");
        assertThat(csv.strip().split(",")).hasSize(2 + kb.items().size());
    }

    @Test
    void aFilledCopyOfTheCsvSheetIsReadBackByTheSurveyReader() throws Exception {
        StringBuilder filled = new StringBuilder(new String(template(Language.EN).csv(), StandardCharsets.UTF_8));
        filled.append("M1,marketing").append(",4".repeat(kb.items().size())).append("\r\n");
        Path file = Files.writeString(folder.resolve("answers.csv"), filled);

        SurveyResponses read = new SurveyFile(itemIds(), 5, SurveyColumns.PLAIN).read(file);

        assertThat(read.respondents()).singleElement().satisfies(r -> {
            assertThat(r.function()).isEqualTo(RespondentFunction.MARKETING);
            assertThat(r.answers()).hasSize(kb.items().size()).containsEntry("T.q3", 4);
        });
    }

    @Test
    void xlsxTemplateIsOneSheetOfTheColumnsThatTheSurveyReaderTakesWithoutAWarning() throws Exception {
        byte[] xlsx = template(Language.RU).xlsx();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(1);
            List<Row> header = sheets.get(0).read();
            assertThat(header.get(0).stream().map(c -> c.getRawValue()).toList()).startsWith("respondent", "function", "S.q1")
                    .hasSize(2 + kb.items().size());
            assertThat(sheets.get(0).getName()).isEqualTo("Ответы");
        }
        org.mliadvisor.source.Problems problems = new org.mliadvisor.source.Problems();
        new org.mliadvisor.source.TableReader(1 << 20).parse(xlsx, "survey.xlsx", problems);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void printableFormAsksEveryStatementInTheRespondentsLanguageWithABoxPerScalePoint() throws Exception {
        String html = template(Language.UZ).html();
        Document doc = HtmlReportRendererTest.parse(html);

        List<Element> rows = HtmlReportRendererTest.elementsWith(doc, "tr", "data-item");
        assertThat(rows).hasSize(kb.items().size());
        assertThat(rows.get(0).getElementsByTagName("td").getLength()).isEqualTo(2 + 5);
        assertThat(html).contains(Markup.escape(kb.items().get(0).statement().in(Language.UZ).strip()), "lang=\"uz\"",
                "soʻrovnoma").doesNotContain("<script");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Marketing", "Logistika", "5 — toʻliq qoʻshilaman");
    }

    @Test
    void aSevenPointScaleNamesItsEndsAndDrawsSevenBoxes() throws Exception {
        String html = new SurveyTemplate(kb.items(), 7, Language.EN).html();

        assertThat(html).contains("1 = strongly disagree … 7 = strongly agree");
        assertThat(HtmlReportRendererTest.elementsWith(HtmlReportRendererTest.parse(html), "tr", "data-item").get(0)
                .getElementsByTagName("td").getLength()).isEqualTo(2 + 7);
    }

    @Test
    void aTemplateNeedsItemsAndAScale() {
        assertThatThrownBy(() -> new SurveyTemplate(List.of(), 5, Language.EN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurveyTemplate(kb.items(), 1, Language.EN)).isInstanceOf(IllegalArgumentException.class);
    }
}
