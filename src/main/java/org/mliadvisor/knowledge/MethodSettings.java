package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/**
 * The knowledge base's tuning of the method: evidence needed per dimension, KPI-gap severity
 * thresholds and weights, how near-ties between dimensions are decided, the terms of the ranking
 * score and the capacity of the roadmap's first wave (initiatives at once, and of those high-effort ones).
 *
 * @param minAnsweredReason why a dimension needs that many answered indicators, for the report's method note
 */
public record MethodSettings(int minAnsweredPerDimension, Text minAnsweredReason, double moderateFrom, double severeFrom,
                             SeverityWeights severityWeights, double nearTieMargin, double kpiEvidenceMargin,
                             RankingWeights ranking, int firstWaveSize, int highEffortAtOnce, SourceLocation origin) {
    public MethodSettings {
        if (minAnsweredPerDimension < 1) {
            throw new IllegalArgumentException("min answered per dimension must be at least 1");
        }
        Objects.requireNonNull(minAnsweredReason, "minAnsweredReason");
        if (!(moderateFrom > 0 && severeFrom > moderateFrom)) {
            throw new IllegalArgumentException("need 0 < moderate_from < severe_from");
        }
        Objects.requireNonNull(severityWeights, "severityWeights");
        if (nearTieMargin < 0 || kpiEvidenceMargin < 0) {
            throw new IllegalArgumentException("margins must not be negative");
        }
        Objects.requireNonNull(ranking, "ranking");
        if (firstWaveSize < 1) {
            throw new IllegalArgumentException("the first wave needs room for at least one initiative");
        }
        if (highEffortAtOnce < 0 || highEffortAtOnce > firstWaveSize) {
            throw new IllegalArgumentException("high-effort initiatives at once must be 0 to the first wave's size");
        }
    }

    /** The reason given when {@code method.yaml} states none. */
    public static final Text DEFAULT_MIN_ANSWERED_REASON = Text.of(
            "With fewer answered indicators one answer would decide the dimension's score.");

    /** The first wave's size when {@code method.yaml} does not set one: five concurrent initiatives. */
    public static final int DEFAULT_FIRST_WAVE_SIZE = 5;

    /** How many high-effort initiatives (large IT or organisational projects) the first wave holds at most by default. */
    public static final int DEFAULT_HIGH_EFFORT_AT_ONCE = 2;

    /**
     * How much a KPI gap of each severity counts (0..1), in the ranking score's KPI term and in the KPI
     * evidence that breaks near-ties: comparable across KPIs because severity is decided per KPI.
     */
    public record SeverityWeights(double minor, double moderate, double severe) {
        /** Minor a quarter, moderate 0.6, severe the whole. */
        public static final SeverityWeights DEFAULT = new SeverityWeights(0.25, 0.6, 1.0);

        public SeverityWeights {
            if (!(minor >= 0 && moderate >= minor && severe >= moderate && severe <= 1)) {
                throw new IllegalArgumentException("need 0 ≤ minor ≤ moderate ≤ severe ≤ 1");
            }
        }
    }

    /**
     * The weights of the ranking score's terms (see {@code RankingScore} in the diagnosis package).
     *
     * @param depth        how far the indicators that trigger an intervention fall short (1 − their score)
     * @param kpiRelief    the KPI gaps it closes: the largest counts whole, the others at {@code otherKpisShare}
     * @param otherKpisShare what each further KPI gap adds, so a long list of moved KPIs does not outweigh depth
     * @param bindingBonus the bonus for acting on the binding constraint (a strong bonus, not a partition)
     * @param effort       the cost of each effort point above low
     * @param lateness     the cost of the time to impact, per roadmap length (16 weeks)
     */
    public record RankingWeights(double depth, double kpiRelief, double otherKpisShare, double bindingBonus,
                                 double effort, double lateness) {
        /** The shipped tuning, argued in {@code knowledge-base/method.yaml}. */
        public static final RankingWeights DEFAULT = new RankingWeights(1.0, 0.8, 0.25, 0.6, 0.15, 0.3);

        public RankingWeights {
            for (double w : new double[] {depth, kpiRelief, otherKpisShare, bindingBonus, effort, lateness}) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("ranking weights must be finite numbers ≥ 0");
                }
            }
        }
    }
}
