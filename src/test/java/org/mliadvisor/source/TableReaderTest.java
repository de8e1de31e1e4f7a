package org.mliadvisor.source;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The table reader on CSV in its encodings and dialects, on XLSX, and on what it refuses. */
class TableReaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final TableReader reader = new TableReader(1024 * 1024);

    @TempDir
    Path folder;

    private static List<List<String>> texts(Table table) {
        return table.rows().stream().map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList();
    }

    static Stream<Arguments> dialects() {
        return Stream.of(
                arguments("semicolons, CRLF, BOM", "\uFEFFa;b;c\r\n1;2;3\r\n"),
                arguments("commas, LF", "a,b,c\n1,2,3\n"),
                arguments("tabs, no final line break", "a\tb\tc\n1\t2\t3"),
                arguments("quoted fields", "\"a\";\"b\";\"c\"\n\"1\";\"2\";\"3\"\n"),
                arguments("commas inside quotes outnumber the separator", "\"a,x,y\";b;c\n\"1\";2;3\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void everyCsvDialectReadsToTheSameTable(String dialect, String csv) throws InputException {
        Problems problems = new Problems();

        Table table = reader.parse(csv.getBytes(StandardCharsets.UTF_8), "t.csv", problems);

        assertThat(problems.all()).isEmpty();
        assertThat(table.width()).isEqualTo(3);
        assertThat(texts(table).get(1)).containsExactly("1", "2", "3");
        assertThat(texts(table).get(0).get(1)).isEqualTo("b");
    }

    @Test
    void cellsKnowTheirRowAndColumnAsASpreadsheetShowsThem() throws InputException {
        // a blank line is a row a spreadsheet shows; a quoted line break stays inside one row
        String csv = "a;b\n\n\"x\ny\";2\n3;4\n";

        Table table = reader.parse(csv.getBytes(StandardCharsets.UTF_8), "t.csv", new Problems());

        assertThat(table.rows()).extracting(Table.Row::number).containsExactly(1, 3, 4);
        assertThat(table.rows().get(1).cell(0).text()).isEqualTo("x\ny");
        assertThat(table.rows().get(2).cell(1).location()).isEqualTo(new SourceLocation("t.csv", 4, 2));
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1251WithAWarning() throws InputException {
        Problems problems = new Problems();
        byte[] csv = "Отдел;S.q1\nЛогистика;4\n".getBytes(Charset.forName("windows-1251"));

        Table table = reader.parse(csv, "ru.csv", problems);

        assertThat(texts(table)).containsExactly(List.of("Отдел", "S.q1"), List.of("Логистика", "4"));
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.toString()).startsWith("ru.csv: warning: is not UTF-8 text; it was read as windows-1251");
        });
    }

    @Test
    void utf8CyrillicIsReadWithoutAWarning() throws InputException {
        Problems problems = new Problems();
        byte[] csv = "Отдел;S.q1\nЛогистика;4\n".getBytes(StandardCharsets.UTF_8);

        Table table = reader.parse(csv, "ru.csv", problems);

        assertThat(texts(table).get(1)).containsExactly("Логистика", "4");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void utf16WithAByteOrderMarkIsExcelsUnicodeText() throws InputException {
        byte[] text = "a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] csv = new byte[text.length + 2];
        csv[0] = (byte) 0xFF;
        csv[1] = (byte) 0xFE;
        System.arraycopy(text, 0, csv, 2, text.length);

        assertThat(texts(reader.parse(csv, "u.txt", new Problems()))).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void raggedRowsAreProblemsAtTheirRowAndTheTableStaysRectangular() throws InputException {
        Problems problems = new Problems();
        String csv = "a,b,c\n1,2,3\n1,2,3,4\n1,2\n";

        Table table = reader.parse(csv.getBytes(StandardCharsets.UTF_8), "r.csv", problems);

        assertThat(problems.all()).extracting(Problem::toString).containsExactly(
                "r.csv:3:4: this row has 4 cells but the header has 3; a value holding the separator must be put in double quotes",
                "r.csv:4:3: this row has 2 cells but the header has 3; a separator is missing, or a line break splits the row"
                        + " (a value holding one must be in double quotes)");
        assertThat(texts(table)).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"),
                List.of("1", "2", "3"), List.of("1", "2", ""));
    }

    @Test
    void aHeaderWithAsManyOfTwoSeparatorsIsRefusedNamingBoth() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> reader.parse("a;b,c\n1;2,3\n".getBytes(StandardCharsets.UTF_8), "t.csv", new Problems()));

        assertThat(e.problems()).singleElement().extracting(Problem::toString).asString()
                .startsWith("t.csv:1:1: the header line holds as many of `;` (1) as of `,` (1) outside quotes");
    }

    static Stream<Arguments> brokenQuotes() {
        return Stream.of(
                arguments("a;b\n1;\"open\n", "t.csv:2:1: a value opened with a double quote (\") is never closed"),
                arguments("a;b\n1;2\n\"ab\"c;2\n", "t.csv:3:1: a quoted value goes on after its closing double quote"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenQuotes")
    void brokenQuotingIsRefusedAtItsRow(String csv, String expected) {
        InputException e = catchThrowableOfType(InputException.class,
                () -> reader.parse(csv.getBytes(StandardCharsets.UTF_8), "t.csv", new Problems()));

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).singleElement().extracting(Problem::toString).asString().startsWith(expected);
    }

    @Test
    void aFileOverTheCapIsRefusedBeforeItIsParsed() throws IOException {
        Path big = folder.resolve("big.csv");
        Files.write(big, new byte[2048]);

        InputException e = catchThrowableOfType(InputException.class,
                () -> new TableReader(1024).read(big, "big.csv", new Problems()));

        assertThat(e.problems()).singleElement().hasToString("big.csv: is 2048 bytes; the limit is 1024 bytes");
    }

    static Stream<Arguments> notTables() {
        return Stream.of(
                arguments("an old .xls workbook", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0},
                        "x.xls: is an Excel 97-2003 workbook (.xls)"),
                arguments("a binary file", new byte[] {'a', 0, 'b', 0},
                        "x.xls: is not a text file (it holds zero bytes)"),
                arguments("a damaged zip", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3},
                        "x.xls: cannot be read as an XLSX workbook"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTables")
    void whatIsNotATableIsRefusedSayingWhatItIs(String what, byte[] bytes, String expected) {
        InputException e = catchThrowableOfType(InputException.class, () -> reader.parse(bytes, "x.xls", new Problems()));

        assertThat(e.problems()).singleElement().extracting(Problem::toString).asString().startsWith(expected);
    }

    @Test
    void aFileNamedXlsxThatIsNotAZipIsRefused() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> reader.parse("a,b\n".getBytes(StandardCharsets.UTF_8), "x.xlsx", new Problems()));

        assertThat(e.problems()).singleElement().extracting(Problem::toString).asString()
                .startsWith("x.xlsx: is named .xlsx but is not an XLSX workbook");
    }

    @Test
    void aBlankFileIsAnEmptyTable() throws InputException {
        assertThat(reader.parse(BOM, "t.csv", new Problems()).rows()).isEmpty();
        assertThat(reader.parse("\n;;\n\n".getBytes(StandardCharsets.UTF_8), "t.csv", new Problems()).rows()).isEmpty();
    }

    // ------------------------------------------------------------------ XLSX

    /** A workbook built the way a spreadsheet saves one; {@code sheets} beyond the first hold junk. */
    static byte[] workbook(Object[][] cells, int sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Responses");
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    Object v = cells[r][c];
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            for (int s = 1; s < sheets; s++) {
                wb.newWorksheet("Notes " + s).value(0, 0, "not read");
            }
        }
        return out.toByteArray();
    }

    @Test
    void theFirstSheetOfAWorkbookIsReadWithWholeNumbersWithoutPointZero() throws Exception {
        byte[] xlsx = workbook(new Object[][] {
                {"respondent", "S.q1", "S.q2", "share"},
                {"r1", 4, 5.0, 0.25},
                {},
                {"r2", null, 3},
        }, 1);

        Problems problems = new Problems();
        Table table = reader.parse(xlsx, "w.xlsx", problems);

        assertThat(problems.all()).isEmpty();
        assertThat(texts(table)).containsExactly(List.of("respondent", "S.q1", "S.q2", "share"),
                List.of("r1", "4", "5", "0.25"), List.of("r2", "", "3", ""));
        assertThat(table.rows().get(2).cell(2).location()).isEqualTo(new SourceLocation("w.xlsx", 4, 3));
    }

    @Test
    void aWorkbookOfSeveralSheetsWarnsThatOnlyTheFirstIsRead() throws Exception {
        Problems problems = new Problems();

        reader.parse(workbook(new Object[][] {{"a"}, {"1"}}, 3), "w.xlsx", problems);

        assertThat(problems.all()).extracting(Problem::toString)
                .containsExactly("w.xlsx: warning: the workbook has 3 sheets; only the first, `Responses`, is read");
    }

    @Test
    void aWorkbookValueBeyondTheHeadersLastColumnIsAProblemAtThatRow() throws Exception {
        Problems problems = new Problems();

        reader.parse(workbook(new Object[][] {{"a", "b"}, {"1", "2", null, "x"}}, 1), "w.xlsx", problems);

        assertThat(problems.all()).extracting(Problem::toString).containsExactly(
                "w.xlsx:2:3: this row has a value in column 4, beyond the header's 2 columns; give the column a heading"
                        + " in the header row or move the value");
    }
}
