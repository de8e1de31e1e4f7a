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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/** Measures start-up, first-diagnosis and steady-state costs of the diagnostic engine. */
public final class Benchmark {

    /**
     * What to measure.
     *
     * @param java     the java command whole processes are started with
     * @param jar      the jar of this tool, or null (run from classes) to time no whole process
     * @param launcher {@code bin/mli} beside the jar, or null to time {@code java -jar} only
     */
    public record Settings(byte[] assessment, String assessmentName, double seconds, int threads,
                           int syntheticInterventions, String java, Path jar, Path launcher, int coldRuns) {
    }

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
        throughput(diagnostician, assessment, 1);
        if (settings.threads() > 1) {
            throughput(diagnostician, assessment, settings.threads());
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

    private void throughput(Diagnostician diagnostician, Assessment assessment, int threads) throws InterruptedException {
        // the JIT needs seconds of diagnoses before Drools' hot paths are compiled; measuring earlier
        // would report the interpreter, not the steady state
        long warmUntil = System.nanoTime() + (long) (Math.max(2.0, settings.seconds()) * 1e9);
        while (System.nanoTime() < warmUntil) {
            diagnostician.diagnose(assessment);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Long>> counts = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                long n = 0;
                while (!stop.get()) {
                    diagnostician.diagnose(assessment);
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep((long) (settings.seconds() * 1000));
        stop.set(true);
        long total = 0;
        for (Future<Long> count : counts) {
            try {
                total += count.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a diagnosis failed during the benchmark", e.getCause());
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        out.printf("steady state, %d thread%s:             %8.0f diagnoses/s (%.1f µs each)%n", threads,
                threads == 1 ? " " : "s", total / elapsed, elapsed * 1e6 * threads / total);
        out.flush();
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
