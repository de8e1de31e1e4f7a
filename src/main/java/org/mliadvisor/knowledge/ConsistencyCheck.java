package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A check of {@code consistency.yaml} that an assessment's answers agree with each other
 * ({@link Contradiction}) and with the firm's KPIs ({@link Triangulation}), so that a consultant
 * verifies them before acting on the diagnosis.
 */
public sealed interface ConsistencyCheck permits ConsistencyCheck.Contradiction, ConsistencyCheck.Triangulation {

    /** The id of the built-in check of a percent answer written as a fraction (0.78 for 78 %). */
    String PERCENT_AS_FRACTION = "percent-written-as-fraction";

    /** The id of the built-in check of a KPI whose actual and target are written on two scales (0.82 against 90). */
    String KPI_SCALE_MISMATCH = "kpi-scale-mismatch";

    /** The ids of the checks built into the rules; a knowledge-base check may not take them. */
    List<String> BUILT_IN = List.of(PERCENT_AS_FRACTION, KPI_SCALE_MISMATCH);

    String id();

    Kind kind();

    /** What the finding tells the consultant, in plain words; printed on the report. */
    Text finding();

    Citation source();

    SourceLocation origin();

    /** The kinds a knowledge-base check can be, as written in its {@code kind} field. */
    enum Kind { CONTRADICTION, TRIANGULATION }

    /**
     * Answers that cannot all be true at once: when {@code when} holds, the {@code answers} it names
     * contradict each other.
     *
     * @param answers the indicators whose answers are involved, each read by {@code when}
     */
    record Contradiction(String id, Condition when, List<String> answers, Text finding, Citation source,
                         SourceLocation origin) implements ConsistencyCheck {
        public Contradiction {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(when, "when");
            answers = List.copyOf(answers);
            if (answers.isEmpty() || answers.stream().distinct().count() != answers.size()) {
                throw new IllegalArgumentException(id + ": a contradiction names its answers, each once");
            }
            if (!when.targets().containsAll(answers)) {
                throw new IllegalArgumentException(id + ": every answer named must be read by the condition");
            }
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(origin, "origin");
        }

        @Override
        public Kind kind() {
            return Kind.CONTRADICTION;
        }
    }

    /**
     * A dimension that scores as mature while KPIs its indicators drive are severely short of target:
     * the answers and the KPIs disagree. One check covers each of its {@code dimensions}.
     *
     * @param scoreAtLeast      the dimension score from which its answers claim maturity (0..1)
     * @param severeKpisAtLeast how many of the KPIs linked to the dimension must have a severe gap
     */
    record Triangulation(String id, List<Dimension> dimensions, double scoreAtLeast, int severeKpisAtLeast, Text finding,
                         Citation source, SourceLocation origin) implements ConsistencyCheck {
        public Triangulation {
            Objects.requireNonNull(id, "id");
            dimensions = List.copyOf(dimensions);
            if (dimensions.isEmpty() || EnumSet.copyOf(dimensions).size() != dimensions.size()) {
                throw new IllegalArgumentException(id + ": a triangulation names its dimensions, each once");
            }
            if (!(scoreAtLeast >= 0 && scoreAtLeast <= 1)) {
                throw new IllegalArgumentException(id + ": score_at_least must be 0..1");
            }
            if (severeKpisAtLeast < 1) {
                throw new IllegalArgumentException(id + ": severe_kpis_at_least must be at least 1");
            }
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(origin, "origin");
        }

        @Override
        public Kind kind() {
            return Kind.TRIANGULATION;
        }
    }
}
