package org.mliadvisor.cli;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.OutputFile;
import org.mliadvisor.report.ReportFormat;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.SourceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mli diagnose}: one assessment in, one report out. */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Diagnoses one assessment (YAML or JSON) and writes the report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "64:wrong usage", "65:invalid assessment or knowledge base",
            "66:input file or folder not found", "70:internal error", "73:output cannot be created",
            "74:output cannot be written"})
final class DiagnoseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ASSESSMENT", description = "The assessment file (.yaml, .yml or .json).")
    Path assessmentFile;

    @Option(names = "--kb", paramLabel = "DIR", description = "A knowledge-base folder to use instead of the built-in one.")
    Path knowledgeBase;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown (default), json, html (one self-contained file) or pdf (A4; needs -o).")
    ReportFormat format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The report's language: en (default), ru or uz (Uzbek, Latin script).")
    Language language;

    @Option(names = "--explain", description = "List, under each conclusion, the facts and values it read (JSON always does).")
    boolean explain;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && Files.exists(output) && Files.exists(assessmentFile)
                && sameFile(output, assessmentFile)) {
            err.println("mli: " + output + ": refusing to overwrite the assessment with its own report");
            return ExitCode.USAGE;
        }
        if (format.binary() && output == null) {
            err.println("mli: --format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " writes a binary file; give it a name with -o FILE");
            err.println("Try 'mli diagnose --help' for usage.");
            return ExitCode.USAGE;
        }
        byte[] report;
        try {
            KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
            KnowledgeBase kb = knowledgeBase == null ? loader.loadBuiltIn() : loader.load(knowledgeBase);
            Assessment assessment = new AssessmentLoader(kb).load(assessmentFile);
            Diagnosis diagnosis;
            try (Diagnostician diagnostician = new Diagnostician(kb)) {
                diagnosis = diagnostician.diagnose(assessment);
            }
            warnAboutLikelySlips(diagnosis, assessment, err);
            report = format.document(diagnosis, explain, language);
        } catch (InputException e) {
            return InputProblems.report(e, err, InputProblems.NOTHING_WRITTEN);
        }
        if (output == null) {
            out.print(new String(report, StandardCharsets.UTF_8));
            out.flush();
            return ExitCode.OK;
        }
        try {
            OutputFile.write(output, report);
        } catch (OutputFile.OutputException e) {
            err.println("mli: " + e.getMessage());
            return e.cannotCreate() ? ExitCode.CANNOT_CREATE : ExitCode.IO_ERROR;
        }
        return ExitCode.OK;
    }

    /**
     * A value probably written on the wrong scale is the typist's to fix, so it is named on stderr as a
     * warning with its file and field, as input problems are; the diagnosis still runs and the report
     * carries it too.
     */
    private static void warnAboutLikelySlips(Diagnosis diagnosis, Assessment assessment, PrintWriter err) {
        for (ConsistencyFinding finding : diagnosis.consistency()) {
            finding.assessmentField().ifPresent(field -> err.println(Problem.warning(
                    SourceLocation.ofFile(assessment.source()), field, finding.reason().statement())));
        }
        err.flush();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
