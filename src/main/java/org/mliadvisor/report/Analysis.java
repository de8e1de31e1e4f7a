package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.WeightRobustness;

import java.util.Objects;

/**
 * What a report presents: a diagnosis and how far its binding constraint holds as the weights move.
 *
 * @param robustness the weight robustness of the diagnosis, or {@code null} when it was not worked out (a report of the
 *                   diagnosis alone then says nothing of it)
 */
public record Analysis(Diagnosis diagnosis, WeightRobustness robustness) {
    public Analysis {
        Objects.requireNonNull(diagnosis, "diagnosis");
        if (robustness != null && (!robustness.binding().equals(WeightRobustness.label(diagnosis.binding()))
                || !robustness.weights().equals(diagnosis.weights().weights()))) {
            throw new IllegalArgumentException("the robustness is that of this diagnosis: its binding constraint at its weights");
        }
    }

    /** A diagnosis whose weight robustness was not worked out. */
    public static Analysis of(Diagnosis diagnosis) {
        return new Analysis(diagnosis, null);
    }
}
