package org.mliadvisor.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.benchmark.FirmTableGenerator;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli batch}: good rows diagnosed in input order, every bad row in errors.csv, exit 65 when any was bad. */
class BatchCommandTest {

    private static String header;
    private static List<String> good;

    @TempDir
    Path folder;

    /** Five valid firms, as the generator writes them. */
    @BeforeAll
    static void generate() throws InputException, IOException {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        StringWriter csv = new StringWriter();
        new FirmTableGenerator(kb, 7).write(csv, 5);
        List<String> lines = csv.toString().lines().toList();
        header = lines.get(0);
        good = lines.subList(1, lines.size());
    }

    private Path input(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n");
        return file;
    }

    private static List<List<String>> csv(Path file) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            List<List<String>> rows = new ArrayList<>();
            reader.forEach(r -> rows.add(r.getFields()));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A good row with its cell under {@code heading} replaced. */
    private static String with(String row, String heading, String value) {
        List<String> headings = Arrays.asList(header.split(",", -1));
        String[] cells = row.split(",", -1);
        cells[headings.indexOf(heading)] = value;
        return String.join(",", cells);
    }

    @Test
    void everyGoodRowIsALineOfFirmsCsvInInputOrderAndTheExitIsZero() throws IOException {
        Path in = input("firms.in.csv", header, good.get(0), good.get(1), good.get(2), good.get(3), good.get(4));
        Path out = folder.resolve("out");
        CliRun run = new CliRun();

        int code = run.run("batch", in.toString(), "-o", out.toString(), "--jobs", "2");

        assertThat(code).as(run.err.toString()).isEqualTo(ExitCode.OK);
        List<List<String>> firms = csv(out.resolve("firms.csv"));
        assertThat(firms.get(0)).startsWith("row", "firm", "mli", "mli_partial", "S", "T", "R", "binding", "basis", "margin");
        assertThat(firms.subList(1, firms.size())).extracting(r -> r.get(1))
                .containsExactly("Firm 1", "Firm 2", "Firm 3", "Firm 4", "Firm 5");
        assertThat(firms.subList(1, firms.size())).extracting(r -> r.get(0)).containsExactly("2", "3", "4", "5", "6");
        assertThat(csv(out.resolve("errors.csv"))).containsExactly(List.of("file", "row", "column", "message"));
        assertThat(out.resolve("sample.md")).content().contains("Firms diagnosed: 5", "| otif | MLI | 5 |");
        assertThat(out.resolve("sample.json")).content().contains("\"firms\" : 5", "\"correlations\"");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void raggedRowsUnknownColumnsAndOutOfScaleValuesAreListedAndTheGoodRowsAreStillThereWithHostileNamesInert()
            throws IOException {
        String hostile = with(good.get(1), "firm", "\"=HYPERLINK(\"\"http://x\"\")\"");
        String outOfScale = with(good.get(2), "T.crm_erp_consistency", "150");
        String ragged = good.get(3).substring(0, good.get(3).lastIndexOf(','));
        Path in = input("bad.csv", header + ",colour", good.get(0) + ",red", hostile + ",", outOfScale + ",", ragged,
                good.get(4) + ",");
        Path out = folder.resolve("out");
        CliRun run = new CliRun();

        int code = run.run("batch", in.toString(), "-o", out.toString());

        assertThat(code).isEqualTo(ExitCode.DATA_ERROR);
        List<List<String>> firms = csv(out.resolve("firms.csv"));
        assertThat(firms).hasSize(1 + 3);
        assertThat(firms.subList(1, 4)).extracting(r -> r.get(1))
                .containsExactly("Firm 1", "'=HYPERLINK(\"http://x\")", "Firm 5");
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.resolve("firms.xlsx").toFile());
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> sheet = rows.toList();
            assertThat(sheet).hasSize(1 + 3);
            Cell name = sheet.get(2).getCell(1);
            assertThat(name.getType()).isEqualTo(CellType.STRING);
            assertThat(name.getRawValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.get(1).getCell(0).getType()).as("a number stays a number").isEqualTo(CellType.NUMBER);
        }
        List<List<String>> errors = csv(out.resolve("errors.csv"));
        assertThat(errors).hasSize(1 + 3);
        assertThat(errors.get(1)).satisfies(e -> {
            assertThat(e.subList(1, 3)).isEqualTo(List.of("1", "colour"));
            assertThat(e.get(3)).startsWith("unknown column");
        });
        assertThat(errors.get(2)).satisfies(e -> {
            assertThat(e.subList(1, 3)).isEqualTo(List.of("4", "T.crm_erp_consistency"));
            assertThat(e.get(3)).contains("150 is out of range");
        });
        assertThat(errors.get(3)).satisfies(e -> {
            assertThat(e.get(1)).isEqualTo("5");
            assertThat(e.get(3)).contains("cells but the header has");
        });
        assertThat(run.err.toString()).contains("bad.csv:4:", "150 is out of range", "3 firms diagnosed, 2 rows refused");
    }

    @Test
    void aRowInAnotherEncodingIsRefusedAtItsRowWhileTheUtf8RowsAreDiagnosed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((header + "\r\n" + with(good.get(0), "firm", "Акме") + "\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.write((with(good.get(1), "firm", "Бета") + "\r\n").getBytes(Charset.forName("windows-1251")));
        bytes.write((with(good.get(2), "firm", "Гамма") + "\r\n").getBytes(StandardCharsets.UTF_8));
        Path in = folder.resolve("mixed.csv");
        Files.write(in, bytes.toByteArray());
        Path out = folder.resolve("out");
        CliRun run = new CliRun();

        int code = run.run("batch", in.toString(), "-o", out.toString());

        assertThat(code).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(csv(out.resolve("firms.csv")).subList(1, 3)).extracting(r -> r.get(1)).containsExactly("Акме", "Гамма");
        assertThat(csv(out.resolve("errors.csv")).get(1)).satisfies(e -> {
            assertThat(e.subList(1, 3)).isEqualTo(List.of("3", "firm"));
            assertThat(e.get(3)).contains("not UTF-8", "mixes encodings");
        });
    }

    @Test
    void anXlsxTableIsReadLikeItsCsv() throws IOException {
        Path in = folder.resolve("firms.xlsx");
        try (var out = Files.newOutputStream(in)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("firms");
            List<String> lines = List.of(header, good.get(0), good.get(1));
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    sheet.value(r, c, cells[c]);
                }
            }
            workbook.finish();
        }
        Path out = folder.resolve("out");
        CliRun run = new CliRun();

        int code = run.run("batch", in.toString(), "-o", out.toString());

        assertThat(code).as(run.err.toString()).isEqualTo(ExitCode.OK);
        assertThat(csv(out.resolve("firms.csv")).subList(1, 3)).extracting(r -> r.get(1)).containsExactly("Firm 1", "Firm 2");
    }

    @Test
    void aTableWithoutAFirmColumnDiagnosesNothingAndSaysWhy() throws IOException {
        Path in = input("nofirm.csv", header.replaceFirst("^firm,", "company,"), good.get(0).replaceFirst("^[^,]*,", "X,"));
        Path out = folder.resolve("out");
        CliRun run = new CliRun();

        int code = run.run("batch", in.toString(), "-o", out.toString());

        assertThat(code).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(csv(out.resolve("firms.csv"))).hasSize(1);
        assertThat(csv(out.resolve("errors.csv"))).extracting(e -> e.get(3))
                .anySatisfy(m -> assertThat(m).contains("no column is headed `firm`"));
    }

    @Test
    void reportsAreWrittenOnePerFirmNamedByRowAndFirm() throws IOException {
        Path in = input("two.csv", header, with(good.get(0), "firm", "Acme / Textiles"), good.get(1));
        Path out = folder.resolve("out");
        CliRun run = new CliRun();

        int code = run.run("batch", in.toString(), "-o", out.toString(), "--reports", "md,json");

        assertThat(code).as(run.err.toString()).isEqualTo(ExitCode.OK);
        try (var files = Files.list(out.resolve("reports"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("000002-acme-textiles.json", "000002-acme-textiles.md", "000003-firm-2.json",
                            "000003-firm-2.md");
        }
        assertThat(out.resolve("reports/000002-acme-textiles.md")).content().contains("Acme / Textiles");
    }

    /** With reports each firm gets its full diagnosis; its line is the one the batch concludes without them. */
    @Test
    void htmlAndPdfReportsAreWholeDocumentsAndLeaveFirmsCsvAsWithoutReports() throws IOException {
        Path in = input("one.csv", header, good.get(0));
        Path plain = folder.resolve("plain");
        Path reported = folder.resolve("reported");

        int withoutReports = new CliRun().run("batch", in.toString(), "-o", plain.toString());
        CliRun run = new CliRun();
        int withReports = run.run("batch", in.toString(), "-o", reported.toString(), "--reports", "html,pdf", "--lang", "ru");

        assertThat(withoutReports).isEqualTo(ExitCode.OK);
        assertThat(withReports).as(run.err.toString()).isEqualTo(ExitCode.OK);
        assertThat(reported.resolve("reports/000002-firm-1.html")).content(StandardCharsets.UTF_8)
                .startsWith("<!DOCTYPE html>").contains("lang=\"ru\"").endsWith("</html>\n");
        byte[] pdf = Files.readAllBytes(reported.resolve("reports/000002-firm-1.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(pdf, pdf.length - 6, 6, StandardCharsets.US_ASCII)).contains("%%EOF");
        assertThat(reported.resolve("firms.csv")).hasSameBinaryContentAs(plain.resolve("firms.csv"));
    }

    @Test
    void aSurveyExportIsGroupedPerFirmAndAFirmMetAgainLaterIsRefused() throws IOException {
        List<String> respondents = Files.readAllLines(Path.of("examples/survey-firm.responses.csv"));
        List<String> lines = new ArrayList<>();
        lines.add("firm," + respondents.get(0));
        for (int i = 1; i < respondents.size(); i++) {
            lines.add((i <= 5 ? "Alpha," : "Beta,") + respondents.get(i));
        }
        lines.add("Alpha," + respondents.get(1).replaceFirst("^[^,]*", "late-1"));
        Path in = input("survey.csv", lines.toArray(String[]::new));
        Path out = folder.resolve("out");
        CliRun run = new CliRun();

        int code = run.run("batch", in.toString(), "-o", out.toString());

        assertThat(code).as(run.err.toString()).isEqualTo(ExitCode.DATA_ERROR);
        List<List<String>> firms = csv(out.resolve("firms.csv"));
        assertThat(firms.subList(1, firms.size())).extracting(r -> r.get(1)).containsExactly("Alpha", "Beta");
        int alphaS = firms.get(0).indexOf("alpha_S");
        assertThat(firms.get(1).get(alphaS)).as("α of Alpha's five respondents").isNotEmpty();
        assertThat(csv(out.resolve("errors.csv")).get(1)).satisfies(e -> {
            assertThat(e.get(1)).isEqualTo(Integer.toString(respondents.size() + 1));
            assertThat(e.get(3)).contains("already read at rows 2–6", "consecutive rows");
        });
        assertThat(out.resolve("sample.md")).content().contains("Across the surveyed firms", "Pooled α").doesNotContain("No firm was surveyed");
    }

    /** An unknown column of a survey export is the header's problem, told once; every firm is read without it. */
    @Test
    void anUnknownColumnOfASurveyExportIsListedOnceAndEveryFirmIsDiagnosedWithoutIt() throws IOException {
        List<String> respondents = Files.readAllLines(Path.of("examples/survey-firm.responses.csv"));
        List<String> plain = new ArrayList<>();
        List<String> noted = new ArrayList<>();
        for (int i = 0; i < respondents.size(); i++) {
            String firm = i == 0 ? "firm" : i <= 5 ? "Alpha" : "Beta";
            String[] cells = respondents.get(i).split(",", -1);
            // a notes column between the function and the first item: the items must not shift under their headings
            String note = i == 0 ? "notes" : "x" + i;
            plain.add(firm + "," + respondents.get(i));
            noted.add(firm + "," + cells[0] + "," + cells[1] + "," + note + ","
                    + String.join(",", List.of(cells).subList(2, cells.length)));
        }
        Path out = folder.resolve("out");
        Path reference = folder.resolve("reference");
        CliRun run = new CliRun();

        int code = run.run("batch", input("noted.csv", noted.toArray(String[]::new)).toString(), "-o", out.toString());
        int plainCode = new CliRun().run("batch", input("plain.csv", plain.toArray(String[]::new)).toString(), "-o",
                reference.toString());

        assertThat(plainCode).isEqualTo(ExitCode.OK);
        assertThat(code).as(run.err.toString()).isEqualTo(ExitCode.DATA_ERROR);
        List<List<String>> errors = csv(out.resolve("errors.csv"));
        assertThat(errors).hasSize(2);
        assertThat(errors.get(1)).satisfies(e -> {
            assertThat(e.get(1)).isEqualTo("1");
            assertThat(e.get(2)).isEqualTo("notes");
            assertThat(e.get(3)).contains("unknown column", "`respondent`", "not read");
        });
        assertThat(csv(out.resolve("firms.csv"))).isEqualTo(csv(reference.resolve("firms.csv")));
    }

    @Test
    void aFolderOfAssessmentsIsDiagnosedFileByFileInNameOrder() throws IOException {
        Path in = Files.createDirectory(folder.resolve("assessments"));
        Files.copy(Path.of("examples/illustrative-firm.yaml"), in.resolve("a.yaml"));
        Files.copy(Path.of("examples/survey-firm.csv.yaml"), in.resolve("b.yaml"));
        Files.copy(Path.of("examples/survey-firm.responses.csv"), in.resolve("survey-firm.responses.csv"));
        Files.writeString(in.resolve("c.json"), "{\"organization\": \"Broken\"}");
        Path out = folder.resolve("out");
        CliRun run = new CliRun();

        int code = run.run("batch", in.toString(), "-o", out.toString());

        assertThat(code).as(run.err.toString()).isEqualTo(ExitCode.DATA_ERROR);
        List<List<String>> firms = csv(out.resolve("firms.csv"));
        assertThat(firms.subList(1, firms.size())).extracting(r -> r.get(1))
                .containsExactly("Illustrative Industrial Firm", "Kama Valve and Fittings Plant");
        assertThat(csv(out.resolve("errors.csv")).subList(1, 2)).allSatisfy(e -> {
            assertThat(e.get(0)).endsWith("c.json");
            assertThat(e.get(3)).contains("assessed_on");
        });
    }

    @Test
    void aMissingInputIs66AndNothingIsWritten() {
        Path out = folder.resolve("out");
        CliRun run = new CliRun();

        int code = run.run("batch", folder.resolve("none.csv").toString(), "-o", out.toString());

        assertThat(code).isEqualTo(ExitCode.NO_INPUT);
        assertThat(out.resolve("firms.csv")).doesNotExist();
        assertThat(run.err.toString()).contains("none.csv: file not found");
    }

    @Test
    void wrongJobsOrReportFormatsAreUsageErrors() {
        CliRun jobs = new CliRun();
        assertThat(jobs.run("batch", "x.csv", "-o", folder.toString(), "--jobs", "0")).isEqualTo(ExitCode.USAGE);
        CliRun reports = new CliRun();
        assertThat(reports.run("batch", "x.csv", "-o", folder.toString(), "--reports", "docx")).isEqualTo(ExitCode.USAGE);
        assertThat(reports.err.toString()).contains("docx", "md, json, html or pdf");
    }

    @Test
    void resultsAreNotWrittenIntoTheFolderOfAssessmentsNorOverTheInput() throws IOException {
        Path assessments = Files.createDirectory(folder.resolve("assessments"));
        CliRun intoFolder = new CliRun();
        assertThat(intoFolder.run("batch", assessments.toString(), "-o", assessments.toString())).isEqualTo(ExitCode.USAGE);
        Path in = input("firms.csv", header, good.get(0));
        CliRun overInput = new CliRun();
        assertThat(overInput.run("batch", in.toString(), "-o", folder.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(overInput.err.toString()).contains("refusing to overwrite the input");
    }

    @Test
    void helpDocumentsExit65ForBadRows() {
        CliRun run = new CliRun();

        run.run("batch", "--help");

        assertThat(run.out.toString()).contains("65", "errors.csv", "--jobs");
    }
}
