package org.mliadvisor.cli;

import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.batch.Batch;
import org.mliadvisor.batch.SampleStatistics;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.OutputFile;
import org.mliadvisor.report.ReportFormat;
import org.mliadvisor.source.FileTrouble;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code mli batch}: every firm of a table diagnosed, with the sample's statistics. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Diagnoses every firm of a CSV or XLSX table (one row per firm) and writes into OUTDIR: "
                + "firms.csv and firms.xlsx (one line per firm diagnosed, in input order: MLI, S, T, R, binding "
                + "constraint, basis, margin, joint flag, first three actions, consistency findings, α per surveyed dimension), errors.csv (row, column and "
                + "message of every problem, with its file), sample.md and sample.json (binding constraints, MLI histogram, α, "
                + "Spearman's ρ of MLI and each dimension with each KPI's attainment, with n and p).",
            "",
            "Columns: firm; optionally assessed_on (YYYY-MM-DD, default: today); indicator ids; kpi.<id>.actual and "
                + "kpi.<id>.target; context.<id>; weights.S, weights.T and weights.R. A blank cell is an indicator not "
                + "answered or a KPI not reported. CSV in UTF-8 (with or without BOM), UTF-16 with BOM or windows-1251, "
                + "separated by ; or , or tabs; numbers may have a decimal comma. An XLSX workbook is read from its "
                + "first sheet.",
            "",
            "INPUT may also be a survey export with one row per respondent (columns firm, respondent, function and "
                + "item ids; a firm's respondents on consecutive rows), each firm diagnosed on its survey, or a folder "
                + "of assessment files (.yaml, .yml, .json), each diagnosed as mli diagnose does.",
            "",
            "While it runs, a progress line (rows, rows per second, time left) is drawn on standard error when that "
                + "is a terminal, and never when it is redirected.",
            "",
            "A bad row never stops the good ones: it is listed in errors.csv and on standard error, and the exit "
                + "code is 65. Cells starting with = + - @, a tab or a carriage return are written with a leading ' "
                + "so that spreadsheets do not run them as formulas."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row diagnosed", "64:wrong usage",
            "65:some row or the header had a problem (see errors.csv); the good rows are in firms.csv",
            "66:input file not found", "70:internal error", "73:output cannot be created", "74:output cannot be written"})
final class BatchCommand implements Callable<Integer>, FiresRules {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "The table of firms (CSV or XLSX), a survey export of many firms, or a folder of assessments.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR",
            description = "The folder to write into; created when missing. Each file is written whole or not at all.")
    Path output;

    @Option(names = "--jobs", paramLabel = "N", description = "Firms diagnosed at once (default: all cores).")
    Integer jobs;

    @Option(names = "--reports", paramLabel = "FORMAT", split = ",",
            description = "Also write one report per firm into OUTDIR/reports/, named by row and firm: md, json, html "
                    + "or pdf (several separated by commas).")
    List<String> reports;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The reports' language: en (default), ru or uz.")
    Language language;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (jobs != null && jobs < 1) {
            return usage(err, "--jobs must be 1 or more");
        }
        Set<ReportFormat> formats = new LinkedHashSet<>();
        for (String name : reports == null ? List.<String>of() : reports) {
            ReportFormat format = ReportFormat.ofFileName("." + name.strip()).orElse(null);
            if (format == null) {
                return usage(err, "--reports: `" + Visible.controls(name) + "` is not a report format; expected md, json, html or pdf");
            }
            formats.add(format);
        }
        if (Files.isRegularFile(input) && output.toAbsolutePath().normalize().equals(input.toAbsolutePath().getParent().normalize())
                && List.of(Batch.FIRMS, Batch.WORKBOOK, Batch.ERRORS, SampleStatistics.MARKDOWN, SampleStatistics.JSON)
                .contains(String.valueOf(input.getFileName()))) {
            return usage(err, input + ": refusing to overwrite the input with an output of the same name; choose another OUTDIR");
        }
        if (Files.isDirectory(input) && output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            // sample.json would be read as an assessment by the next run over the folder
            return usage(err, output + ": is the folder of assessments itself; write the results into another folder");
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            err.println("mli: " + output + ": cannot create the output folder (" + FileTrouble.reason(e) + ")");
            return ExitCode.CANNOT_CREATE;
        }
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        ProgressLine progress = ProgressLine.onStandardError();
        try (Advisor advisor = knowledgeBase.advisor()) {
            Batch batch = new Batch(advisor, new Batch.Settings(input, output, workers, LocalDate.now(), formats, language));
            Batch.Summary summary = batch.run(new Batch.Listener() {
                @Override
                public void problem(Problem problem) {
                    progress.clear();
                    // names and values come from the input: a control in them must not act on the terminal
                    err.println(Visible.controls(problem.toString()));
                }

                @Override
                public void progress(long done, long expected) {
                    progress.update(done, expected);
                }
            });
            progress.clear();
            summary.written().forEach(file -> err.println("wrote " + file));
            err.println("mli: " + summary.diagnosed() + (summary.diagnosed() == 1 ? " firm" : " firms") + " diagnosed, "
                    + summary.refused() + (summary.refused() == 1 ? " row" : " rows") + " refused"
                    + (summary.errors() > 0 ? "; " + summary.errors() + " problems listed in " + output.resolve(Batch.ERRORS) : ""));
            err.flush();
            if (summary.internal() > 0) {
                return ExitCode.INTERNAL;
            }
            return summary.hadErrors() ? ExitCode.DATA_ERROR : ExitCode.OK;
        } catch (InputException e) {
            return InputProblems.report(e, err, InputProblems.NOTHING_WRITTEN);
        } catch (OutputFile.OutputException e) {
            return FileOutput.refused(e, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("mli: interrupted; nothing was written");
            return ExitCode.INTERNAL;
        }
    }

    private int usage(PrintWriter err, String message) {
        err.println("mli: " + message);
        err.println("Try 'mli batch --help' for usage.");
        return ExitCode.USAGE;
    }
}
