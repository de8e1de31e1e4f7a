package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli kb diff OLD NEW [--cases DIR]}. */
class KbDiffCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = MliCommand.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static Path copyOfKbFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("knowledge-base"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    @Test
    void sameKnowledgeBaseShowsNoChangeForTheGoldenCasesAndExamples() {
        assertThat(run("kb", "diff", "knowledge-base", "knowledge-base", "--cases", "examples")).isZero();
        assertThat(out.toString().strip()).matches("(?s)\\d+ inputs: 0 changed, \\d+ unchanged");
    }

    @Test
    void anEditedKnowledgeBaseListsTheChangedExamples(@TempDir Path folder) throws IOException {
        Path edited = copyOfKbFiles(folder);
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
