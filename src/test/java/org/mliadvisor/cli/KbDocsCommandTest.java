package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli kb docs -o DIR}. */
class KbDocsCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void writesAReadableIndexIntoANewFolder(@TempDir Path folder) throws IOException {
        Path docs = folder.resolve("docs");

        assertThat(cli.run("kb", "docs", "knowledge-base", "-o", docs.toString())).isZero();

        Path index = docs.resolve("index.html");
        assertThat(Files.readString(index)).startsWith("<!DOCTYPE html>").contains("intervention-sop-cycle");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(index))).isEqualTo("rw-r--r--");
        try (var files = Files.list(docs)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("index.html");
        }
    }

    @Test
    void needsAnOutputFolder() {
        assertThat(cli.run("kb", "docs")).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("--output");
    }

    @Test
    void invalidKnowledgeBaseWritesNothing(@TempDir Path folder) {
        assertThat(cli.run("kb", "docs", "no-such-kb", "-o", folder.resolve("docs").toString())).isEqualTo(ExitCode.NO_INPUT);
        assertThat(folder.resolve("docs")).doesNotExist();
    }
}
