package org.mliadvisor.diagnosis;

/**
 * When a recommendation runs: in the first wave from {@code startWeek}, with its impact expected by
 * {@code impactWeek}; or in the next wave, after the re-assessment that closes the first (no weeks yet).
 *
 * @param early             whether it starts at once because the firm's context makes it time-critical
 * @param landsAfterHorizon whether its impact is expected only after the roadmap's last week
 */
public record Schedule(boolean firstWave, Integer startWeek, Integer impactWeek, boolean early, boolean landsAfterHorizon) {
    public Schedule {
        if (firstWave != (startWeek != null) || (startWeek == null) != (impactWeek == null)) {
            throw new IllegalArgumentException("a first-wave initiative, and only it, has a start and an impact week");
        }
        if (startWeek != null && (startWeek < 1 || impactWeek < startWeek)) {
            throw new IllegalArgumentException("weeks start at 1 and impact comes after the start");
        }
        if (!firstWave && (early || landsAfterHorizon)) {
            throw new IllegalArgumentException("only a first-wave initiative starts early or lands late");
        }
    }

    /** In the next wave, after the re-assessment. */
    public static final Schedule NEXT_WAVE = new Schedule(false, null, null, false, false);
}
