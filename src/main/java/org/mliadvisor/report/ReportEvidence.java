package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.knowledge.Dimension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the evidence appendix of every format lists: each conclusion's reason, and how a reason is cited. */
final class ReportEvidence {

    private ReportEvidence() {
    }

    /**
     * Every reason of a diagnosis in reading order: weights, indicators, dimensions, the survey's findings,
     * index, KPIs, binding, actions, checks.
     */
    static List<Reason> reasons(Diagnosis d) {
        List<Reason> all = new ArrayList<>();
        all.add(d.weights().reason());
        d.indicatorScores().forEach(s -> all.add(s.reason()));
        Arrays.stream(Dimension.values()).forEach(dim -> all.add(d.dimensions().get(dim).reason()));
        d.surveyFindings().forEach(f -> all.add(f.reason()));
        all.add(d.mli().reason());
        d.kpiGaps().forEach(g -> all.add(g.reason()));
        all.addAll(d.binding().reasons());
        d.recommendations().forEach(r -> all.addAll(r.because()));
        d.needsData().forEach(n -> all.add(n.reason()));
        d.consistency().forEach(f -> all.add(f.reason()));
        all.add(d.confidence().reason());
        return all;
    }

    /** The rule that drew a conclusion, then the knowledge-base entries ({@code file:line}) it rests on. */
    static List<String> citation(Reason reason) {
        List<String> parts = new ArrayList<>();
        parts.add(reason.rule());
        parts.addAll(reason.kbEntries());
        return parts;
    }
}
