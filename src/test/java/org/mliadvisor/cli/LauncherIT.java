package org.mliadvisor.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/mli}, run on a copy of the built jar in a folder laid out as a checkout: it makes its
 * class-data archive on first use, reuses it, remakes it when the jar is newer, never lets the JVM
 * say anything about the archive, and prints what {@code java -jar} prints. Runs after {@code package}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final Path EXAMPLE = Path.of("examples", "illustrative-firm.yaml").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    static Path checkout;

    private static Path jar;

    /** The exit code, standard output and standard error of one run. */
    record Run(int exitCode, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void layOutACheckout() throws IOException {
        Files.createDirectories(checkout.resolve("bin"));
        Files.createDirectories(checkout.resolve("target"));
        Path launcher = Files.copy(Path.of("bin", "mli"), checkout.resolve("bin/mli"));
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        jar = Files.copy(Path.of("target", "mli.jar"), checkout.resolve("target/mli.jar"));
    }

    private static Run launcher(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(checkout.resolve("bin/mli").toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    private static Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        for (String name : List.of("JAVA", "MLI_JAVA_OPTS", "MLI_ARCHIVE", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            env.remove(name);
        }
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(environment);
        Path out = Files.createTempFile(checkout, "out", ".txt");
        Path err = Files.createTempFile(checkout, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the run finishes").isTrue();
        Run run = new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static List<Path> archives() throws IOException {
        Path folder = checkout.resolve("target/jvm");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("mli-java\\d+-\\d+\\.(jsa|aot)")).sorted().toList();
        }
    }

    private static byte[] plainReport() throws IOException, InterruptedException {
        Run plain = run(List.of(JAVA, "-jar", jar.toString(), "diagnose", EXAMPLE.toString()), Map.of());
        assertThat(plain.exitCode()).isZero();
        return plain.out();
    }

    @Test
    @Order(1)
    void theFirstRunMakesTheArchiveAndPrintsWhatJavaJarPrintsAndNothingElse() throws Exception {
        assertThat(archives()).isEmpty();

        Run run = launcher(Map.of(), "diagnose", EXAMPLE.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.text()).isEqualTo(new String(plainReport(), StandardCharsets.UTF_8));
        int major = Runtime.version().feature();
        assertThat(archives()).singleElement().asString().endsWith(major >= 25 ? ".aot" : ".jsa").contains("mli-java" + major + "-");
    }

    @Test
    @Order(2)
    void laterRunsUseTheArchiveAsItIs() throws Exception {
        Path archive = archives().get(0);
        FileTime made = Files.getLastModifiedTime(archive);

        Run version = launcher(Map.of(), "--version");
        Run json = launcher(Map.of(), "diagnose", EXAMPLE.toString(), "--format", "json");

        assertThat(version.exitCode()).isZero();
        assertThat(version.text()).startsWith("mli ");
        assertThat(version.err()).isEmpty();
        assertThat(json.exitCode()).isZero();
        assertThat(json.text()).startsWith("{");
        assertThat(json.err()).isEmpty();
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);
    }

    @Test
    @Order(3)
    void anArchiveTheJvmRefusesIsPassedOverInSilence() throws Exception {
        // the jar is rewritten with an older time than the archive: the launcher takes the archive for
        // current, and the JVM, which recorded the jar's time, refuses it
        Path archive = archives().get(0);
        FileTime made = Files.getLastModifiedTime(archive);
        Files.write(jar, Files.readAllBytes(jar));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(made.toMillis() - 60_000));

        Run run = launcher(Map.of(), "diagnose", EXAMPLE.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(plainReport());
    }

    @Test
    @Order(4)
    void aJarNewerThanTheArchiveHasItRemadeWhichTheBuildAsksForAlone() throws Exception {
        Path archive = archives().get(0);
        FileTime before = Files.getLastModifiedTime(archive);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(before.toMillis() + 2_000));

        Run run = launcher(Map.of("MLI_ARCHIVE", "only"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(archives()).containsExactly(archive);
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
        Run after = launcher(Map.of(), "--version");
        assertThat(after.err()).isEmpty();
    }

    @Test
    @Order(5)
    void aJavaHomeOlderThan17IsPassedOverForTheJavaOnThePath() throws Exception {
        Path old = checkout.resolve("old-jdk");
        Files.createDirectories(old.resolve("bin"));
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path fake = Files.writeString(old.resolve("bin/java"), "#!/bin/sh\necho 'not this one' >&2\nexit 99\n");
        assertThat(fake.toFile().setExecutable(true)).isTrue();
        Path path = Files.createDirectories(checkout.resolve("path"));
        Files.createSymbolicLink(path.resolve("java"), Path.of(JAVA));

        Run run = launcher(Map.of("JAVA_HOME", old.toString(), "PATH", path + ":/usr/bin:/bin"), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.text()).startsWith("mli ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    @Order(6)
    void withoutABuiltJarItSaysHowToBuildOne() throws Exception {
        Files.move(jar, jar.resolveSibling("elsewhere.jar"));
        try {
            Run run = launcher(Map.of(), "--version");

            assertThat(run.exitCode()).isEqualTo(66);
            assertThat(run.err()).contains("mli.jar is missing", "mvn -q -B package -DskipTests");
        } finally {
            Files.move(jar.resolveSibling("elsewhere.jar"), jar);
        }
    }

    /** The long-running commands get the full JIT, the one-firm ones the quick compiler; all the serial collector. */
    @ParameterizedTest
    @CsvSource({"diagnose x.yaml, true", "what-if x.yaml, true", "--verbose diagnose x.yaml, true", "batch in.csv -o out, false",
        "bench --batch 10, false", "--verbose batch in.csv, false"})
    @Order(7)
    void batchAndBenchGetTheFullCompilerAndTheOthersTheQuickOne(String arguments, boolean quick) throws Exception {
        Path jdk = checkout.resolve("echo-jdk");
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.9\"\nJAVA_RUNTIME_VERSION=\"17.0.9+9\"\n");
        Path echo = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\necho \"$@\"\n");
        assertThat(echo.toFile().setExecutable(true)).isTrue();

        Run run = launcher(Map.of("JAVA", echo.toString(), "MLI_ARCHIVE", "off"), arguments.split(" "));

        assertThat(run.exitCode()).isZero();
        String line = run.text().strip();
        assertThat(line).endsWith(" -jar " + jar + " " + arguments);
        List<String> flags = List.of(line.substring(0, line.indexOf(" -jar ")).split(" "));
        assertThat(flags).contains("-XX:+UseSerialGC", "-XX:-UsePerfData");
        if (quick) {
            assertThat(flags).contains("-XX:TieredStopAtLevel=1");
        } else {
            assertThat(flags).noneMatch(flag -> flag.startsWith("-XX:TieredStopAtLevel"));
        }
    }
}
