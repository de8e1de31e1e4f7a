package org.mliadvisor.cli;

import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.benchmark.Benchmark;
import org.mliadvisor.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mli bench}: start-up and throughput figures of the diagnostic engine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures rule-base and knowledge-base load, the first diagnosis, steady-state diagnoses per "
                + "second on one thread and on all cores, and whole processes (version, diagnose to each format, "
                + "kb test) beside an empty Java program.")
final class BenchCommand implements Callable<Integer> {

    static final String SHIPPED_EXAMPLE = "org/mliadvisor/examples/illustrative-firm.yaml";

    @Option(names = "--assessment", paramLabel = "FILE", description = "The assessment to diagnose (default: the illustrative firm).")
    Path assessment;

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds per throughput measurement (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--threads", description = "Threads for the parallel measurement (default: all cores).")
    Integer threads;

    @Option(names = "--interventions", defaultValue = "0", paramLabel = "N",
            description = "Also load and diagnose a synthetic knowledge base of N interventions.")
    int interventions;

    @Option(names = "--cold-runs", defaultValue = "5", paramLabel = "N",
            description = "Runs of each whole process to time, through bin/mli when it is beside the jar, each beside a "
                    + "run of an empty Java program (default: ${DEFAULT-VALUE}; 0 to skip).")
    int coldRuns;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (seconds <= 0 || interventions < 0 || coldRuns < 0 || (threads != null && threads < 1)) {
            spec.commandLine().getErr().println("mli: --seconds, --threads, --interventions and --cold-runs must be positive");
            return ExitCode.USAGE;
        }
        byte[] content;
        String name;
        if (assessment == null) {
            try (InputStream in = BenchCommand.class.getClassLoader().getResourceAsStream(SHIPPED_EXAMPLE)) {
                content = in.readAllBytes();
            }
            name = "illustrative-firm.yaml";
        } else if (!Files.isRegularFile(assessment)) {
            spec.commandLine().getErr().println("mli: " + assessment + ": file not found");
            return ExitCode.NO_INPUT;
        } else if (Files.size(assessment) > AssessmentLoader.MAX_FILE_BYTES) {
            // the loader's own cap, checked before the whole file is read into memory
            spec.commandLine().getErr().println("mli: " + assessment + ": is larger than " + AssessmentLoader.MAX_FILE_BYTES
                    + " bytes; nothing was written.");
            return ExitCode.DATA_ERROR;
        } else {
            content = Files.readAllBytes(assessment);
            name = assessment.toString();
        }
        int parallel = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path jar = jar();
        Path launcher = jar == null ? null : jar.toAbsolutePath().getParent().resolveSibling("bin").resolve("mli");
        Benchmark.Settings settings = new Benchmark.Settings(content, name, seconds, parallel, interventions,
                ProcessHandle.current().info().command().orElse("java"), jar,
                launcher != null && Files.isExecutable(launcher) ? launcher : null, coldRuns);
        try {
            new Benchmark(settings, spec.commandLine().getOut()).run();
        } catch (InputException e) {
            return InputProblems.report(e, spec.commandLine().getErr(), InputProblems.NOTHING_WRITTEN);
        }
        return ExitCode.OK;
    }

    /** The jar this runs from, or null when it runs from classes (as in the tests). */
    private static Path jar() {
        try {
            Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toString().endsWith(".jar") && Files.isRegularFile(jar) ? jar : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
