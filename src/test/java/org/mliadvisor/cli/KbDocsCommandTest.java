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

    @Test
    void langRuWritesTheCatalogueInRussianWithEnglishWhereATextLacksItsTranslation(@TempDir Path folder) throws IOException {
        Path kb = CliRun.copyOfShippedKb(Files.createDirectory(folder.resolve("kb")));
        Files.writeString(kb.resolve("indicators.yaml"), Files.readString(kb.resolve("indicators.yaml"))
                .replace("      ru: Цикл S&OP/IBP внедрён и соблюдается\n", ""));
        Path docs = folder.resolve("docs");

        assertThat(cli.run("kb", "docs", kb.toString(), "--lang", "ru", "-o", docs.toString())).isZero();

        String html = Files.readString(docs.resolve("index.html"));
        assertThat(html).contains("<html lang=\"ru\">", "<h2>Индикаторы</h2>",
                "<code>S.sop_cycle</code> S&amp;OP/IBP cycle implemented and followed</h3>",
                "<code>S.joint_promotion_review</code> Совместный");
    }

    @Test
    void anUnknownLanguageIsAUsageError(@TempDir Path folder) {
        assertThat(cli.run("kb", "docs", "knowledge-base", "--lang", "de", "-o", folder.resolve("docs").toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(folder.resolve("docs")).doesNotExist();
    }
}
