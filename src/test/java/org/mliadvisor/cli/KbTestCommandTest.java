package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli kb test} end to end, in process: output shape and exit codes. */
class KbTestCommandTest {

    private static final String SUMMARY = "\\d+ passed, \\d+ failed";

    @TempDir
    Path folder;

    /** The outcome of one command line. */
    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @Test
    void shippedCasesAllPassWithOnePassLinePerCaseThenTheSummaryAndExitZero() {
        Run run = run("kb", "test");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.lines();
        int summary = lines.indexOf(lines.stream().filter(l -> l.matches(SUMMARY)).findFirst().orElseThrow());
        assertThat(lines.subList(0, summary - 1)).hasSizeGreaterThanOrEqualTo(20).allMatch(l -> l.startsWith("PASS "));
        assertThat(lines.get(summary)).isEqualTo((summary - 1) + " passed, 0 failed");
        assertThat(lines).contains("PASS illustrative-firm-gets-the-papers-three-levers").noneMatch(l -> l.startsWith("Coverage"));
        assertThat(lines).last().isEqualTo(lines.get(summary));
    }

    @Test
    void coverageOptionAppendsWhatTheCasesExercised() {
        Run run = run("kb", "test", "knowledge-base", "--coverage");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\nCoverage of ")
                .containsPattern("  DRL rules fired: \\d+ of \\d+")
                .contains("  interventions recommended: 24 of 24\n", "  interventions a case expects: 24 of 24\n",
                        "  variants chosen: 2 of 2\n", "  gates that decided the binding constraint: 2 of 2\n",
                        "  consistency checks that found something: 4 of 4\n");
        assertThat(run.out().indexOf("Coverage of")).isGreaterThan(run.out().indexOf(" passed, 0 failed"));
    }

    @Test
    void caseOptionRunsOnlyTheNamedCases() {
        Run run = run("kb", "test", "--case", "perfect-firm-has-nothing-binding",
                "--case", "illustrative-firm-gets-the-papers-three-levers", "--coverage");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.lines()).startsWith("PASS perfect-firm-has-nothing-binding", "PASS illustrative-firm-gets-the-papers-three-levers",
                "", "2 passed, 0 failed", "", "Coverage of 2 cases:");
    }

    @Test
    void unknownCaseNameIsWrongUsageWithASuggestion() {
        Run run = run("kb", "test", "--case", "perfect-firm-has-nothing-bindng");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("mli: no golden case is named `perfect-firm-has-nothing-bindng` "
                + "(did you mean `perfect-firm-has-nothing-binding`?)" + System.lineSeparator());
    }

    @Test
    void failingCaseExitsSixtyFiveWithExpectedAgainstActualAndTheRulesThatFired() throws IOException {
        Path kb = kbWithCases("""
                cases:
                  - name: right
                    assessment: ../../firm.yaml
                    expect: { binding: T }
                  - name: wrong
                    assessment: ../../firm.yaml
                    expect: { binding: S, recommends: [sop-cycle] }
                """);

        Run run = run("kb", "test", kb.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.lines();
        assertThat(lines).startsWith("PASS right", "FAIL wrong", "", "FAIL wrong (" + kb.resolve("tests/cases.yaml") + ":5:5)",
                "  binding: expected S / actual T (gate)",
                "  recommends[sop-cycle]: expected recommended / actual not recommended: its condition does not hold");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  concluded: binding T (gate) by binding.decide, binding.gate"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  rules fired: ").contains("binding.gate"));
        assertThat(lines).last().isEqualTo("1 passed, 1 failed");
    }

    @Test
    void invalidCaseFileExitsSixtyFiveListingEveryProblemAndRunsNothing() throws IOException {
        Path kb = kbWithCases("""
                cases:
                  - name: typo
                    assessment: ../../firm.yaml
                    expect: { recommends: [sop-cylce], binding: structural }
                """);

        Run run = run("kb", "test", kb.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.out()).isEmpty();
        String file = kb.resolve("tests/cases.yaml").toString();
        assertThat(run.err().lines().toList()).containsExactly(
                file + ":4:28: cases[typo].expect.recommends[0]: unknown intervention `sop-cylce` (did you mean `sop-cycle`?); "
                        + "the interventions are listed in interventions.yaml",
                file + ":4:49: cases[typo].expect.binding: `structural` is not allowed; expected one of: S, T, R, S+T, S+R, T+R, none",
                "mli: 2 problems found; no case was run.");
    }

    @Test
    void missingFolderOrTestsFolderExitsSixtySix() throws IOException {
        Run noFolder = run("kb", "test", folder.resolve("nowhere").toString());
        Path kb = copyOfShippedKb();
        Run noTests = run("kb", "test", kb.toString());

        assertThat(noFolder.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(noFolder.err()).contains("knowledge-base folder not found");
        assertThat(noTests.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(noTests.err()).contains(kb.resolve("tests") + ": golden-case folder not found");
        assertThat(noTests.out()).isEmpty();
    }

    @Test
    void invalidKnowledgeBaseExitsSixtyFiveBeforeAnyCaseIsRead() throws IOException {
        Path kb = kbWithCases("cases: nonsense\n");
        Files.writeString(kb.resolve("gates.yaml"), "gates: []\nextra: 1\n");

        Run run = run("kb", "test", kb.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).contains(kb.resolve("gates.yaml") + ":2:1: extra: unknown field").doesNotContain("cases.yaml");
    }

    /** A copy of the shipped KB in {@code folder/kb}, a firm in {@code folder/firm.yaml} and {@code kb/tests/cases.yaml}. */
    private Path kbWithCases(String cases) throws IOException {
        Path kb = copyOfShippedKb();
        Files.writeString(folder.resolve("firm.yaml"), """
                organization: Command Test Firm
                assessed_on: 2026-11-01
                indicators: { S.sop_cycle: 3, S.sop_cadence_fit: true, S.cross_functional_team: 4, T.crm_erp_consistency: 40,
                              T.wms_tms_visibility: 90, T.sku_master_governance: 4, R.shared_kpi_incentive: 25,
                              R.root_cause_closure_rate: 90, R.trust: 4 }
                """);
        Files.writeString(Files.createDirectories(kb.resolve("tests")).resolve("cases.yaml"), cases);
        return kb;
    }

    private Path copyOfShippedKb() throws IOException {
        Path kb = Files.createDirectories(folder.resolve("kb"));
        for (String file : KnowledgeBaseLoader.FILES) {
            Files.copy(Path.of("knowledge-base", file), kb.resolve(file));
        }
        return kb;
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = MliCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
