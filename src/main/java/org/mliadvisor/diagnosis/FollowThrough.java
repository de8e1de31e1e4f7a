package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.Implementation;
import org.mliadvisor.knowledge.Intervention;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An intervention an earlier diagnosis recommended, or one the firm implemented without a recommendation, and whether
 * the latest assessment records it as implemented.
 *
 * @param recommendedOn the date of the first earlier diagnosis that recommended it, or {@code null} when none did
 * @param rank          its rank in that diagnosis, or 0 when none recommended it
 * @param firstWave     whether that diagnosis put it in the first wave
 * @param implementation how the latest assessment records it, or {@code null} when it is not implemented
 */
public record FollowThrough(Intervention intervention, LocalDate recommendedOn, int rank, boolean firstWave,
                            Implementation implementation) {
    public FollowThrough {
        Objects.requireNonNull(intervention, "intervention");
        if ((recommendedOn == null) != (rank == 0)) {
            throw new IllegalArgumentException(intervention.id() + ": a recommendation has a date and a rank");
        }
        if (recommendedOn == null && (firstWave || implementation == null)) {
            throw new IllegalArgumentException(intervention.id() + ": only an implemented intervention is listed unrecommended");
        }
    }

    public String interventionId() {
        return intervention.id();
    }

    public boolean recommended() {
        return recommendedOn != null;
    }

    public boolean implemented() {
        return implementation != null;
    }
}
