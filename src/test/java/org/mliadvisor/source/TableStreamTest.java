package org.mliadvisor.source;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A CSV read row by row: the survey import's encodings and separators, and each row's own problems. */
class TableStreamTest {

    @TempDir
    Path folder;

    private Path file(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** Every row's texts, header first, with the problems found on the way. */
    private static List<List<String>> rows(Path file, Problems problems) throws InputException {
        List<List<String>> rows = new ArrayList<>();
        try (TableStream table = TableStream.open(file, file.getFileName().toString(), problems)) {
            rows.add(texts(table.header()));
            for (Table.Row row = table.next(problems); row != null; row = table.next(problems)) {
                rows.add(texts(row));
            }
        }
        return rows;
    }

    private static List<String> texts(Table.Row row) {
        return row.cells().stream().map(Table.Cell::text).toList();
    }

    @Test
    void aUtf8FileWithByteOrderMarkSemicolonsAndCrlfReadsAsItsCells() throws IOException, InputException {
        byte[] text = "firm;S.q1\r\nАкме;4\r\n\"Beta; Ltd\";5\r\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(text);
        Problems problems = new Problems();

        List<List<String>> rows = rows(file("bom.csv", bytes.toByteArray()), problems);

        assertThat(rows).containsExactly(List.of("firm", "S.q1"), List.of("Акме", "4"), List.of("Beta; Ltd", "5"));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void aWindows1251FileIsReadAsSuchWithAWarning() throws IOException, InputException {
        Problems problems = new Problems();

        List<List<String>> rows = rows(file("ru.csv", "firm,city\nАкме,Ташкент\n".getBytes(Charset.forName("windows-1251"))),
                problems);

        assertThat(rows.get(1)).containsExactly("Акме", "Ташкент");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("windows-1251");
        });
    }

    @Test
    void inAUtf8FileOnlyTheRowsInAnotherEncodingAreProblemsAtTheirRowAndCell() throws IOException, InputException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("firm,city\nАкме,Ташкент\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("Бета,Самарканд\n".getBytes(Charset.forName("windows-1251")));
        bytes.write("Гамма,Бухара\n".getBytes(StandardCharsets.UTF_8));
        Problems problems = new Problems();

        List<List<String>> rows = rows(file("mixed.csv", bytes.toByteArray()), problems);

        assertThat(rows.get(1)).containsExactly("Акме", "Ташкент");
        assertThat(rows.get(3)).containsExactly("Гамма", "Бухара");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.location()).isEqualTo(new SourceLocation("mixed.csv", 3, 1));
            assertThat(p.message()).contains("not UTF-8", "mixes encodings");
        });
    }

    @Test
    void aRaggedRowIsAProblemOfThatRowAndIsPaddedToTheHeader() throws IOException, InputException {
        Problems problems = new Problems();

        List<List<String>> rows = rows(file("ragged.csv", "a,b,c\n1,2\n\n4,5,6\n".getBytes(StandardCharsets.UTF_8)), problems);

        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("1", "2", ""), List.of("4", "5", "6"));
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(new SourceLocation("ragged.csv", 2, 3));
            assertThat(p.message()).contains("2 cells but the header has 3");
        });
    }

    @Test
    void aBlankLineKeepsItsPlaceInTheRowNumbers() throws IOException, InputException {
        Problems problems = new Problems();
        try (TableStream table = TableStream.open(file("blank.csv", "a\n\nx\n".getBytes(StandardCharsets.UTF_8)),
                "blank.csv", problems)) {
            assertThat(table.next(problems).number()).isEqualTo(3);
            assertThat(table.next(problems)).isNull();
        }
    }

    @Test
    void aMissingFileIsMissingAndADamagedZipIsRefused() throws IOException {
        assertThatThrownBy(() -> TableStream.open(folder.resolve("none.csv"), "none.csv", new Problems()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING));
        Path zip = file("book.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0});
        assertThatThrownBy(() -> TableStream.open(zip, "book.xlsx", new Problems()))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).message()).contains("zip"));
    }

    @Test
    void aWorkbooksFirstSheetIsReadRowByRowWithAValueBeyondTheHeaderAProblemOfItsRow() throws IOException, InputException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("firms");
        sheet.value(0, 0, "firm");
        sheet.value(0, 1, "S.sop_cycle");
        sheet.value(1, 0, "Акме");
        sheet.value(1, 1, 3);
        sheet.value(3, 0, "Beta");
        sheet.value(3, 2, "stray");
        sheet.value(4, 0, "Gamma");
        workbook.finish();
        Problems problems = new Problems();

        List<List<String>> rows = rows(file("firms.xlsx", bytes.toByteArray()), problems);

        assertThat(rows).containsExactly(List.of("firm", "S.sop_cycle"), List.of("Акме", "3"), List.of("Beta", ""),
                List.of("Gamma", ""));
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(new SourceLocation("firms.xlsx", 4, 3));
            assertThat(p.message()).contains("beyond the header's 2 columns");
        });
    }

    @Test
    void anUnclosedQuoteStopsTheReadingAtItsRow() throws IOException, InputException {
        Problems problems = new Problems();
        try (TableStream table = TableStream.open(file("quote.csv", "a,b\n1,2\n\"3,4\n".getBytes(StandardCharsets.UTF_8)),
                "quote.csv", problems)) {
            assertThat(table.next(problems)).isNotNull();
            assertThatThrownBy(() -> table.next(problems)).isInstanceOfSatisfying(InputException.class,
                    e -> assertThat(e.problems().get(0).toString()).startsWith("quote.csv:3:1:").contains("never closed"));
        }
    }
}
