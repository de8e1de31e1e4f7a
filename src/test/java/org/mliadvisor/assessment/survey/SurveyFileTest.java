package org.mliadvisor.assessment.survey;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.SourceLocation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mliadvisor.assessment.survey.RespondentFunction.FINANCE;
import static org.mliadvisor.assessment.survey.RespondentFunction.LOGISTICS;
import static org.mliadvisor.assessment.survey.RespondentFunction.MANAGEMENT;
import static org.mliadvisor.assessment.survey.RespondentFunction.MARKETING;
import static org.mliadvisor.assessment.survey.RespondentFunction.OPERATIONS;
import static org.mliadvisor.assessment.survey.RespondentFunction.OTHER;
import static org.mliadvisor.assessment.survey.RespondentFunction.SALES;

/**
 * Survey exports as LimeSurvey, Qualtrics, KoboToolbox and Russian Excel write them
 * ({@code src/test/resources/survey/}), a workbook, and broken files; rows and columns are counted in the fixtures.
 */
class SurveyFileTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "survey");
    static final Set<String> ITEMS = Set.of("S.q1", "S.q2", "T.q1", "R.q1");

    private static SurveyFile plain() {
        return new SurveyFile(ITEMS, 5);
    }

    private static SurveyFile mapped(String mapping) throws InputException {
        return new SurveyFile(ITEMS, 5, SurveyColumns.read(FIXTURES.resolve(mapping), ITEMS, 5));
    }

    private static List<String> problems(ThrowingRead read) {
        InputException e = catchThrowableOfType(InputException.class, read::run);
        assertThat(e).as("the input is refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private interface ThrowingRead {
        void run() throws Exception;
    }

    private static SurveyResponses plainCsv(String csv) throws InputException {
        return plain().read(csv.getBytes(StandardCharsets.UTF_8), "s.csv");
    }

    // ------------------------------------------------------------------ exports that read

    @Test
    void limeSurveyExportWithBomSemicolonsAndCrlfReadsThroughItsMapping() throws InputException {
        Path file = FIXTURES.resolve("limesurvey.csv");

        SurveyResponses survey = mapped("limesurvey-columns.yaml").read(file);

        assertThat(survey.respondents()).extracting(Respondent::id, Respondent::function, Respondent::answers).containsExactly(
                org.assertj.core.groups.Tuple.tuple("11", MARKETING, Map.of("S.q1", 4, "S.q2", 5, "T.q1", 3, "R.q1", 2)),
                org.assertj.core.groups.Tuple.tuple("12", LOGISTICS, Map.of("S.q1", 2, "T.q1", 4, "R.q1", 1)),
                org.assertj.core.groups.Tuple.tuple("13", SALES, Map.of("S.q1", 5, "S.q2", 4, "R.q1", 4)));
        assertThat(survey.respondents().get(1).origin()).isEqualTo(new SourceLocation(file.toString(), 3, 1));
        assertThat(survey.warnings()).extracting(Problem::toString).containsExactly(file + ":1:1: warning: 4 columns are"
                + " not read, being neither an item id nor under `items` in " + FIXTURES.resolve("limesurvey-columns.yaml")
                + ": `submitdate`, `lastpage`, `startlanguage`, `comment`");
    }

    @Test
    void russianExcelCsvInWindows1251ReadsWithAWarningThatSaysSo() throws InputException {
        Path file = FIXTURES.resolve("excel-ru-1251.csv");

        SurveyResponses survey = mapped("excel-ru-columns.yaml").read(file);

        assertThat(survey.respondents()).extracting(Respondent::id).containsExactly("р-01", "р-02", "р-03");
        assertThat(survey.respondents()).extracting(Respondent::function).containsExactly(MARKETING, LOGISTICS, SALES);
        assertThat(survey.respondents().get(1).answers()).isEqualTo(Map.of("S.q1", 2, "T.q1", 4, "R.q1", 1));
        assertThat(survey.warnings()).singleElement().extracting(Problem::toString).asString()
                .startsWith(file + ": warning: is not UTF-8 text; it was read as windows-1251");
    }

    @Test
    void qualtricsExportSkipsItsSecondAndThirdHeaderRows() throws InputException {
        Path file = FIXTURES.resolve("qualtrics.csv");

        SurveyResponses survey = mapped("qualtrics-columns.yaml").read(file);

        assertThat(survey.respondents()).extracting(Respondent::id).containsExactly("R_1a2B3c4D5e6F7g8", "R_9h8G7f6E5d4C3b2");
        assertThat(survey.respondents()).extracting(Respondent::function).containsExactly(OPERATIONS, FINANCE);
        assertThat(survey.respondents().get(1).answers()).isEqualTo(Map.of("S.q1", 2, "S.q2", 3, "R.q1", 2));
        assertThat(survey.respondents().get(0).origin()).isEqualTo(new SourceLocation(file.toString(), 4, 4));
    }

    @Test
    void koboToolboxExportReadsGroupPathsAndChoiceNames() throws InputException {
        SurveyResponses survey = mapped("kobo-columns.yaml").read(FIXTURES.resolve("kobo.csv"));

        assertThat(survey.respondents()).extracting(Respondent::id, Respondent::function).containsExactly(
                org.assertj.core.groups.Tuple.tuple("204811", MANAGEMENT), org.assertj.core.groups.Tuple.tuple("204812", OTHER));
        assertThat(survey.respondents().get(1).answers()).isEqualTo(Map.of("S.q1", 1, "S.q2", 2));
    }

    @Test
    void workbookExportReadsItsNumbersAsWholeLikertValues() throws Exception {
        byte[] xlsx = workbook(new Object[][] {
                {"respondent", "function", "S.q1", "S.q2", "T.q1", "R.q1"},
                {"r1", "marketing", 4, 5.0, null, 1},
                {"r2", "Logistics", 2, 3, 3, 6},
        });

        List<String> problems = problems(() -> plain().read(xlsx, "survey.xlsx"));

        assertThat(problems).containsExactly(
                "survey.xlsx:3:6: R.q1: value 6 is out of range; expected a whole number from 1 to 5 (the scale has 5 points)");
    }

    @Test
    void workbookWithinTheScaleGivesItsRespondents() throws Exception {
        byte[] xlsx = workbook(new Object[][] {
                {"respondent", "function", "S.q1", "S.q2"},
                {"r1", "marketing", 4, 5.0},
                {"r2", "logistics", null, 3},
        });

        SurveyResponses survey = plain().read(xlsx, "survey.xlsx");

        assertThat(survey.respondents()).extracting(Respondent::answers)
                .containsExactly(Map.of("S.q1", 4, "S.q2", 5), Map.of("S.q2", 3));
        assertThat(survey.warnings()).isEmpty();
    }

    private static byte[] workbook(Object[][] cells) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Answers");
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (cells[r][c] != null) {
                        ws.value(r, c, cells[r][c].toString());
                    }
                }
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ broken exports

    @Test
    void everyProblemOfABrokenExportIsReportedAtOnceAtItsRowAndColumn() {
        String file = FIXTURES.resolve("bad-everything.csv").toString();

        List<String> problems = problems(() -> plain().read(Path.of(file)));

        assertThat(problems).containsExactly(
                file + ":1:5: S.q3: unknown item column (did you mean `S.q1`?); expected `respondent`, `function` or one of"
                        + " the 4 item ids of the knowledge base (a survey tool's codes are mapped to item ids in a column-mapping file)",
                file + ":3:3: S.q1: value 6 is out of range; expected a whole number from 1 to 5 (the scale has 5 points)",
                file + ":3:6: T.q1: `Agree` is not a number; expected a whole number from 1 to 5"
                        + " (answer labels are mapped to values in a column-mapping file)",
                file + ":4:1: respondent: respondent `r1` is already at row 2; each respondent appears once"
                        + " (a second row for the same person would count them twice)",
                file + ":4:2: function: `marketting` is not a function (did you mean `marketing`?); expected one of:"
                        + " marketing, sales, logistics, operations, finance, management, other",
                file + ":5:6: this row has 5 cells but the header has 6; a separator is missing, or a line break splits"
                        + " the row (a value holding one must be in double quotes)");
    }

    @Test
    void aMissingRespondentColumnIsNamedWithTheHeadingsThereAre() {
        String file = FIXTURES.resolve("bad-no-respondent.csv").toString();

        assertThat(problems(() -> plain().read(Path.of(file)))).containsExactly(
                file + ":1:1: person: unknown item column; expected `respondent`, `function` or one of the 4 item ids"
                        + " of the knowledge base (a survey tool's codes are mapped to item ids in a column-mapping file)",
                file + ":1:1: respondent: no column is headed `respondent`; it holds the respondent ids, which tell"
                        + " respondents apart");
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                arguments("4", Map.of("S.q1", 4), null),
                arguments(" 5 ", Map.of("S.q1", 5), null),
                arguments("1.0", Map.of("S.q1", 1), null),
                arguments("", Map.of(), null),
                arguments("0", null, "s.csv:2:3: S.q1: value 0 is out of range; expected a whole number from 1 to 5"),
                arguments("6", null, "s.csv:2:3: S.q1: value 6 is out of range; expected a whole number from 1 to 5"),
                arguments("-1", null, "s.csv:2:3: S.q1: value -1 is out of range"),
                arguments("3.5", null, "s.csv:2:3: S.q1: 3.5 is not a whole number; expected a whole number from 1 to 5"),
                arguments("agree", null, "s.csv:2:3: S.q1: `agree` is not a number; expected a whole number from 1 to 5"),
                arguments("#N/A", null, "s.csv:2:3: S.q1: `#N/A` is not a number"));
    }

    @ParameterizedTest(name = "an answer written \"{0}\"")
    @MethodSource("cells")
    void anAnswerIsAWholeNumberWithinTheScaleOrBlank(String cell, Map<String, Integer> answers, String problem) throws InputException {
        String csv = "respondent;function;S.q1\nr1;finance;" + cell + "\n";
        if (problem == null) {
            assertThat(plainCsv(csv).respondents()).singleElement().extracting(Respondent::answers).isEqualTo(answers);
        } else {
            assertThat(problems(() -> plainCsv(csv))).singleElement().asString().startsWith(problem);
        }
    }

    static Stream<Arguments> functions() {
        return Stream.of(
                arguments("marketing", MARKETING, null),
                arguments("Logistics", LOGISTICS, null),
                arguments(" other ", OTHER, null),
                arguments("", null, "s.csv:2:2: function: the function is blank; expected one of: marketing, sales,"
                        + " logistics, operations, finance, management, other (write `other` when it is not known)"),
                arguments("supply chain", null, "s.csv:2:2: function: `supply chain` is not a function; expected one of:"
                        + " marketing, sales, logistics, operations, finance, management, other"));
    }

    @ParameterizedTest(name = "a function written \"{0}\"")
    @MethodSource("functions")
    void aFunctionIsOneOfTheSevenWhateverItsCase(String cell, RespondentFunction function, String problem) throws InputException {
        String csv = "respondent;function;S.q1\nr1;" + cell + ";4\n";
        if (problem == null) {
            assertThat(plainCsv(csv).respondents()).singleElement().extracting(Respondent::function).isEqualTo(function);
        } else {
            assertThat(problems(() -> plainCsv(csv))).containsExactly(problem);
        }
    }

    @Test
    void aBlankRespondentIdIsAProblemAtItsCell() {
        assertThat(problems(() -> plainCsv("respondent,function,S.q1\n,sales,4\n")))
                .containsExactly("s.csv:2:1: respondent: the respondent id is blank; every row needs one");
    }

    @Test
    void twoColumnsForOneItemAreRefused() throws InputException {
        SurveyColumns columns = SurveyColumns.parse("items:\n  \"S[q1]\": S.q1\n".getBytes(StandardCharsets.UTF_8),
                "m.yaml", ITEMS, 5);

        assertThat(problems(() -> new SurveyFile(ITEMS, 5, columns).read(
                "respondent,function,S[q1],S.q1\nr1,sales,4,4\n".getBytes(StandardCharsets.UTF_8), "s.csv")))
                .containsExactly("s.csv:1:4: S.q1: holds item S.q1, as column 3 (`S[q1]`) does; an item is read from one column only");
    }

    @Test
    void aHeaderAloneHoldsNoRespondents() {
        assertThat(problems(() -> plainCsv("respondent,function,S.q1\n")))
                .containsExactly("s.csv: holds no respondents: there is no row after the header");
    }

    @Test
    void anEmptyColumnWithoutAHeadingIsATrailingSeparatorAndHarmless() throws InputException {
        assertThat(plainCsv("respondent;function;S.q1;\nr1;sales;4;\n").respondents()).hasSize(1);
        assertThat(problems(() -> plainCsv("respondent;function;S.q1;\nr1;sales;4;5\n"))).containsExactly(
                "s.csv:1:4: this column has no heading but holds values (first at row 2); head it with an item id, or remove it");
    }

    @Test
    void aMappedColumnCloseToACodeButNotMappedIsNamedInItsOwnWarning() throws InputException {
        SurveyColumns columns = SurveyColumns.parse("items:\n  \"Q1_1\": S.q1\n".getBytes(StandardCharsets.UTF_8),
                "m.yaml", ITEMS, 5);

        SurveyResponses survey = new SurveyFile(ITEMS, 5, columns).read(
                "respondent,function,Q1_1,Q1_10\nr1,sales,4,5\n".getBytes(StandardCharsets.UTF_8), "s.csv");

        assertThat(survey.respondents()).singleElement().extracting(Respondent::answers).isEqualTo(Map.of("S.q1", 4));
        assertThat(survey.warnings()).extracting(Problem::toString).containsExactly(
                "s.csv:1:4: warning: Q1_10: this column is not read: it is neither an item id nor under `items` in m.yaml"
                        + " (did you mean `Q1_1`?)");
    }

    @Test
    void anExportOverTheSizeCapIsRefusedBeforeParsing() {
        byte[] big = new byte[(int) SurveyFile.MAX_FILE_BYTES + 1];

        assertThat(problems(() -> plain().read(big, "big.csv")))
                .containsExactly("big.csv: is " + big.length + " bytes; the limit is " + SurveyFile.MAX_FILE_BYTES + " bytes");
    }

    @Test
    void aMissingExportIsMissingNotInvalid() {
        InputException e = catchThrowableOfType(InputException.class, () -> plain().read(FIXTURES.resolve("nowhere.csv")));

        assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING);
    }
}
