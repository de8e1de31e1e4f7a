package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.Assessment;

import java.time.LocalDate;
import java.util.Objects;

/** One assessment of a firm in a comparison over time, with its diagnosis made anew by the knowledge base in use. */
public record ProgressPoint(Assessment assessment, Diagnosis diagnosis) {
    public ProgressPoint {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(diagnosis, "diagnosis");
        if (!assessment.assessedOn().equals(diagnosis.assessedOn())) {
            throw new IllegalArgumentException("a point's diagnosis is of its own assessment");
        }
    }

    public LocalDate date() {
        return assessment.assessedOn();
    }

    /** The file the assessment was read from, as the user named it. */
    public String source() {
        return assessment.source();
    }
}
