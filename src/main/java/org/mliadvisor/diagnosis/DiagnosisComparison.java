package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What differs between two diagnoses of a firm, whatever made them differ (an edit of the knowledge base, a what-if):
 * the binding constraint, the index and each dimension, the confidence, the consistency findings, the KPIs' gaps and
 * the recommendations added, removed, re-ranked or given another variant.
 *
 * @param dimensions      each dimension's score before and after, in S, T, R order
 * @param findingsAdded   ids of the consistency findings only the later diagnosis makes, in its order
 * @param findingsRemoved ids of those only the earlier one made, in its order
 * @param kpis            each KPI either diagnosis measured, in the later diagnosis's order, then any it no longer measures
 * @param recommendations every recommendation of the later diagnosis in its order, then each it no longer makes
 */
public record DiagnosisComparison(BindingChange binding, ScoreChange mli, Map<Dimension, ScoreChange> dimensions,
                                  BindingConfidence.Level confidenceBefore, BindingConfidence.Level confidenceAfter,
                                  List<String> findingsAdded, List<String> findingsRemoved, List<KpiChange> kpis,
                                  List<RecommendationChange> recommendations) {
    public DiagnosisComparison {
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(mli, "mli");
        dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
        if (dimensions.size() != Dimension.values().length) {
            throw new IllegalArgumentException("a comparison covers every dimension");
        }
        Objects.requireNonNull(confidenceBefore, "confidenceBefore");
        Objects.requireNonNull(confidenceAfter, "confidenceAfter");
        findingsAdded = List.copyOf(findingsAdded);
        findingsRemoved = List.copyOf(findingsRemoved);
        kpis = List.copyOf(kpis);
        recommendations = List.copyOf(recommendations);
    }

    /** The differences between {@code before} and {@code after}. */
    public static DiagnosisComparison of(Diagnosis before, Diagnosis after) {
        Map<Dimension, ScoreChange> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dimensions.put(d, new ScoreChange(before.dimensions().get(d).score(), after.dimensions().get(d).score()));
        }
        List<String> findingsBefore = findingIds(before);
        List<String> findingsAfter = findingIds(after);
        return new DiagnosisComparison(new BindingChange(before.binding(), after.binding()),
                new ScoreChange(before.mli().headline(), after.mli().headline()), dimensions,
                before.confidence().level(), after.confidence().level(),
                findingsAfter.stream().filter(f -> !findingsBefore.contains(f)).toList(),
                findingsBefore.stream().filter(f -> !findingsAfter.contains(f)).toList(),
                paired(before.kpiGaps(), after.kpiGaps(), KpiGap::kpiId, KpiChange::new),
                paired(before.recommendations(), after.recommendations(), Recommendation::id, RecommendationChange::new));
    }

    private static List<String> findingIds(Diagnosis d) {
        return d.consistency().stream().map(ConsistencyFinding::id).distinct().toList();
    }

    /** Each item of {@code after}, in order, with the item of {@code before} of the same id, then each only {@code before} has. */
    private static <T, C> List<C> paired(List<T> before, List<T> after, Function<T, String> id, Pair<T, C> pair) {
        Map<String, T> earlier = new LinkedHashMap<>();
        before.forEach(item -> earlier.putIfAbsent(id.apply(item), item));
        List<C> pairs = new ArrayList<>();
        for (T item : after) {
            pairs.add(pair.of(id.apply(item), earlier.remove(id.apply(item)), item));
        }
        earlier.forEach((key, item) -> pairs.add(pair.of(key, item, null)));
        return pairs;
    }

    /** Makes the change of one id from its item before and after, either {@code null} where it is missing. */
    @FunctionalInterface
    private interface Pair<T, C> {
        C of(String id, T before, T after);
    }

    /** Whether the two diagnoses differ in anything this comparison looks at. */
    public boolean changed() {
        return binding.changed() || mli.changed() || dimensions.values().stream().anyMatch(ScoreChange::changed)
                || confidenceBefore != confidenceAfter || !findingsAdded.isEmpty() || !findingsRemoved.isEmpty()
                || kpis.stream().anyMatch(KpiChange::changed) || recommendations.stream().anyMatch(RecommendationChange::changed);
    }

    /** The recommendations that were added, removed, re-ranked or given another variant, in {@link #recommendations} order. */
    public List<RecommendationChange> recommendationChanges() {
        return recommendations.stream().filter(RecommendationChange::changed).toList();
    }

    /**
     * A score (the index or a dimension's, 0..1) before and after; {@code null} where there was none (insufficient
     * evidence, or no headline index).
     */
    public record ScoreChange(Double before, Double after) {

        /**
         * Whether it changed at the resolution reports show, three decimals of the 0..1 score (a tenth of a point on the
         * 0–100 scale), so that arithmetic noise is not called a change.
         */
        public boolean changed() {
            return !Objects.equals(rounded(before), rounded(after));
        }

        /** After minus before, or {@code null} when either is missing. */
        public Double difference() {
            return before == null || after == null ? null : Numbers.exact(after - before);
        }

        private static String rounded(Double score) {
            return score == null ? null : Numbers.format(score, 3);
        }
    }

    /** The binding constraint before and after. */
    public record BindingChange(BindingOutcome before, BindingOutcome after) {
        public BindingChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** Whether other dimensions bind (or none now, or some now where none did). */
        public boolean moved() {
            return !before.binding().equals(after.binding());
        }

        /** Whether the binding dimensions or the basis they were named on differ. */
        public boolean changed() {
            return moved() || before.basis() != after.basis();
        }
    }

    /** A KPI's gap before and after; {@code null} on the side where the KPI was not measured. */
    public record KpiChange(String kpiId, KpiGap before, KpiGap after) {
        public KpiChange {
            Objects.requireNonNull(kpiId, "kpiId");
            if (before == null && after == null) {
                throw new IllegalArgumentException(kpiId + ": a KPI compared is measured on at least one side");
            }
        }

        /** Whether its actual, its target or its severity differ, or it is measured on one side only. */
        public boolean changed() {
            return before == null || after == null || before.actual() != after.actual() || before.target() != after.target()
                    || before.severity() != after.severity();
        }
    }

    /** A recommendation before and after; {@code null} on the side that does not make it. */
    public record RecommendationChange(String id, Recommendation before, Recommendation after) {
        public RecommendationChange {
            Objects.requireNonNull(id, "id");
            if (before == null && after == null) {
                throw new IllegalArgumentException(id + ": a recommendation compared is made on at least one side");
            }
        }

        /** What happened to it. */
        public enum Kind { ADDED, REMOVED, MOVED, SAME }

        public Kind kind() {
            if (before == null) {
                return Kind.ADDED;
            }
            if (after == null) {
                return Kind.REMOVED;
            }
            return before.rank() != after.rank() ? Kind.MOVED : Kind.SAME;
        }

        /** Whether another variant of it fits now (both sides make it). */
        public boolean variantChanged() {
            return before != null && after != null && !Objects.equals(before.variant(), after.variant());
        }

        public boolean changed() {
            return kind() != Kind.SAME || variantChanged();
        }

        /** Its rank before, or {@code null} when it was not recommended. */
        public Integer rankBefore() {
            return before == null ? null : before.rank();
        }

        /** Its rank after, or {@code null} when it is no longer recommended. */
        public Integer rankAfter() {
            return after == null ? null : after.rank();
        }
    }
}
