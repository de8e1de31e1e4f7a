package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli kb diff OLD NEW [--cases DIR]}. */
class KbDiffCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void sameKnowledgeBaseShowsNoChangeForTheGoldenCasesAndExamples() {
        assertThat(cli.run("kb", "diff", "knowledge-base", "knowledge-base", "--cases", "examples")).isZero();
        assertThat(cli.out.toString().strip()).matches("(?s)\\d+ inputs: 0 changed, \\d+ unchanged");
    }

    @Test
    void anEditedKnowledgeBaseListsTheChangedExamples(@TempDir Path folder) throws IOException {
        Path edited = CliRun.copyOfShippedKb(folder);
        Files.writeString(edited.resolve("gates.yaml"), Files.readString(edited.resolve("gates.yaml")).replace("below: 60 }", "below: 80 }"));

        assertThat(cli.run("kb", "diff", "knowledge-base", edited.toString(), "--cases", "examples")).isZero();
        assertThat(cli.out.toString()).contains("examples/illustrative-firm.yaml:\n  binding constraint T (shortfall) → T (gate)")
                .containsPattern("\\d+ inputs: [1-9]\\d* changed");
    }

    @Test
    void missingFoldersAreMissingInput() {
        assertThat(cli.run("kb", "diff", "knowledge-base", "no-such-kb")).isEqualTo(ExitCode.NO_INPUT);
        assertThat(cli.run("kb", "diff", "knowledge-base", "knowledge-base", "--cases", "no-such-folder")).isEqualTo(ExitCode.NO_INPUT);
    }
}
