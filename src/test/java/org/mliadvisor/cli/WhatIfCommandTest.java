package org.mliadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli what-if} end to end, in process: its formats, its output, and how it refuses what it cannot take. */
class WhatIfCommandTest {

    private static final String EXAMPLE = Path.of("examples", "illustrative-firm.yaml").toString();
    private static final String[] LEVERS = {"--implement", "joint-promotion-review", "--implement", "crm-erp-data-consistency",
        "--implement", "transport-visibility-dashboard"};

    @TempDir
    Path folder;

    /** The outcome of one command line. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CliRun cli = new CliRun();
        int code = cli.run(args);
        return new Run(code, cli.out.toString(), cli.err.toString());
    }

    private static String[] whatIf(String... args) {
        List<String> all = new ArrayList<>(List.of("what-if", EXAMPLE));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static String[] levers(String... more) {
        return Stream.concat(Stream.of(LEVERS), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void theThreeLeversPrintMarkdownOnStandardOutputAndNothingOnStderr() {
        Run run = run(whatIf(levers()));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# What if: Illustrative Industrial Firm")
                .contains("82 → 88 (6 to 10.5 points expected, diagnosed at the cautious end",
                        "The binding constraint moves from Technological integration to Relational integration.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void noChangeSaysNothingChanges() {
        Run run = run(whatIf());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Nothing changes: the diagnosis is the same");
    }

    @Test
    void htmlGoesToTheFileNamedAndIsSaidOnStderr() throws IOException {
        Path report = folder.resolve("what-if.html");

        Run run = run(whatIf(levers("-o", report.toString())));

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("wrote " + report + " (HTML, ");
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("6 to 10.5 points expected");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("what-if.html");
        }
    }

    @Test
    void jsonComesOutParsedWithTheComparisonAndBothDiagnoses() throws IOException {
        Run run = run(whatIf(levers("--format", "json", "--weights", "S=0.4,T=0.3,R=0.3", "--set", "R.trust=2")));

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(json.path("changes").path("weights").path("after").path("S").asDouble()).isEqualTo(0.4);
        assertThat(json.path("changes").path("indicators").findValuesAsText("id")).contains("R.trust", "T.wms_tms_visibility");
        assertThat(json.path("comparison").path("binding").path("moved").asBoolean()).isTrue();
        assertThat(json.path("after").path("weights").path("source").asText()).isEqualTo("assessment");
    }

    @Test
    void russianIsWrittenWhenAsked() {
        Run run = run(whatIf(levers("--lang", "ru")));

        assertThat(run.out()).startsWith("# Что если: Illustrative Industrial Firm");
    }

    @Test
    void theFullDetailAddsWhereEachExpectedEffectComesFrom() {
        String client = run(whatIf(levers())).out();
        String full = run(whatIf(levers("--detail", "full"))).out();

        assertThat(client).doesNotContain("knowledge-base/interventions.yaml");
        assertThat(full).contains("## Where the expected effects come from", "knowledge-base/interventions.yaml:");
    }

    @Test
    void everyBadSettingIsListedAtOnceWithExit64AndNothingIsWritten() {
        Path report = folder.resolve("what-if.md");

        Run run = run(whatIf("--set", "S.sop_cylce=3", "--set", "kpi.otif.actual=120", "--implement", "joint-promoton-review",
                "--weights", "S=0.5,T=0.5,R=0.5", "-o", report.toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(
                "--set: S.sop_cylce: unknown indicator, KPI or context factor (did you mean `S.sop_cycle`?)",
                "--set: kpi.otif.actual: value 120 is out of range; expected 0 to 100",
                "--implement: joint-promoton-review: unknown intervention (did you mean `joint-promotion-review`?)",
                "--weights: the weights sum to 1.5; wS + wT + wR must equal 1",
                "mli: 4 problems in the options; nothing was written.", "Try 'mli what-if --help' for usage.");
        assertThat(report).doesNotExist();
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--set S.sop_cadence_fit=maybe | --set: S.sop_cadence_fit: expected true or false (a yes/no indicator), found text",
        "--set context.demand_volatility=wild | `wild` is not allowed; expected one of: low, medium, high",
        "--weights S=0.5,T=0.5        | --weights: R: is required but missing",
        "--implement nothing-like-it   | --implement: nothing-like-it: unknown intervention"})
    void aBadOptionExits64NamingWhatWasExpected(String option, String expected) {
        String[] parts = option.split(" ", 2);

        Run run = run(whatIf(parts[0], parts[1]));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(expected);
    }

    @Test
    void pdfIsRefusedWith64BeforeAnythingIsRead() {
        Run byFormat = run("what-if", "no-such-firm.yaml", "--format", "pdf", "-o", folder.resolve("x.pdf").toString());
        Run byName = run("what-if", "no-such-firm.yaml", "-o", folder.resolve("x.pdf").toString());

        assertThat(byFormat.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(byFormat.err()).contains("mli: what-if writes markdown, json, html, not pdf");
        assertThat(byName.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aMissingAssessmentIsMissingInputAndAnInvalidOneADataError() throws IOException {
        Path invalid = Files.writeString(folder.resolve("bad.yaml"), "organization: X\n");

        assertThat(run("what-if", folder.resolve("none.yaml").toString()).exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run("what-if", invalid.toString()).exitCode()).isEqualTo(ExitCode.DATA_ERROR);
    }

    @Test
    void theReportIsNeverWrittenOverTheAssessment() throws IOException {
        Path assessment = Files.copy(Path.of(EXAMPLE), folder.resolve("firm.yaml"));
        String before = Files.readString(assessment);

        Run run = run("what-if", assessment.toString(), "-o", assessment.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("refusing to overwrite the assessment with its own report");
        assertThat(Files.readString(assessment)).isEqualTo(before);
    }

    @Test
    void helpExplainsEachOptionAndShowsWorkingExamples() {
        Run run = run("what-if", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        String help = run.out().replaceAll("\\s+", " ");
        assertThat(help).contains("--set=ID=VALUE", "--implement=INTERVENTION", "--weights=S=…,T=…,R=…",
                "--format=FORMAT", "--lang=LANG", "--kb=DIR", "-o, --output=FILE", "--detail=DETAIL", "cautious end",
                "never below the firm's own answer", "Examples:", "mli what-if examples/illustrative-firm.yaml \\ "
                        + "--implement joint-promotion-review \\ --implement crm-erp-data-consistency \\ "
                        + "--implement transport-visibility-dashboard");
        assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void whatIfIsListedAmongTheCommands() {
        assertThat(run("--help").out()).contains("what-if");
    }
}
