package org.mliadvisor.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whole processes, as a consultant starts them, timed from outside: each command runs in turn with an
 * empty Java program (the floor), and its figure is read as the median of its run-by-run ratios to the
 * floor, which holds when a shared machine's speed drifts during the measurement.
 */
public final class ColdStart {

    /** One command line to time, under the label it is printed with. */
    public record Command(String label, List<String> line) {
        public Command {
            line = List.copyOf(line);
        }
    }

    /** The wall times of one command and of the floor runs paired with it, in milliseconds. */
    public record Timing(Command command, List<Double> millis, List<Double> floorMillis) {
        public Timing {
            millis = List.copyOf(millis);
            floorMillis = List.copyOf(floorMillis);
        }

        public double median() {
            return ColdStart.median(millis);
        }

        public double floorMedian() {
            return ColdStart.median(floorMillis);
        }

        /** The median of the run-by-run ratios to the floor. */
        public double ratio() {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < millis.size(); i++) {
                ratios.add(millis.get(i) / floorMillis.get(i));
            }
            return ColdStart.median(ratios);
        }
    }

    private final String java;
    private final Path jar;
    private final Path launcher;
    private final int runs;
    private final Path folder;

    /**
     * Processes of {@code java -jar jar} and, when {@code launcher} is not null, of that launcher,
     * each timed {@code runs} times after one run that is not counted (which also lets the launcher
     * make its class-data archive); they run in {@code folder}, which holds their inputs and outputs.
     */
    public ColdStart(String java, Path jar, Path launcher, int runs, Path folder) {
        this.java = java;
        this.jar = jar;
        this.launcher = launcher;
        this.runs = runs;
        this.folder = folder;
    }

    /**
     * The commands the README's figures are made of, through the launcher when there is one: the
     * version, the shipped example firm diagnosed to each format, the built-in golden cases, and with
     * {@code interventions > 0} a synthetic knowledge base of that many interventions loaded and
     * diagnosed in a fresh process; then the example through a plain {@code java -jar}.
     */
    public List<Command> commands(int interventions) throws IOException {
        Path example = folder.resolve("illustrative-firm.yaml");
        try (InputStream in = ColdStart.class.getClassLoader().getResourceAsStream("org/mliadvisor/examples/illustrative-firm.yaml")) {
            if (in == null) {
                throw new IOException("the shipped example is missing from the class path");
            }
            Files.copy(in, example);
        }
        String firm = example.getFileName().toString();
        List<String> mli = launcher == null ? List.of(java, "-jar", jar.toString()) : List.of(launcher.toString());
        String name = launcher == null ? "java -jar mli.jar" : "bin/mli";
        List<Command> commands = new ArrayList<>();
        commands.add(command(name + " --version", mli, "--version"));
        commands.add(command(name + " diagnose (markdown)", mli, "diagnose", firm));
        commands.add(command(name + " diagnose --format json", mli, "diagnose", firm, "--format", "json"));
        commands.add(command(name + " diagnose -o report.html (ru)", mli, "diagnose", firm, "--lang", "ru", "-o", "report.html"));
        commands.add(command(name + " diagnose -o report.pdf (ru)", mli, "diagnose", firm, "--lang", "ru", "-o", "report.pdf"));
        // run where there is no ./knowledge-base, kb test takes the built-in golden cases
        commands.add(command(name + " kb test (golden cases)", mli, "kb", "test"));
        if (interventions > 0) {
            Path kb = Files.createDirectory(folder.resolve("synthetic-kb"));
            SyntheticKnowledgeBase.write(kb, interventions);
            commands.add(command(String.format(Locale.ROOT, "%s diagnose --kb (%,d interventions)", name, interventions),
                    mli, "diagnose", firm, "--kb", kb.getFileName().toString()));
        }
        if (launcher != null) {
            commands.add(command("java -jar mli.jar diagnose (markdown)", List.of(java, "-jar", jar.toString()), "diagnose", firm));
        }
        return commands;
    }

    private static Command command(String label, List<String> program, String... args) {
        List<String> line = new ArrayList<>(program);
        line.addAll(List.of(args));
        return new Command(label, line);
    }

    /** The empty program, started as the JVM starts by default. */
    public Command floor() {
        return new Command("empty Java program (the floor)", List.of(java, "-cp", jar.toString(), EmptyProgram.class.getName()));
    }

    /** Times {@code command} in turn with the floor; a run that fails is said on {@code out} and ends the timing. */
    public Timing time(Command command, PrintWriter out) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        List<Double> floorMillis = new ArrayList<>();
        if (run(command, out) == null || run(floor(), out) == null) {
            return null;
        }
        for (int i = 0; i < runs; i++) {
            Double floor = run(floor(), out);
            Double own = run(command, out);
            if (floor == null || own == null) {
                return null;
            }
            floorMillis.add(floor);
            millis.add(own);
        }
        return new Timing(command, millis, floorMillis);
    }

    /** Times every command and prints one line each: its median, and its median ratio to the floor. */
    public void print(List<Command> commands, PrintWriter out) throws IOException, InterruptedException {
        out.printf("whole processes, median of %d runs each, every run beside a run of an empty Java program:%n", runs);
        List<Double> floors = new ArrayList<>();
        List<Timing> timings = new ArrayList<>();
        for (Command command : commands) {
            Timing timing = time(command, out);
            if (timing == null) {
                continue;
            }
            timings.add(timing);
            floors.addAll(timing.floorMillis());
            out.printf(Locale.ROOT, "  %-50s %7.0f ms  %5.1f × the floor%n", command.label() + ":", timing.median(), timing.ratio());
            out.flush();
        }
        if (!timings.isEmpty()) {
            out.printf(Locale.ROOT, "  %-50s %7.0f ms  (median of all %d floor runs)%n", floor().label() + ":",
                    median(floors), floors.size());
        }
        out.flush();
    }

    private Double run(Command command, PrintWriter out) throws IOException, InterruptedException {
        Path err = Files.createTempFile(folder, "stderr", ".txt");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command.line()).directory(folder.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            int code = process.waitFor();
            double millis = (System.nanoTime() - start) / 1e6;
            if (code != 0) {
                out.printf("  %s: exit code %d: %s%n", command.label(), code,
                        Files.readString(err, StandardCharsets.UTF_8).strip());
                out.flush();
                return null;
            }
            return millis;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Deletes {@code folder} and everything in it. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
