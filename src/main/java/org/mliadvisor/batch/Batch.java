package org.mliadvisor.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Verdict;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.OutputFile;
import org.mliadvisor.report.ReportFormat;
import org.mliadvisor.report.ReportOptions;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.TableStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Diagnoses every firm of a table, one row per firm, and writes {@code firms.csv} (one line per firm
 * diagnosed, in input order), {@code errors.csv} (every problem of every row not diagnosed, and of the
 * header) and the sample's statistics into an output folder.
 *
 * <p>Rows stream through in bounded memory: one thread reads, {@code jobs} workers read each row as
 * an assessment and diagnose it with the one shared {@link Advisor} (its diagnostician is thread-safe
 * and keeps a session per worker), and the calling thread writes the results in input order. At most
 * a few hundred rows are in flight at once; what outlives a row is only what the statistics keep.
 * Each output is written to a temporary file in the folder and moved into place at the end.
 */
public final class Batch {

    /** The file of diagnosed firms. */
    public static final String FIRMS = "firms.csv";
    /** The workbook of diagnosed firms. */
    public static final String WORKBOOK = "firms.xlsx";
    /** The file of problems. */
    public static final String ERRORS = "errors.csv";
    /** The folder of per-firm reports. */
    public static final String REPORTS = "reports";

    /** How many rows each worker may have waiting, so the reader stays ahead without holding the file. */
    private static final int IN_FLIGHT_PER_JOB = 64;

    /**
     * What to run.
     *
     * @param assessedOn the date of a firm whose row gives no {@code assessed_on}
     * @param reports    the formats of the per-firm reports to write, none for no reports
     */
    public record Settings(Path input, Path output, int jobs, LocalDate assessedOn, Set<ReportFormat> reports,
                           Language language) {
        public Settings {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(output, "output");
            if (jobs < 1) {
                throw new IllegalArgumentException("a batch needs at least one worker");
            }
            Objects.requireNonNull(assessedOn, "assessedOn");
            reports = Set.copyOf(reports);
            Objects.requireNonNull(language, "language");
        }
    }

    /** What a batch tells as it goes. */
    public interface Listener {
        /** A problem was found (an error or a warning), as it is written to {@code errors.csv}. */
        void problem(Problem problem);

        /** One more row is done; {@code expected} is the input's line count, an upper bound of its rows. */
        void progress(long done, long expected);
    }

    /**
     * How a batch went.
     *
     * @param diagnosed     firms diagnosed and written to {@code firms.csv}
     * @param refused       rows not diagnosed, each with its problems in {@code errors.csv}
     * @param errors        the error lines of {@code errors.csv}, header problems included
     * @param internal      rows that failed for a fault of the program
     * @param written       the files written, in the order written
     */
    public record Summary(long diagnosed, long refused, long errors, long internal, List<Path> written) {
        public Summary {
            written = List.copyOf(written);
        }

        /** Whether any row or the header had an error. */
        public boolean hadErrors() {
            return errors > 0;
        }
    }

    private final Advisor advisor;
    private final KnowledgeBase kb;
    private final Settings settings;

    public Batch(Advisor advisor, Settings settings) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.kb = advisor.knowledgeBase();
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Runs the batch. An input that cannot be opened at all is thrown, before anything is written; a
     * bad row or header never stops the good rows. An output that cannot be written is thrown.
     */
    public Summary run(Listener listener) throws InputException, OutputFile.OutputException, InterruptedException {
        try (FirmSource source = open()) {
            prepare();
            return run(source, listener);
        }
    }

    /** The input as a source of firms: a folder of assessments, a survey export, or a table of firms. */
    private FirmSource open() throws InputException {
        Path input = settings.input();
        if (Files.isDirectory(input)) {
            return new AssessmentFolder(input, kb);
        }
        Problems opening = new Problems();
        TableStream table = TableStream.open(input, input.toString(), opening);
        if (table.header() == null) {
            opening.error(SourceLocation.ofFile(table.file()), "", "the file is empty; expected a header row naming the"
                    + " columns `firm`, indicator ids, kpi.<id>.actual, kpi.<id>.target, context.<id> and weights.S|T|R,"
                    + " or a survey export's `firm`, `respondent`, `function` and item ids");
            return new FirmRows(table, null, kb, settings.assessedOn(), opening);
        }
        if (SurveyRows.isSurvey(table.header())) {
            return SurveyRows.of(table, kb, settings.assessedOn(), opening);
        }
        FirmColumns columns = FirmColumns.of(table.header(), table.file(), kb, opening);
        return new FirmRows(table, columns, kb, settings.assessedOn(), opening);
    }

