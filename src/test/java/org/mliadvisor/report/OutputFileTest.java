package org.mliadvisor.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The atomic write's temporary files, and which targets are written through instead. */
class OutputFileTest {

    @TempDir
    Path folder;

    @Test
    void staleTemporaryFilesOfThisToolAreRemovedOnTheNextWrite() throws Exception {
        Path stale = Files.writeString(folder.resolve(".mli-report.pdf.123456.tmp"), "killed half-way");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        OutputFile.write(folder.resolve("report.md"), "# report\n");

        assertThat(stale).doesNotExist();
        assertThat(names()).containsExactly("report.md");
    }

    @Test
    void recentTemporaryFilesAndOtherFilesAreLeftAlone() throws Exception {
        Path running = Files.writeString(folder.resolve(".mli-other.md.987.tmp"), "a write still running");
        Path foreign = Files.writeString(folder.resolve(".report.pdf123.tmp"), "not this tool's");
        Files.setLastModifiedTime(foreign, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        OutputFile.write(folder.resolve("report.md"), "# report\n");

        assertThat(running).exists();
        assertThat(foreign).exists();
    }

    @Test
    void temporaryFilesAreNamedAfterTheToolAndTheTargetAndAreWhatTheCleanupRemoves() throws Exception {
        Path temp = OutputFile.createTemporaryFile(folder, "report.pdf");
        assertThat(temp.getFileName().toString()).matches("\\.mli-report\\.pdf\\.\\d+\\.tmp");
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        OutputFile.write(folder.resolve("report.pdf"), "%PDF");

        assertThat(names()).containsExactly("report.pdf");
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "a file");

        assertThatThrownBy(() -> OutputFile.write(file.resolve("sub").resolve("report.md"), "# report\n"))
                .isInstanceOf(OutputFile.OutputException.class)
                .hasMessageContaining("a path component is a file, not a folder: " + file)
                .matches(e -> ((OutputFile.OutputException) e).cannotCreate());
    }

    /** Moving a file over /dev/null as root would replace the device: the FIFO test in the CLI shows the write itself. */
    @Test
    void devicesFifosAndTheSystemsDescriptorsAreWrittenThroughRegularFilesAreNot() throws IOException {
        assertThat(OutputFile.writesThrough(Path.of("/dev/null"))).isTrue();
        assertThat(OutputFile.writesThrough(Path.of("/dev/stderr"))).isTrue();
        assertThat(OutputFile.writesThrough(Path.of("/proc/self/fd/2"))).isTrue();
        assertThat(OutputFile.writesThrough(Files.writeString(folder.resolve("a.md"), "x"))).isFalse();
        assertThat(OutputFile.writesThrough(folder.resolve("new.md"))).isFalse();
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
