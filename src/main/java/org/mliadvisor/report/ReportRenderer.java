package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;

/** Turns a diagnosis into a document of one format. */
public interface ReportRenderer {

    /** The whole document. */
    String render(Diagnosis diagnosis);
}
