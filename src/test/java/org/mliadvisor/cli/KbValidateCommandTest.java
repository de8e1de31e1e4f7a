package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli kb validate}: exit codes and output. */
class KbValidateCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void shippedKnowledgeBaseIsValidWithoutWarnings() {
        assertThat(cli.run("kb", "validate", "knowledge-base", "--strict")).isEqualTo(0);
        assertThat(cli.out.toString()).contains("knowledge-base: valid");
        assertThat(cli.err.toString()).isEmpty();
    }

    @Test
    void warningsPrintButExitZeroUnlessStrict(@TempDir Path folder) throws IOException {
        CliRun.copyOfShippedKb(folder);
        Files.writeString(folder.resolve("roadmap.yaml"), Files.readString(folder.resolve("roadmap.yaml")));
        String interventions = Files.readString(folder.resolve("interventions.yaml"))
                .replace("roadmap_step: 6", "roadmap_step: 5");
        Files.writeString(folder.resolve("interventions.yaml"), interventions);

        assertThat(cli.run("kb", "validate", folder.toString())).isEqualTo(0);
        assertThat(cli.err.toString()).contains("roadmap.yaml:", "warning: roadmap.steps[5]: no intervention is placed on step 6");
        assertThat(cli.out.toString()).contains("valid with 1 warning");
        assertThat(cli.run("kb", "validate", "--strict", folder.toString())).isEqualTo(ExitCode.DATA_ERROR);
    }

    @Test
    void errorsAreListedAllAtOnceWithExitCode65(@TempDir Path folder) throws IOException {
        CliRun.copyOfShippedKb(folder);
        String interventions = Files.readString(folder.resolve("interventions.yaml"))
                .replace("indicator: S.sop_cycle,", "indicator: S.sop_cycel,").replace("effort: low", "effort: tiny");
        Files.writeString(folder.resolve("interventions.yaml"), interventions);

        assertThat(cli.run("kb", "validate", folder.toString())).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(cli.err.toString()).contains("did you mean `S.sop_cycle`?", "`tiny` is not allowed", "nothing was written")
                .doesNotContain("Exception");
        assertThat(cli.err.toString().lines().filter(l -> l.contains("interventions.yaml:")).count()).isGreaterThan(2);
    }

    @Test
    void missingFolderIsExitCode66() {
        assertThat(cli.run("kb", "validate", "no-such-folder")).isEqualTo(ExitCode.NO_INPUT);
        assertThat(cli.err.toString()).contains("no-such-folder", "not found");
    }
}
