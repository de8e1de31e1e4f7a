package org.mliadvisor.cli;

import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.report.Analysis;
import org.mliadvisor.report.Brand;
import org.mliadvisor.report.BrandReader;
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

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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

    @Mixin
    ReportOutput report;

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

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Integer refused = report.refusal(spec, assessmentFile, knowledgeBase.folder, EnumSet.allOf(ReportFormat.class));
        if (refused != null) {
            return refused;
        }
        ReportFormat chosen = report.chosen();
        if (appendix && chosen == ReportFormat.JSON) {
            err.println("mli: --appendix writes the evidence appendix of a markdown, html or pdf report; "
                    + "the JSON report always carries every conclusion's evidence");
            err.println("Try 'mli diagnose --help' for usage.");
            return ExitCode.USAGE;
        }
        byte[] document;
        try {
            Advisor.Read read;
            Analysis analysis;
            try (Advisor advisor = knowledgeBase.advisor()) {
                read = advisor.read(assessmentFile);
                // what reading noticed without refusing (a survey export's unread columns) is said before the report
                read.assessment().warnings().forEach(w -> err.println(Visible.controls(w.toString())));
                analysis = advisor.analyse(read.assessment(), chosen);
            }
            Diagnosis diagnosis = analysis.diagnosis();
            Assessment assessment = read.assessment();
            warnAboutLikelySlips(diagnosis, assessment, err);
            BrandReader brands = new BrandReader();
            Brand brand = brandFile == null ? Brand.NONE : brands.read(brandFile);
            brands.warnings().forEach(w -> err.println(Visible.controls(w.toString())));
            List<Path> inputs = new ArrayList<>(read.filesRead());
            inputs.addAll(brands.filesRead());
            refused = report.refusalToOverwrite(inputs, err);
            if (refused != null) {
                return refused;
            }
            ReportScope scope = appendix ? ReportScope.APPENDIX
                    : detail == Detail.FULL || explain ? ReportScope.FULL : ReportScope.CLIENT;
            document = chosen.document(analysis, new ReportOptions(report.language, scope, explain, brand));
        } catch (InputException e) {
            return InputProblems.report(e, err, InputProblems.NOTHING_WRITTEN);
        }
        return report.write(document, chosen, spec);
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
}
