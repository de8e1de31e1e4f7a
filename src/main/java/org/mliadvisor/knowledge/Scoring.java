package org.mliadvisor.knowledge;

import java.util.List;

/** How an indicator's raw value maps to a 0..1 score. */
public sealed interface Scoring permits Scoring.Linear, Scoring.Bands {

    /** The score of a raw value already known to lie on the indicator's scale. */
    double score(double raw);

    /** Score 0 at {@code zeroAt}, 1 at {@code fullAt}, a straight line between, clamped to 0..1. */
    record Linear(double zeroAt, double fullAt) implements Scoring {
        public Linear {
            if (zeroAt == fullAt) {
                throw new IllegalArgumentException("zero_at and full_at must differ");
            }
        }

        @Override
        public double score(double raw) {
            double score = (raw - zeroAt) / (fullAt - zeroAt);
            return Math.max(0.0, Math.min(1.0, score));
        }
    }

    /** One band: raw values {@code from ≤ raw < to} score {@code score}. */
    record Band(double from, double to, double score) {
        public Band {
            if (!(from < to) || score < 0 || score > 1) {
                throw new IllegalArgumentException("a band needs from < to and a score 0..1");
            }
        }
    }

    /** Contiguous bands; the last one also includes its upper bound. */
    record Bands(List<Band> bands) implements Scoring {
        public Bands {
            bands = List.copyOf(bands);
            if (bands.isEmpty()) {
                throw new IllegalArgumentException("bands must not be empty");
            }
            for (int i = 1; i < bands.size(); i++) {
                if (bands.get(i).from() != bands.get(i - 1).to()) {
                    throw new IllegalArgumentException("bands must be contiguous");
                }
            }
        }

        @Override
        public double score(double raw) {
            for (Band band : bands) {
                if (raw >= band.from() && raw < band.to()) {
                    return band.score();
                }
            }
            Band last = bands.get(bands.size() - 1);
            if (raw == last.to()) {
                return last.score();
            }
            throw new IllegalArgumentException("raw value " + raw + " lies outside every band");
        }
    }
}