    private Summary run(FirmSource source, Listener listener) throws OutputFile.OutputException, InterruptedException {
        Path folder = settings.output();
        List<Path> written = new ArrayList<>();
        Counts counts = new Counts();
        SampleStatistics statistics = new SampleStatistics(kb);
        try (OutputFile.Streamed firmsFile = OutputFile.open(folder.resolve(FIRMS));
             OutputFile.Streamed workbookFile = OutputFile.open(folder.resolve(WORKBOOK));
             OutputFile.Streamed errorsFile = OutputFile.open(folder.resolve(ERRORS))) {
            FirmWorkbook workbook = new FirmWorkbook(workbookFile.stream());
            CsvWriter firms = FirmTable.csv(firmsFile.stream());
            CsvWriter errors = FirmTable.csv(errorsFile.stream());
            firms.writeRecord(FirmTable.HEADER);
            errors.writeRecord("file", "row", "column", "message");
            ErrorLines lines = new ErrorLines(errors, source, listener, counts);
            source.opening().forEach(lines::write);
            stream(source, lines, new Sinks(firms, workbook), statistics, listener, counts);
            try {
                firms.flush();
                errors.flush();
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            firmsFile.commit();
            workbookFile.commit();
            errorsFile.commit();
            written.add(firmsFile.target());
            written.add(workbookFile.target());
            written.add(errorsFile.target());
        } catch (UncheckedIOException e) {
            throw OutputFile.failure(folder, e.getCause());
        }
        written.addAll(statistics.write(folder));
        return new Summary(counts.diagnosed, counts.refused, counts.errors, counts.internal, written);
    }

    /** Running totals, kept by the writing thread alone. */
    private static final class Counts {
        long diagnosed;
        long refused;
        long errors;
        long internal;
    }

    /** Where a diagnosed firm's line goes: {@code firms.csv}, and {@code firms.xlsx} while the sheet has room. */
    private record Sinks(CsvWriter csv, FirmWorkbook workbook) {
        /** Writes the line; false when the workbook was full and took no more. */
        boolean write(FirmResult firm) {
            List<FirmTable.Cell> cells = FirmTable.line(firm);
            csv.writeRecord(cells.stream().map(FirmTable.Cell::text).toList());
            try {
                return workbook.add(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes problems to {@code errors.csv} and tells the listener, counting the errors. */
    private record ErrorLines(CsvWriter csv, FirmSource source, Listener listener, Counts counts) {
        void write(Problem problem) {
            listener.problem(problem);
            if (!problem.isError()) {
                return;
            }
            counts.errors++;
            SourceLocation at = problem.location();
            String heading = source.heading(at.column());
            String column = at.column() == 0 ? "" : heading.isEmpty() ? Integer.toString(at.column()) : heading;
            String field = FirmColumns.heading(problem.field());
            String message = field.isEmpty() || field.equals(column) ? problem.message() : field + ": " + problem.message();
            csv.writeRecord(CellText.inert(at.file()), at.line() == 0 ? "" : Integer.toString(at.line()), CellText.inert(column),
                    CellText.inert(message));
        }
    }

    /** Reads firms on one thread, diagnoses them on the workers, and writes their outcomes here, in input order. */
    private void stream(FirmSource source, ErrorLines lines, Sinks firms, SampleStatistics statistics, Listener listener,
                        Counts counts) throws InterruptedException {
        BlockingQueue<Future<RowOutcome>> pending = new ArrayBlockingQueue<>(settings.jobs() * IN_FLIGHT_PER_JOB);
        ExecutorService workers = Executors.newFixedThreadPool(settings.jobs(), daemon("mli-batch-worker"));
        Future<RowOutcome> end = CompletableFuture.completedFuture(null);
        Thread reader = daemon("mli-batch-reader").newThread(() -> {
            try {
                while (true) {
                    Problems problems = new Problems();
                    FirmSource.Firm firm;
                    try {
                        firm = source.next(problems);
                    } catch (InputException e) {
                        // the input cannot be read on: its firms so far stand, the reason is where it stopped
                        int number = e.problems().stream().mapToInt(p -> p.location().line()).max().orElse(0);
                        pending.put(CompletableFuture.completedFuture(new RowOutcome.Refused(Math.max(1, number),
                                e.problems(), false)));
                        break;
                    }
                    if (firm == null) {
                        break;
                    }
                    List<Problem> found = problems.all();
                    pending.put(workers.submit(() -> diagnose(firm, found)));
                }
                pending.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the writer gave up; nothing is waiting for more rows
            } catch (RuntimeException e) {
                // a fault of the program while reading: told as the last outcome rather than lost with the thread
                try {
                    pending.put(CompletableFuture.failedFuture(e));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        reader.start();
        long expected = source.expected();
        long done = 0;
        boolean workbookFull = false;
        try {
            for (Future<RowOutcome> next = pending.take(); next != end; next = pending.take()) {
                RowOutcome outcome = outcome(next);
                if (outcome instanceof RowOutcome.Diagnosed diagnosed) {
                    counts.diagnosed++;
                    diagnosed.warnings().forEach(lines::write);
                    if (!firms.write(diagnosed.firm()) && !workbookFull) {
                        workbookFull = true;
                        listener.problem(Problem.warning(SourceLocation.ofFile(WORKBOOK), "", "a worksheet holds "
                                + FirmWorkbook.MAX_FIRMS + " firms; " + WORKBOOK + " ends there, " + FIRMS + " holds them all"));
                    }
                    statistics.add(diagnosed.firm());
                } else if (outcome instanceof RowOutcome.Refused refused) {
                    counts.refused++;
                    if (refused.internal()) {
                        counts.internal++;
                    }
                    refused.problems().stream().sorted().forEach(lines::write);
                }
                listener.progress(++done, expected);
            }
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    private static RowOutcome outcome(Future<RowOutcome> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // diagnose() catches what a row can throw; anything else is the program's fault, not the row's
            throw new IllegalStateException("a batch worker failed", e.getCause());
        }
    }

    /** One firm read as an assessment and diagnosed, or refused with every problem it has. */
    private RowOutcome diagnose(FirmSource.Firm firm, List<Problem> read) {
        Problems problems = new Problems();
        problems.addAll(read);
        if (problems.hasErrors()) {
            // a ragged row's values may sit under the wrong headings, a foreign encoding's are garbled: reading
            // them on would only add problems that are not the row's own
            return new RowOutcome.Refused(firm.row(), problems.all(), false);
        }
        SourceLocation at = new SourceLocation(settings.input().toString(), firm.row(), 0);
        try {
            Assessment assessment = firm.read(problems);
            if (assessment == null || problems.hasErrors()) {
                return new RowOutcome.Refused(firm.row(), problems.all(), false);
            }
            problems.addAll(assessment.warnings());
            Verdict verdict;
            if (settings.reports().isEmpty()) {
                verdict = advisor.conclude(assessment); // no report reads the explanations: they are never assembled
            } else {
                Diagnosis diagnosis = advisor.diagnose(assessment);
                writeReports(firm.row(), diagnosis);
                verdict = diagnosis.verdict();
            }
            return new RowOutcome.Diagnosed(FirmResult.of(firm.row(), assessment, verdict, kb), problems.all());
        } catch (OutputFile.OutputException e) {
            problems.error(at, "", "the report cannot be written: " + e.getMessage());
            return new RowOutcome.Refused(firm.row(), problems.all(), false);
        } catch (RuntimeException e) {
            problems.error(at, "", "internal error while diagnosing this firm: " + e);
            return new RowOutcome.Refused(firm.row(), problems.all(), true);
        }
    }

    private void writeReports(int row, Diagnosis diagnosis) throws OutputFile.OutputException {
        Path folder = settings.output().resolve(REPORTS);
        for (ReportFormat format : settings.reports()) {
            byte[] document = advisor.render(diagnosis, format, ReportOptions.client(settings.language()));
            OutputFile.writeOneOfMany(folder.resolve(ReportName.of(row, diagnosis.organization(), format)), document);
        }
    }

    /** Creates the per-firm reports' folder when reports are asked for. */
    private void prepare() throws OutputFile.OutputException {
        if (!settings.reports().isEmpty()) {
            Path folder = settings.output().resolve(REPORTS);
            try {
                Files.createDirectories(folder);
                OutputFile.removeStaleTemporaryFiles(folder); // once: each report is then written without looking
            } catch (IOException e) {
                throw OutputFile.failure(folder, e);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** File names of per-firm reports: the row number first, so names are unique and sort in input order. */
    static final class ReportName {
        /** Letters kept of a firm's name: a file name stays far below the 255 bytes file systems allow. */
        private static final int MAX_NAME_CHARACTERS = 60;

        private ReportName() {
        }

        /** {@code 000042-acme-textiles.html}: letters and digits of any script kept, everything else one dash. */
        static String of(int row, String firm, ReportFormat format) {
            StringBuilder safe = new StringBuilder();
            int kept = 0;
            for (int i = 0; i < firm.length() && kept < MAX_NAME_CHARACTERS; ) {
                int c = firm.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isLetterOrDigit(c)) {
                    safe.appendCodePoint(Character.toLowerCase(c));
                    kept++;
                } else if (safe.length() > 0 && safe.charAt(safe.length() - 1) != '-') {
                    safe.append('-');
                    kept++;
                }
            }
            String name = safe.toString().replaceAll("^-+|-+$", "");
            String extension = switch (format) {
                case MARKDOWN -> "md";
                case JSON -> "json";
                case HTML -> "html";
                case PDF -> "pdf";
            };
            return String.format(Locale.ROOT, "%06d", row) + (name.isEmpty() ? "" : "-" + name) + "." + extension;
        }
    }
}
