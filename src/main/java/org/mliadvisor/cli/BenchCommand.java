package org.mliadvisor.cli;

import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.batch.Batch;
import org.mliadvisor.benchmark.FirmTableGenerator;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.OutputFile;
import org.mliadvisor.source.Problem;
import org.mliadvisor.benchmark.Benchmark;
import org.mliadvisor.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code mli bench}: start-up and throughput figures of the diagnostic engine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures rule-base and knowledge-base load, the first diagnosis, steady-state diagnoses per "
                + "second on one and on two threads (each after a warm-up until the rate is stable), and whole "
                + "processes (version, diagnose to each format, kb test) beside an empty Java program.")
final class BenchCommand implements Callable<Integer> {

    static final String SHIPPED_EXAMPLE = "org/mliadvisor/examples/illustrative-firm.yaml";

    @Option(names = "--assessment", paramLabel = "FILE", description = "The assessment to diagnose (default: the illustrative firm).")
    Path assessment;

    @Option(names = "--seconds", defaultValue = "5",
            description = "Seconds of steady-state measurement on each thread count, after its warm-up (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--threads", paramLabel = "J",
            description = "Also measure the steady state on J threads, besides 1 and 2; with --batch, the workers "
                    + "(default there: all cores).")
    Integer threads;

    @Option(names = "--interventions", defaultValue = "0", paramLabel = "N",
            description = "Also load and diagnose a synthetic knowledge base of N interventions.")
    int interventions;

    @Option(names = "--cold-runs", defaultValue = "5", paramLabel = "N",
            description = "Runs of each whole process to time, through bin/mli when it is beside the jar, each beside a "
                    + "run of an empty Java program (default: ${DEFAULT-VALUE}; 0 to skip).")
    int coldRuns;

    @Option(names = "--batch", paramLabel = "N",
            description = "Instead of the other figures, time mli batch end to end on a generated table of N firms.")
    Integer batchFirms;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        // NaN and infinity too: neither is a time to measure for
        if (!(seconds > 0) || Double.isInfinite(seconds) || interventions < 0 || coldRuns < 0 || (threads != null && threads < 1)) {
            spec.commandLine().getErr().println("mli: --seconds, --threads, --interventions and --cold-runs must be positive");
            return ExitCode.USAGE;
        }
        if (batchFirms != null) {
            return batch();
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
        Path jar = jar();
        Path launcher = jar == null ? null : jar.toAbsolutePath().getParent().resolveSibling("bin").resolve("mli");
        Benchmark.Settings settings = new Benchmark.Settings(content, name, seconds,
                Benchmark.Settings.threadCounts(threads), interventions,
                ProcessHandle.current().info().command().orElse("java"), jar,
                launcher != null && Files.isExecutable(launcher) ? launcher : null, coldRuns);
        try {
            new Benchmark(settings, spec.commandLine().getOut()).run();
        } catch (InputException e) {
            return InputProblems.report(e, spec.commandLine().getErr(), InputProblems.NOTHING_WRITTEN);
        }
        return ExitCode.OK;
    }

    /**
     * {@code mli batch} on a generated table of {@code --batch} firms, timed from loading the knowledge base to
     * the last output written (the JVM's own start is not in it), on {@code --threads} workers.
     */
    private int batch() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (batchFirms < 1) { // --threads was checked with the other options
            spec.commandLine().getErr().println("mli: --batch must be positive");
            return ExitCode.USAGE;
        }
        int jobs = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Path folder = Files.createTempDirectory("mli-bench-batch");
        try {
            Path table = folder.resolve("input.csv");
            KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
            try (Writer writer = Files.newBufferedWriter(table)) {
                new FirmTableGenerator(kb, 1).write(writer, batchFirms);
            }
            long start = System.nanoTime();
            Batch.Summary summary;
            try (Advisor advisor = new Advisor(new KnowledgeBaseLoader().loadBuiltIn())) {
                summary = new Batch(advisor, new Batch.Settings(table, folder, jobs, LocalDate.now(), Set.of(), Language.EN))
                        .run(new Batch.Listener() {
                            @Override
                            public void problem(Problem problem) {
                                // a generated table has none; were there any, the count below would show it
                            }

                            @Override
                            public void progress(long done, long expected) {
                                // the figure is the whole time
                            }
                        });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "batch of %,d generated firms, %d worker%s: %.1f s end to end (%,.0f firms/s), "
                            + "%,d diagnosed, %,d refused%n", batchFirms, jobs, jobs == 1 ? "" : "s", seconds,
                    summary.diagnosed() / seconds, summary.diagnosed(), summary.refused());
            out.flush();
            return summary.refused() == 0 ? ExitCode.OK : ExitCode.INTERNAL;
        } catch (InputException e) {
            return InputProblems.report(e, spec.commandLine().getErr(), InputProblems.NOTHING_WRITTEN);
        } catch (OutputFile.OutputException e) {
            return FileOutput.refused(e, spec.commandLine().getErr());
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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
