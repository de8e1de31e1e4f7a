package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;

/** Turns an analysis, a diagnosis with its weight robustness, into a document of one format. */
public interface ReportRenderer {

    /** The whole document. */
    String render(Analysis analysis);

    /** The whole document of a diagnosis alone, saying nothing of its weight robustness. */
    default String render(Diagnosis diagnosis) {
        return render(Analysis.of(diagnosis));
    }
}
