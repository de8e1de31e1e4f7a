package org.mliadvisor.cli;

import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.Brand;
import org.mliadvisor.report.BrandReader;
import org.mliadvisor.report.OutputFile;
import org.mliadvisor.report.ReportFormat;
import org.mliadvisor.report.ReportOptions;
import org.mliadvisor.report.ReportScope;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mli diagnose}: one assessment in, one report out. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnoses one assessment (YAML or JSON) and writes the report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "64:wrong usage", "65:invalid assessment or knowledge base",
            "66:input file or folder not found", "70:internal error", "73:output cannot be created",
            "74:output cannot be written"})
final class DiagnoseCommand implements Callable<Integer>, FiresRules {

    @Parameters(index = "0", paramLabel = "ASSESSMENT", description = "The assessment file (.yaml, .yml or .json).")
    Path assessmentFile;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "markdown, json, html (one self-contained file) or pdf (A4; needs -o). Default: what the "
                    + "-o file's extension names (.md, .markdown, .json, .html, .htm, .pdf), else markdown.")
    ReportFormat format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The report's language: en (default), ru or uz (Uzbek, Latin script).")
    Language language;

    @Option(names = "--explain", description = "List, under each conclusion, the facts and values it read (JSON always does).")
    boolean explain;

    @Option(names = "--detail", paramLabel = "DETAIL", defaultValue = "client",
            description = "client (default): the document for the client, in plain language; full: followed by the evidence "
                    + "appendix (each conclusion's rule, facts and knowledge-base entries). --explain implies full.")
    Detail detail;

    @Option(names = "--appendix", description = "Write the evidence appendix alone, as a separate document for the consultant and for audit.")
    boolean appendix;

    @Option(names = "--brand", paramLabel = "FILE",
            description = "A brand file (YAML): firm, consultant, logo, client_logo (PNG, JPEG or SVG), accent (#rrggbb), "
                    + "confidentiality; shown on the cover and embedded in the report.")
    Path brandFile;

    /** How much of the diagnosis the document carries. */
    enum Detail { CLIENT, FULL }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically; a device or FIFO is written through) "
                    + "instead of standard output; - is standard output.")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && output.toString().isEmpty()) {
            err.println("mli: -o needs a file name, or - for standard output");
            err.println("Try 'mli diagnose --help' for usage.");
            return ExitCode.USAGE;
        }
        boolean toStdout = output == null || isStandardOutput(output);
        if (!toStdout && Files.exists(output) && Files.exists(assessmentFile)
                && sameFile(output, assessmentFile)) {
            err.println("mli: " + output + ": refusing to overwrite the assessment with its own report");
            return ExitCode.USAGE;
        }
        if (!toStdout && knowledgeBase.folder != null && insideFolder(output, knowledgeBase.folder)) {
            err.println("mli: " + output + ": refusing to overwrite a file of the knowledge base in use");
            return ExitCode.USAGE;
        }
        // a device's or a pipe's name says where the bytes go, not what they are
        ReportFormat named = toStdout || OutputFile.writesThrough(output) || output.getFileName() == null ? null
                : ReportFormat.ofFileName(output.getFileName().toString()).orElse(null);
        if (format != null && named != null && format != named) {
            err.println("mli: -o " + output + " ends in " + extension(output) + " but --format " + lower(format)
                    + " was given; drop --format or change the file name");
            err.println("Try 'mli diagnose --help' for usage.");
            return ExitCode.USAGE;
        }
        ReportFormat chosen = format != null ? format : named != null ? named : ReportFormat.MARKDOWN;
        if (appendix && chosen == ReportFormat.JSON) {
            err.println("mli: --appendix writes the evidence appendix of a markdown, html or pdf report; "
                    + "the JSON report always carries every conclusion's evidence");
            err.println("Try 'mli diagnose --help' for usage.");
            return ExitCode.USAGE;
        }
        if (chosen.binary() && output == null) {
            err.println("mli: --format " + lower(chosen)
                    + " writes a binary file; give it a name with -o FILE (or -o - for standard output)");
            err.println("Try 'mli diagnose --help' for usage.");
            return ExitCode.USAGE;
        }
        byte[] report;
        try {
            Advisor.Read read;
            Diagnosis diagnosis;
            try (Advisor advisor = knowledgeBase.advisor()) {
                read = advisor.read(assessmentFile);
                // what reading noticed without refusing (a survey export's unread columns) is said before the report
                read.assessment().warnings().forEach(w -> err.println(Visible.controls(w.toString())));
                diagnosis = advisor.diagnose(read.assessment());
            }
            Assessment assessment = read.assessment();
            warnAboutLikelySlips(diagnosis, assessment, err);
            BrandReader brands = new BrandReader();
            Brand brand = brandFile == null ? Brand.NONE : brands.read(brandFile);
            brands.warnings().forEach(w -> err.println(Visible.controls(w.toString())));
            List<Path> inputs = new ArrayList<>(read.filesRead());
            inputs.addAll(brands.filesRead());
            for (Path input : inputs) {
                if (!toStdout && Files.exists(output) && sameFile(output, input)) {
                    err.println("mli: " + output + ": refusing to overwrite " + input + ", which this report was made from");
                    return ExitCode.USAGE;
                }
            }
            ReportScope scope = appendix ? ReportScope.APPENDIX
                    : detail == Detail.FULL || explain ? ReportScope.FULL : ReportScope.CLIENT;
            report = chosen.document(diagnosis, new ReportOptions(language, scope, explain, brand));
        } catch (InputException e) {
            return InputProblems.report(e, err, InputProblems.NOTHING_WRITTEN);
        }
        if (toStdout) {
            if (chosen.binary()) {
                return writeBytesToStdout(report, out);
            }
            // failures are caught where standard output is set up (MliCommand.run): exit 74
            out.print(new String(report, StandardCharsets.UTF_8));
            out.flush();
            return ExitCode.OK;
        }
        return FileOutput.write(output, report, LABELS.get(chosen), err);
    }

    private static final Map<ReportFormat, String> LABELS = new EnumMap<>(Map.of(ReportFormat.MARKDOWN, "Markdown",
            ReportFormat.JSON, "JSON", ReportFormat.HTML, "HTML", ReportFormat.PDF, "PDF"));

    private static String lower(ReportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** The extension of {@code output}'s file name as written, with its dot. */
    private static String extension(Path output) {
        String name = output.getFileName().toString();
        return name.substring(name.lastIndexOf('.'));
    }

    /**
     * A value probably written on the wrong scale is the typist's to fix, so it is named on stderr as a
     * warning with its file and field, as input problems are; the diagnosis still runs and the report
     * carries it too.
     */
    private static void warnAboutLikelySlips(Diagnosis diagnosis, Assessment assessment, PrintWriter err) {
        for (ConsistencyFinding finding : diagnosis.consistency()) {
            finding.assessmentField().ifPresent(field -> err.println(Visible.controls(Problem.warning(
                    SourceLocation.ofFile(assessment.source()), field, finding.reason().statement()).toString())));
        }
        err.flush();
    }

    /**
     * {@code -} and the system's names for standard output go to the tool's own standard output:
     * opening {@code /dev/stdout} again would start at the beginning of a redirected file.
     */
    static boolean isStandardOutput(Path output) {
        String name = output.toString();
        return name.equals("-") || name.equals("/dev/stdout") || name.equals("/dev/fd/1")
                || name.equals("/proc/self/fd/1");
    }

    /** A binary report on standard output: its bytes, untouched by the text writer's encoding. */
    private Integer writeBytesToStdout(byte[] report, PrintWriter out) {
        out.flush();
        OutputStream bytes = ((MliCommand) spec.root().userObject()).stdout;
        try {
            if (bytes == null) {
                System.out.write(report);
                System.out.flush();
                return System.out.checkError() ? ExitCode.IO_ERROR : ExitCode.OK;
            }
            bytes.write(report);
            bytes.flush();
        } catch (IOException e) {
            // the stream remembers the failure, and MliCommand.run says so and exits 74
            return ExitCode.IO_ERROR;
        }
        return ExitCode.OK;
    }

    /**
     * Whether an existing {@code output} is a file of the knowledge-base folder in use: a report
     * written over {@code gates.yaml} would destroy the knowledge it was drawn from.
     */
    private static boolean insideFolder(Path output, Path folder) {
        try {
            return Files.exists(output) && Files.isDirectory(folder)
                    && output.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
