package org.mliadvisor.advisor;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.Scenario;
import org.mliadvisor.diagnosis.ScenarioReader;
import org.mliadvisor.diagnosis.Verdict;
import org.mliadvisor.diagnosis.WhatIf;
import org.mliadvisor.diagnosis.Progress;
import org.mliadvisor.diagnosis.WeightRobustness;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.report.Analysis;
import org.mliadvisor.report.ReportFormat;
import org.mliadvisor.report.ProgressReport;
import org.mliadvisor.report.ReportOptions;
import org.mliadvisor.report.WhatIfReport;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one service every front end uses: it holds a knowledge base and the diagnostician made for it,
 * reads assessments against it, diagnoses them, works out how far their binding constraint holds as the weights move
 * and renders reports. Thread-safe; one per knowledge base.
 */
public final class Advisor implements AutoCloseable {

    private final KnowledgeBase kb;
    private final Diagnostician diagnostician;

    public Advisor(KnowledgeBase kb) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.diagnostician = new Diagnostician(kb);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** An assessment read from its file and checked against the knowledge base, with every file that reading opened. */
    public record Read(Assessment assessment, List<Path> filesRead) {
        public Read {
            Objects.requireNonNull(assessment, "assessment");
            filesRead = List.copyOf(filesRead);
        }
    }

    /** Reads and checks an assessment file (and the survey export it names), every problem at once. */
    public Read read(Path assessmentFile) throws InputException {
        AssessmentLoader loader = new AssessmentLoader(kb);
        Assessment assessment = loader.load(assessmentFile);
        return new Read(assessment, loader.filesRead());
    }

    /**
     * Reads and checks several assessment files, every problem of every file at once; the exit of a missing file wins,
     * as it does for one.
     */
    public List<Read> readAll(List<Path> assessmentFiles) throws InputException {
        List<Read> reads = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        boolean missing = false;
        for (Path file : assessmentFiles) {
            try {
                reads.add(read(file));
            } catch (InputException e) {
                problems.addAll(e.problems());
                missing |= e.kind() == InputException.Kind.MISSING;
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(missing ? InputException.Kind.MISSING : InputException.Kind.INVALID, problems);
        }
        return reads;
    }

    /**
     * One firm's assessments, in any order, each diagnosed anew with this knowledge base and compared over time;
     * refuses assessments of different organizations or of one date (every refusal at once, naming the files).
     */
    public Progress progress(List<Assessment> assessments) throws InputException {
        return Progress.of(assessments, diagnostician::diagnose, kb);
    }

    /** Runs the rules on one assessment. */
    public Diagnosis diagnose(Assessment assessment) {
        return diagnostician.diagnose(assessment);
    }

    /** Runs the rules on one assessment for what they conclude, without the explanations a report needs. */
    public Verdict conclude(Assessment assessment) {
        return diagnostician.conclude(assessment);
    }

    /**
     * The what-if's changes as a command line gives them ({@code ID=VALUE} settings, intervention ids, {@code S=…,T=…,R=…}
     * weights or {@code null}), read against the knowledge base and {@code assessment}, every problem at once.
     */
    public Scenario scenario(Assessment assessment, List<String> sets, List<String> implement, String weights)
            throws InputException {
        return new ScenarioReader(kb).read(assessment, sets, implement, weights);
    }

    /** The diagnosis of {@code assessment} before and after the changes of {@code scenario}, side by side. */
    public WhatIf whatIf(Assessment assessment, Scenario scenario) {
        return WhatIf.of(scenario, assessment, kb, this::diagnose);
    }

    /**
     * How far {@code assessment}'s binding constraint holds as the weights move over the whole weight simplex, with its
     * regions: every label from a diagnosis with the weights replaced.
     */
    public WeightRobustness robustness(Assessment assessment) {
        return WeightRobustness.of(diagnostician, assessment);
    }

    /**
     * The diagnosis of {@code assessment} with its weight robustness, worked out as far as a report in {@code format}
     * shows it: the regions of the weight simplex only for a format that draws or lists them.
     */
    public Analysis analyse(Assessment assessment, ReportFormat format) {
        Diagnosis diagnosis = diagnose(assessment);
        return new Analysis(diagnosis, WeightRobustness.of(diagnostician, assessment, diagnosis, format.showsRegions()));
    }

    /** The document of an analysis in {@code format}, as bytes ready to write. */
    public byte[] render(Analysis analysis, ReportFormat format, ReportOptions options) {
        return format.document(analysis, options);
    }

    /** The document of a diagnosis alone in {@code format}, saying nothing of its weight robustness. */
    public byte[] render(Diagnosis diagnosis, ReportFormat format, ReportOptions options) {
        return format.document(diagnosis, options);
    }

    /** The document of a what-if in {@code format} (markdown, json or html), as bytes ready to write. */
    public byte[] render(WhatIf whatIf, ReportFormat format, ReportOptions options) {
        return WhatIfReport.document(whatIf, format, options);
    }

    /** The document of a firm's progress over time in {@code format}, as bytes ready to write. */
    public byte[] render(Progress progress, ReportFormat format, ReportOptions options) {
        return ProgressReport.document(progress, format, options);
    }

    @Override
    public void close() {
        diagnostician.close();
    }
}
