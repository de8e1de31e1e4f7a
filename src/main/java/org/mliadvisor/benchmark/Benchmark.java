package org.mliadvisor.benchmark;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.RuleBase;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.ReportFormat;
import org.mliadvisor.source.InputException;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/** Measures start-up, first-diagnosis and steady-state costs of the diagnostic engine. */
public final class Benchmark {

    /**
     * What to measure.
     *
     * @param seconds      how long to measure the steady state on each thread count, after its warm-up
     * @param threadCounts the thread counts to measure the steady state on, in order
     * @param java         the java command whole processes are started with
     * @param jar          the jar of this tool, or null (run from classes) to time no whole process
     * @param launcher     {@code bin/mli} beside the jar, or null to time {@code java -jar} only
     */
    public record Settings(byte[] assessment, String assessmentName, double seconds, List<Integer> threadCounts,
                           int syntheticInterventions, String java, Path jar, Path launcher, int coldRuns) {

        public Settings {
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("seconds must be positive, not " + seconds);
            }
            threadCounts = List.copyOf(threadCounts);
            if (threadCounts.isEmpty() || threadCounts.stream().anyMatch(t -> t < 1)) {
                throw new IllegalArgumentException("thread counts must be positive, and at least one: " + threadCounts);
            }
        }

        /** The thread counts bench measures: 1 and 2, and {@code asked} too when it is neither (null: not asked). */
        public static List<Integer> threadCounts(Integer asked) {
            return asked == null || asked == 1 || asked == 2 ? List.of(1, 2) : List.of(1, 2, asked);
        }
    }

    /** The length a measured window aims at: shorter ones would show the scheduler's noise more than the rate. */
    private static final double MEASURE_WINDOW_SECONDS = 0.5;

    /** The fewest windows measured, so that the spread means something even for a short --seconds. */
    private static final int MIN_MEASURE_WINDOWS = 3;

    private final Settings settings;
    private final PrintWriter out;

    public Benchmark(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    /** Runs every measurement and prints one line per figure. */
    public void run() throws InputException, InterruptedException, IOException {
        out.printf("machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
        long start = System.nanoTime();
        RuleBase rules = RuleBase.shared();
        out.printf("rule base load (%s):        %8.1f ms%n", rules.origin(), ms(System.nanoTime() - start));
        start = System.nanoTime();
        RuleBase.compileFresh();
        out.printf("rule base compile from DRL:          %8.1f ms (what precompiling saves)%n", ms(System.nanoTime() - start));
        start = System.nanoTime();
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        out.printf("knowledge base load (built-in):      %8.1f ms%n", ms(System.nanoTime() - start));
        Assessment assessment = new AssessmentLoader(kb).load(settings.assessment(), settings.assessmentName());
        Diagnostician diagnostician = new Diagnostician(kb, rules);
        start = System.nanoTime();
        Diagnosis diagnosis = diagnostician.diagnose(assessment);
        out.printf("first diagnosis:                     %8.1f ms%n", ms(System.nanoTime() - start));
        out.flush();
        reports(diagnosis);
        for (int threads : settings.threadCounts()) {
            out.println(throughput(diagnostician, assessment, threads).line());
            out.flush();
        }
        if (settings.syntheticInterventions() > 0) {
            synthetic(rules);
        }
        if (settings.jar() != null && settings.coldRuns() > 0) {
            Path folder = Files.createTempDirectory("mli-cold");
            try {
                ColdStart cold = new ColdStart(settings.java(), settings.jar(), settings.launcher(), settings.coldRuns(), folder);
                cold.print(cold.commands(settings.syntheticInterventions()), out);
            } finally {
                ColdStart.delete(folder);
            }
        }
    }

    /**
     * What a report costs on top of the diagnosis: the first rendering in this process (what one
     * {@code mli diagnose} run pays, class loading and font parsing included) and the median of
     * later ones.
     */
    private void reports(Diagnosis diagnosis) {
        for (ReportFormat format : List.of(ReportFormat.HTML, ReportFormat.PDF)) {
            long start = System.nanoTime();
            int bytes = format.document(diagnosis, org.mliadvisor.report.ReportOptions.client(Language.RU)).length;
            double first = ms(System.nanoTime() - start);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < (format.binary() ? 5 : 50); i++) {
                start = System.nanoTime();
                format.document(diagnosis, org.mliadvisor.report.ReportOptions.client(Language.RU));
                times.add(ms(System.nanoTime() - start));
            }
            times.sort(Double::compare);
            out.printf("%-4s report (ru), first / warm median: %6.0f ms / %.0f ms (%d kB)%n", format.name(), first,
                    times.get(times.size() / 2), bytes / 1024);
            out.flush();
        }
    }

    /**
     * Diagnoses on {@code threads} threads without pause, first until the rate settles (each thread count
     * warms up anew: code compiled for one thread is not yet the steady state of several contending for
     * the same objects and cores), then for {@code --seconds} of measured windows.
     */
    private SteadyState throughput(Diagnostician diagnostician, Assessment assessment, int threads)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder diagnosed = new LongAdder();
        List<Future<?>> workers = new ArrayList<>();
        try {
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (!stop.get()) {
                        diagnostician.diagnose(assessment);
                        diagnosed.increment();
                    }
                    return null;
                }));
            }
            List<WarmUp.Window> warmUp = new ArrayList<>();
            WarmUp.Verdict verdict;
            do {
                warmUp.add(window(diagnosed, WarmUp.STANDARD.windowSeconds(), workers));
                verdict = WarmUp.STANDARD.judge(warmUp);
            } while (verdict == WarmUp.Verdict.WARMING);
            double warmUpSeconds = (System.nanoTime() - start) / 1e9;
            int windows = Math.max(MIN_MEASURE_WINDOWS, (int) Math.round(settings.seconds() / MEASURE_WINDOW_SECONDS));
            List<Double> rates = new ArrayList<>();
            for (int w = 0; w < windows; w++) {
                rates.add(window(diagnosed, settings.seconds() / windows, workers).rate());
            }
            return new SteadyState(threads, rates, warmUpSeconds, verdict == WarmUp.Verdict.STABLE);
        } finally {
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /**
     * Diagnoses per second and the JIT's compile time over one window of about {@code seconds}, the
     * workers running throughout.
     */
    private static WarmUp.Window window(LongAdder diagnosed, double seconds, List<Future<?>> workers)
            throws InterruptedException {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean(); // null when the JVM has no JIT (-Xint)
        boolean monitored = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        long compiledBefore = monitored ? compiler.getTotalCompilationTime() : 0;
        long before = diagnosed.sum();
        Thread.sleep(Math.max(1, Math.round(seconds * 1000)));
        long after = diagnosed.sum();
        long compiledAfter = monitored ? compiler.getTotalCompilationTime() : 0;
        double elapsed = (System.nanoTime() - start) / 1e9; // not the asked length: a busy machine wakes the sleeper late
        for (Future<?> worker : workers) {
            if (worker.isDone()) { // a worker only ends early when a diagnosis failed
                try {
                    worker.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a diagnosis failed during the benchmark", e.getCause());
                }
            }
        }
        double rate = (after - before) / elapsed;
        // a compile is counted when it ends, so one that spans windows all lands in its last
        return monitored ? WarmUp.Window.of(rate, (compiledAfter - compiledBefore) / 1e3, elapsed)
                : WarmUp.Window.unmonitored(rate, elapsed);
    }

    private void synthetic(RuleBase rules) throws InputException, IOException {
        Path folder = Files.createTempDirectory("mli-synthetic-kb");
        try {
            SyntheticKnowledgeBase.write(folder, settings.syntheticInterventions());
            long start = System.nanoTime();
            KnowledgeBase kb = new KnowledgeBaseLoader().load(folder);
            Assessment assessment = new AssessmentLoader(kb).load(settings.assessment(), settings.assessmentName());
            long loaded = System.nanoTime();
            int recommended = new Diagnostician(kb, rules).diagnose(assessment).recommendations().size();
            long done = System.nanoTime();
            out.printf("synthetic KB, %d interventions:    load %.0f ms + first diagnosis %.0f ms = %.0f ms (%d recommended)%n",
                    settings.syntheticInterventions(), ms(loaded - start), ms(done - loaded), ms(done - start), recommended);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
