package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mliadvisor.assessment.AssessmentLoader;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench command refuses what the loaders would, before reading it into memory, and finds the launcher it times. */
class BenchCommandTest {

    @TempDir
    Path folder;

    @Test
    void anAssessmentLargerThanTheLoadersCapIsRefusedWith65() throws IOException {
        Path huge = folder.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(AssessmentLoader.MAX_FILE_BYTES + 1); // sparse: no disk used
        }
        CliRun cli = new CliRun();

        assertThat(cli.run("bench", "--assessment", huge.toString(), "--cold-runs", "0")).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(cli.err.toString()).contains("is larger than " + AssessmentLoader.MAX_FILE_BYTES + " bytes");
    }

    @Test
    void aMissingAssessmentIsMissingInput() {
        CliRun cli = new CliRun();

        assertThat(cli.run("bench", "--assessment", folder.resolve("none.yaml").toString())).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void theLauncherBesideTheJarIsAnExecutableShellScriptThatRunsIt() {
        assertThat(Path.of("bin", "mli")).isExecutable().content().startsWith("#!/bin/sh").contains("target/mli.jar");
    }

    @Test
    void benchBatchTimesAGeneratedTableEndToEndAndPrintsFirmsPerSecond() {
        CliRun cli = new CliRun();

        int code = cli.run("bench", "--batch", "20", "--threads", "2");

        assertThat(code).as(cli.err.toString()).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).startsWith("batch of 20 generated firms, 2 workers: ").contains("firms/s",
                "20 diagnosed, 0 refused");
    }

    @ParameterizedTest(name = "--seconds {0}")
    @ValueSource(strings = {"0", "-1", "NaN", "Infinity"})
    void aMeasuringTimeThatIsNoPositiveNumberOfSecondsIsAUsageError(String seconds) {
        CliRun cli = new CliRun();

        assertThat(cli.run("bench", "--seconds", seconds, "--cold-runs", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("--seconds");
    }

    @Test
    void benchBatchOfNoFirmsIsAUsageError() {
        CliRun run = new CliRun();
        assertThat(run.run("bench", "--batch", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.toString()).contains("--batch must be positive");
    }
}
