package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tool as a separate process, as cron or a container runs it: under the C locale, and with its
 * standard output on a full device or on {@code /dev/stdout}. Only a child process shows what the
 * JVM does with the locale and with the real file descriptors.
 */
class ChildProcessOutputTest {

    private static final String EXAMPLE = Path.of("examples", "illustrative-firm.yaml").toString();

    @TempDir
    Path folder;

    /** The exit code and the bytes written to stdout (a file) and stderr. */
    record Child(int exitCode, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** Runs {@code mli ARGS…} in a new JVM under {@code LC_ALL=C}, standard output to {@code stdout}. */
    private Child mli(File stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MliCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        builder.environment().remove("LC_CTYPE");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Path err = folder.resolve("stderr.txt");
        builder.redirectOutput(stdout).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the child finishes").isTrue();
        byte[] out = stdout.getPath().startsWith("/dev/") ? new byte[0] : Files.readAllBytes(stdout.toPath());
        return new Child(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aRussianReportOnStdoutIsUtf8UnderTheCLocale() throws Exception {
        Child child = mli(folder.resolve("report.md").toFile(),
                "diagnose", Path.of("examples", "volga-cable-works.ru.yaml").toString(), "--lang", "ru");

        assertThat(child.exitCode()).isZero();
        assertThat(child.text()).startsWith("# Диагностика интеграции маркетинга и логистики: АО «Волжский кабельный завод»")
                .doesNotContain("?????");
        // strictly valid UTF-8: a decoder that rejects malformed input reads it whole
        assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(child.out())).toString())
                .isEqualTo(child.text());
    }

    @Test
    void aJsonReportKeepsANonAsciiOrganizationNameUnderTheCLocale() throws Exception {
        Path assessment = folder.resolve("firm.yaml");
        Files.writeString(assessment, Files.readString(Path.of(EXAMPLE))
                .replace("organization: Illustrative Industrial Firm", "organization: Çelik Qurilish «Ёлка»"));

        Child child = mli(folder.resolve("report.json").toFile(), "diagnose", assessment.toString(), "--format", "json");

        assertThat(child.exitCode()).isZero();
        assertThat(child.text()).contains("\"organization\" : \"Çelik Qurilish «Ёлка»\"");
    }

    @Test
    void aReportOnAFullDeviceExits74AndSaysSo() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full exists (Linux)");

        Child child = mli(full, "diagnose", EXAMPLE, "--format", "json");

        assertThat(child.exitCode()).isEqualTo(ExitCode.IO_ERROR);
        assertThat(child.err()).contains("mli: standard output: cannot be written (No space left on device)");
    }

    @Test
    void outputToDevStdoutReachesARedirectedFileWhole() throws Exception {
        Path report = folder.resolve("report.md");

        Child child = mli(report.toFile(), "diagnose", EXAMPLE, "-o", "/dev/stdout");

        assertThat(child.exitCode()).isZero();
        assertThat(child.text()).startsWith("# Marketing–logistics integration diagnosis: Illustrative Industrial Firm")
                .endsWith("\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("report.md", "stderr.txt");
        }
    }
}
