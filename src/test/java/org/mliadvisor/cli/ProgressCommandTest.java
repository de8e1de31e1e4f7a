package org.mliadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli progress} end to end, in process: the shipped pair in each format, the usage errors and the refusals. */
class ProgressCommandTest {

    private static final String NOVEMBER = Path.of("examples", "illustrative-firm.yaml").toString();
    private static final String WEEK_12 = Path.of("examples", "illustrative-firm-week-12.yaml").toString();

    @TempDir
    Path folder;

    /** The outcome of one command line. */
    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CliRun cli = new CliRun();
        int code = cli.run(args);
        return new Run(code, cli.out.toString(), cli.err.toString());
    }

    // ------------------------------------------------------------------ the shipped pair in each format

    @Test
    void theShippedPairPrintsAMarkdownReportOnStandardOutput() {
        Run cli = run("progress", NOVEMBER, WEEK_12);

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("# Progress over time: Illustrative Industrial Firm")
                .contains("On-time in-full (OTIF): 82 → 90, better by 8 points against 6–10.5 points expected");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void theOrderTheFilesAreNamedInDoesNotChangeTheReport() {
        Run given = run("progress", WEEK_12, NOVEMBER, "--format", "json");
        Run sorted = run("progress", NOVEMBER, WEEK_12, "--format", "json");

        assertThat(given.exitCode()).isZero();
        assertThat(given.out()).isEqualTo(sorted.out());
    }

    @ParameterizedTest(name = "-o {0} writes {1}")
    @CsvSource({"progress.md, Markdown, # Progress over time", "progress.json, JSON, {",
        "progress.html, HTML, <!DOCTYPE html>", "progress.pdf, PDF, %PDF-"})
    void eachFormatIsWrittenToTheFileItsNameSaysAndNamedOnStderr(String name, String kind, String start) throws IOException {
        Path out = folder.resolve(name);

        Run cli = run("progress", NOVEMBER, WEEK_12, "-o", out.toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).startsWith("wrote " + out + " (" + kind + ", ");
        assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1)).startsWith(start);
    }

    @Test
    void jsonOnStandardOutputCarriesItsSchemaVersionAndTheVerdicts() throws IOException {
        Run cli = run("progress", NOVEMBER, WEEK_12, "--format", "json");

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("schemaVersion").asText()).isNotBlank();
        assertThat(json.at("/implemented/2/kpis/0/verdict").asText()).isEqualTo("delivered");
        assertThat(json.at("/assessments/0/file").asText()).isEqualTo(NOVEMBER);
    }

    @Test
    void theReportIsWrittenInTheLanguageAsked() {
        Run cli = run("progress", NOVEMBER, WEEK_12, "--lang", "uz");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith("# Vaqt boʻyicha oʻzgarishlar: Illustrative Industrial Firm");
    }

    // ------------------------------------------------------------------ usage errors: exit 64

    @Test
    void oneAssessmentAloneIsAUsageError() {
        Run cli = run("progress", NOVEMBER);

        assertThat(cli.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err()).startsWith("mli: progress compares two or more assessments of one organization; only "
                + NOVEMBER + " was given").contains("Try 'mli progress --help' for usage.");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void noAssessmentIsAUsageError() {
        assertThat(run("progress").exitCode).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void oneAssessmentNamedTwiceIsAUsageError() {
        Run cli = run("progress", NOVEMBER, "./" + NOVEMBER);

        assertThat(cli.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err()).startsWith("mli: ./" + NOVEMBER + " is named twice (also as " + NOVEMBER + ")");
    }

    @Test
    void aPdfForTheTerminalAndAFormatThatContradictsTheFileNameAreUsageErrors() {
        assertThat(run("progress", NOVEMBER, WEEK_12, "--format", "pdf").exitCode).isEqualTo(ExitCode.USAGE);
        Run contradicting = run("progress", NOVEMBER, WEEK_12, "--format", "html", "-o", folder.resolve("p.pdf").toString());
        assertThat(contradicting.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(contradicting.err()).contains("ends in .pdf but --format html was given");
    }

    @Test
    void theReportIsNeverWrittenOverOneOfTheAssessments() throws IOException {
        Path copy = Files.copy(Path.of(WEEK_12), folder.resolve("week-12.yaml"));

        Run cli = run("progress", NOVEMBER, copy.toString(), "-o", copy.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err()).contains("refusing to overwrite " + copy);
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(Path.of(WEEK_12)));
    }

    // ------------------------------------------------------------------ refusals: exit 65 and 66

    @Test
    void assessmentsOfTwoOrganizationsAreRefusedNamingBothAndTheirFiles() throws IOException {
        Path other = Files.writeString(folder.resolve("other.yaml"), Files.readString(Path.of(WEEK_12))
                .replace("organization: Illustrative Industrial Firm", "organization: Northwind Cables"));

        Run cli = run("progress", NOVEMBER, other.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(cli.err()).contains(other + ": organization: `Northwind Cables` is not `Illustrative Industrial"
                + " Firm`, the organization of " + NOVEMBER).contains("1 problem found; nothing was written.");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void twoAssessmentsOfOneDateAreRefused() throws IOException {
        Path again = Files.writeString(folder.resolve("again.yaml"), Files.readString(Path.of(NOVEMBER)));

        Run cli = run("progress", NOVEMBER, again.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(cli.err()).contains(again + ": assessed_on: 2026-11-01 is also the date of " + NOVEMBER);
    }

    @Test
    void everyProblemOfEveryAssessmentIsSaidAtOnceWithItsPlace() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.yaml"), Files.readString(Path.of(WEEK_12))
                .replace("transport-visibility-dashboard, since: 2026-11-02", "transport-visibility-dashbord, since: 2026-11-02")
                .replace("joint-promotion-review, since: 2026-11-09", "joint-promotion-review, since: 2027-02-01"));

        Run cli = run("progress", NOVEMBER, bad.toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(cli.err()).contains(bad + ":18:11: implemented[0].id: unknown intervention (did you mean"
                        + " `transport-visibility-dashboard`?)")
                .contains(bad + ":20:42: implemented[2].since: `2027-02-01` is after the assessment's date (2027-01-24)")
                .contains("2 problems found; nothing was written.");
    }

    @Test
    void aMissingAssessmentExits66() {
        Run cli = run("progress", NOVEMBER, folder.resolve("absent.yaml").toString());

        assertThat(cli.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    }
}
