package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.mliadvisor.source.Fifo;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What reaches standard output and standard error, run as {@code main} runs it (through
 * {@link MliCommand#run}): write failures, {@code -o} onto special files, control characters,
 * file-system messages.
 */
class OutputSafetyTest {

    private static final String EXAMPLE = Path.of("examples", "illustrative-firm.yaml").toString();
    private static final String ESC = "\u001B";

    @TempDir
    Path folder;

    /** The outcome of one command line, its output as bytes. */
    record Run(int exitCode, byte[] bytes, String err) {
        String out() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MliCommand.run(args, out, err);
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** A standard output that fails as a full disk does, after the first few bytes. */
    private static final class FullDisk extends OutputStream {
        private int room = 100;

        @Override
        public void write(int b) throws IOException {
            if (--room < 0) {
                throw new IOException("No space left on device");
            }
        }
    }

    // ------------------------------------------------------------------ write failures on stdout (74)

    @Test
    void aFailedWriteOnStandardOutputExits74AndSaysSo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = MliCommand.run(new String[] {"diagnose", EXAMPLE, "--format", "json"}, new FullDisk(), err);

        assertThat(code).isEqualTo(ExitCode.IO_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("mli: standard output: cannot be written (No space left on device)");
    }

    @Test
    void aFailedWriteOnStandardOutputFailsEveryCommandThatPrints() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = MliCommand.run(new String[] {"why-not", "examples/relational-gap-firm.yaml", "crm-erp-data-consistency"},
                new FullDisk(), err);

        assertThat(code).isEqualTo(ExitCode.IO_ERROR);
    }

    @Test
    void aWorkingStandardOutputExitsZeroWithTheWholeReport() {
        Run run = run("diagnose", EXAMPLE, "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{").endsWith("}\n");
        assertThat(run.err()).isEmpty();
    }

    // ------------------------------------------------------------------ -o onto special files

    @Test
    void dashMeansStandardOutput() {
        Run toStdout = run("diagnose", EXAMPLE);

        Run dash = run("diagnose", EXAMPLE, "-o", "-");

        assertThat(dash.exitCode()).isZero();
        assertThat(dash.out()).isEqualTo(toStdout.out()).isNotEmpty();
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void aPdfSentToStandardOutputWithDashKeepsItsBytes() throws IOException {
        Path file = folder.resolve("report.pdf");
        assertThat(run("diagnose", EXAMPLE, "--format", "pdf", "-o", file.toString()).exitCode()).isZero();

        Run run = run("diagnose", EXAMPLE, "--format", "pdf", "-o", "-");

        assertThat(run.exitCode()).isZero();
        // the header and its binary marker line; a text writer would have turned the marker into U+FFFD
        assertThat(Arrays.copyOf(run.bytes(), 15)).isEqualTo(Arrays.copyOf(Files.readAllBytes(file), 15));
        assertThat(run.bytes().length).isBetween(Files.readAllBytes(file).length - 200, Files.readAllBytes(file).length + 200);
    }

    /** Everything a FIFO delivers, read on a thread of its own so that the writer does not block. */
    private static CompletableFuture<byte[]> readInBackground(Path fifo) {
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                read.complete(in.readAllBytes());
            } catch (IOException e) {
                read.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return read;
    }

    @Test
    void aFifoIsWrittenThroughAndStaysAFifo() throws Exception {
        Path fifo = folder.resolve("report.fifo");
        Fifo.makeOrSkip(fifo);
        CompletableFuture<byte[]> read = readInBackground(fifo);

        Run run = run("diagnose", EXAMPLE, "-o", fifo.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.isRegularFile(fifo)).as("the FIFO was replaced by a file").isFalse();
        assertThat(new String(read.get(20, TimeUnit.SECONDS), StandardCharsets.UTF_8))
                .isEqualTo(run("diagnose", EXAMPLE).out());
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(fifo);
        }
    }

    @Test
    void aFifoNamedLikeAPdfReceivesMarkdownWhenNoFormatIsGiven() throws Exception {
        Path fifo = folder.resolve("report.pdf");
        Fifo.makeOrSkip(fifo);
        CompletableFuture<byte[]> read = readInBackground(fifo);

        Run run = run("diagnose", EXAMPLE, "-o", fifo.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(new String(read.get(20, TimeUnit.SECONDS), StandardCharsets.UTF_8))
                .isEqualTo(run("diagnose", EXAMPLE).out());
    }

    @Test
    void aFileOfTheKnowledgeBaseInUseIsRefusedWith64AndLeftAlone() throws IOException {
        Path kb = CliRun.copyOfShippedKb(Files.createDirectory(folder.resolve("kb")));
        String gates = Files.readString(kb.resolve("gates.yaml"));

        Run run = run("diagnose", EXAMPLE, "--kb", kb.toString(), "-o", kb.resolve("gates.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("refusing to overwrite a file of the knowledge base in use");
        assertThat(Files.readString(kb.resolve("gates.yaml"))).isEqualTo(gates);
    }

    @Test
    void aFileBesideTheKnowledgeBaseIsWritten() throws IOException {
        Path kb = CliRun.copyOfShippedKb(Files.createDirectory(folder.resolve("kb")));
        Path report = Files.writeString(folder.resolve("report.md"), "older");

        Run run = run("diagnose", EXAMPLE, "--kb", kb.toString(), "-o", report.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(report)).startsWith("# ");
    }

    // ------------------------------------------------------------------ file-system messages

    @Test
    void anEmptyOutputNameIsWrongUsage() {
        Run run = run("diagnose", EXAMPLE, "-o", "");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("-o needs a file name, or - for standard output");
    }

    @Test
    void anOutputBelowAFileSaysThatAPathComponentIsAFile() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "a file");

        Run run = run("diagnose", EXAMPLE, "-o", file.resolve("report.md").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CREATE);
        assertThat(run.err()).contains("a path component is a file, not a folder: " + file)
                .doesNotContain("does not exist");
    }

    @Test
    void aKnowledgeBaseThatIsAFileIsNamedSoNotAsMissing() {
        Run run = run("diagnose", EXAMPLE, "--kb", EXAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.err()).contains(EXAMPLE + ": is a file, not a folder").doesNotContain("not found");
    }

    @Test
    void anUnreadableAssessmentSaysPermissionDenied() throws IOException {
        Path assessment = Files.copy(Path.of(EXAMPLE), folder.resolve("firm.yaml"));
        assumeTrue(assessment.toFile().setReadable(false, false) && !Files.isReadable(assessment),
                "the user cannot read a file without read permission (not root)");

        Run run = run("diagnose", assessment.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.err()).contains(assessment + ": cannot be read: permission denied");
    }

    // ------------------------------------------------------------------ control characters

    @Test
    void controlCharactersInErrorMessagesShowAsEscapes() throws IOException {
        Path assessment = folder.resolve("evil.yaml");
        Files.writeString(assessment, Files.readString(Path.of(EXAMPLE))
                .replace("indicators:", "indicators:\n  \"S.x\\e]0;pwned\\a\\x9b\": 1"));

        Run run = run("diagnose", assessment.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).contains("S.x\\u001B]0;pwned\\u0007\\u009B")
                .doesNotContain(ESC, "\u0007", "\u009B");
    }

    @Test
    void controlCharactersInAFileNameShowAsEscapesInEveryMessage() {
        Run run = run("diagnose", "missing" + ESC + "[2J.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.err()).contains("missing\\u001B[2J.yaml").doesNotContain(ESC);
    }

    @Test
    void controlCharactersInTheMarkdownReportShowAsEscapesAndItsLinesStay() throws IOException {
        Path assessment = folder.resolve("evil.yaml");
        Files.writeString(assessment, Files.readString(Path.of(EXAMPLE))
                .replace("organization: Illustrative Industrial Firm", "organization: \"Evil\\e[31m Corp\\r\""));

        Run run = run("diagnose", assessment.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Evil\\u001B\\[31m Corp").doesNotContain(ESC, "\r").contains("\n\n");
    }

    @Test
    void controlCharactersInWhyNotShowAsEscapes() throws IOException {
        Path assessment = folder.resolve("evil.yaml");
        Files.writeString(assessment, Files.readString(Path.of("examples", "relational-gap-firm.yaml"))
                .replace("organization: Relational Gap Manufacturing", "organization: \"Evil\\e]2;title\\a\""));

        Run run = run("why-not", assessment.toString(), "crm-erp-data-consistency");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Evil\\u001B]2;title\\u0007").doesNotContain(ESC, "\u0007");
    }

    @Test
    void controlCharactersInGoldenCaseTextsShowAsEscapes() throws IOException {
        Path kb = CliRun.copyOfShippedKb(Files.createDirectory(folder.resolve("kb")));
        Path tests = Files.createDirectory(kb.resolve("tests"));
        String binding = Files.readString(Path.of("knowledge-base", "tests", "binding.yaml"));
        // the first case fails (S binds, not T), so its description is printed under FAIL
        Files.writeString(tests.resolve("binding.yaml"), binding
                .replaceFirst("(?s)    description: >-\n.*?\n    assessment:",
                        "    description: \"hidden\\\\e[8m text\"\n    assessment:")
                .replaceFirst("binding: S\n", "binding: T\n"));

        Run run = run("kb", "test", kb.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.out()).contains("checks: hidden\\u001B[8m text").doesNotContain(ESC);
    }

    @Test
    void jsonReportsKeepTheirOwnEscapingAndNonAsciiText() throws IOException {
        Path assessment = folder.resolve("firm.yaml");
        Files.writeString(assessment, Files.readString(Path.of(EXAMPLE))
                .replace("organization: Illustrative Industrial Firm", "organization: \"Завод\\e «Ёлка»\""));

        Run run = run("diagnose", assessment.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"Завод\\u001B «Ёлка»\"").doesNotContain(ESC);
    }
}
