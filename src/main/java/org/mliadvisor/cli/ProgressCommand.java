package org.mliadvisor.cli;

import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.diagnosis.Progress;
import org.mliadvisor.report.ReportFormat;
import org.mliadvisor.report.ReportOptions;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mli progress}: one firm's assessments over time in, one progress report out. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Compares one firm's assessments over time: the index and the binding constraint, each KPI against "
                + "its target and against the expected effect of what was implemented, the recommendations followed and "
                + "the next wave.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "64:wrong usage (fewer than two assessments, one named twice)",
            "65:invalid assessment or knowledge base, or assessments that do not compare (two organizations, one date twice)",
            "66:input file or folder not found", "70:internal error", "73:output cannot be created",
            "74:output cannot be written"})
final class ProgressCommand implements Callable<Integer>, FiresRules {

    @Parameters(arity = "1..*", paramLabel = "ASSESSMENT",
            description = "Two or more assessments of one organization (.yaml, .yml or .json), in any order: they are "
                    + "compared in the order of their dates.")
    List<Path> assessmentFiles;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Mixin
    ReportOutput report;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (assessmentFiles.size() < 2) {
            err.println("mli: progress compares two or more assessments of one organization; only "
                    + assessmentFiles.get(0) + " was given");
            err.println("Try 'mli progress --help' for usage.");
            return ExitCode.USAGE;
        }
        for (int i = 0; i < assessmentFiles.size(); i++) {
            for (int j = 0; j < i; j++) {
                Path a = assessmentFiles.get(j);
                Path b = assessmentFiles.get(i);
                if (a.normalize().equals(b.normalize()) || ReportOutput.sameFile(a, b)) {
                    err.println("mli: " + b + " is named twice" + (a.equals(b) ? "" : " (also as " + a + ")")
                            + "; name each assessment once");
                    err.println("Try 'mli progress --help' for usage.");
                    return ExitCode.USAGE;
                }
            }
        }
        Integer refused = report.refusal(spec, assessmentFiles.get(0), knowledgeBase.folder, EnumSet.allOf(ReportFormat.class));
        if (refused != null) {
            return refused;
        }
        byte[] document;
        try (Advisor advisor = knowledgeBase.advisor()) {
            List<Advisor.Read> reads = advisor.readAll(assessmentFiles);
            List<Path> inputs = new ArrayList<>(assessmentFiles);
            for (Advisor.Read read : reads) {
                // what reading noticed without refusing (a survey export's unread columns) is said before the report
                read.assessment().warnings().forEach(w -> err.println(Visible.controls(w.toString())));
                inputs.addAll(read.filesRead());
            }
            refused = report.refusalToOverwrite(inputs, err);
            if (refused != null) {
                return refused;
            }
            Progress progress = advisor.progress(reads.stream().map(Advisor.Read::assessment).toList());
            document = advisor.render(progress, report.chosen(), ReportOptions.client(report.language));
        } catch (InputException e) {
            return InputProblems.report(e, err, InputProblems.NOTHING_WRITTEN);
        }
        return report.write(document, report.chosen(), spec);
    }
}
