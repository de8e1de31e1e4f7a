package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli kb diff OLD NEW [--cases DIR]}. */
class KbDiffCommandTest {

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void sameKnowledgeBaseShowsNoChangeForTheGoldenCasesAndExamples() {
        assertThat(run("kb", "diff", "knowledge-base", "knowledge-base", "--cases", "examples")).isZero();
        assertThat(out.toString().strip()).matches("(?s)\\d+ inputs: 0 changed, \\d+ unchanged");
    }

    @Test
    void anEditedKnowledgeBaseListsTheChangedExamples(@TempDir Path folder) throws IOException {
        Path edited = CliRun.copyOfShippedKb(folder);
        Files.writeString(edited.resolve("gates.yaml"), Files.readString(edited.resolve("gates.yaml")).replace("below: 60 }", "below: 80 }"));

        assertThat(run("kb", "diff", "knowledge-base", edited.toString(), "--cases", "examples")).isZero();
        assertThat(out.toString()).contains("examples/illustrative-firm.yaml:\n  binding constraint T (shortfall) → T (gate)")
                .containsPattern("\\d+ inputs: [1-9]\\d* changed");
    }

    @Test
    void missingFoldersAreMissingInput() {
        assertThat(run("kb", "diff", "knowledge-base", "no-such-kb")).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run("kb", "diff", "knowledge-base", "knowledge-base", "--cases", "no-such-folder")).isEqualTo(ExitCode.NO_INPUT);
    }
}
