package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli kb docs -o DIR}. */
class KbDocsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = MliCommand.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesAReadableIndexIntoANewFolder(@TempDir Path folder) throws IOException {
        Path docs = folder.resolve("docs");

        assertThat(run("kb", "docs", "knowledge-base", "-o", docs.toString())).isZero();

        Path index = docs.resolve("index.html");
        assertThat(Files.readString(index)).startsWith("<!DOCTYPE html>").contains("intervention-sop-cycle");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index))).isEqualTo("rw-r--r--");
        try (var files = Files.list(docs)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("index.html");
        }
    }

    @Test
    void needsAnOutputFolder() {
        assertThat(run("kb", "docs")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--output");
    }

    @Test
    void invalidKnowledgeBaseWritesNothing(@TempDir Path folder) {
        assertThat(run("kb", "docs", "no-such-kb", "-o", folder.resolve("docs").toString())).isEqualTo(ExitCode.NO_INPUT);
        assertThat(folder.resolve("docs")).doesNotExist();
    }
}
