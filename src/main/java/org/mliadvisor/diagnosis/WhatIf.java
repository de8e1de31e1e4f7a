package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.ExpectedEffect;
import org.mliadvisor.knowledge.ExpectedEffect.Improvement;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KpiDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A firm's diagnosis before and after the changes of a {@link Scenario}, with what each change did to the assessment:
 * the values stated, the indicator values and KPI ranges implemented interventions are expected to bring (as their
 * knowledge-base entries state them, never guessed), and the prerequisites they lack.
 *
 * @param unmetPrerequisites each intervention an implemented one requires that is neither implemented in this what-if
 *                           nor in place (its condition still holds after the changes)
 */
public record WhatIf(Scenario scenario, Diagnosis before, Diagnosis after, DiagnosisComparison comparison, Changes changes,
                     List<UnmetPrerequisite> unmetPrerequisites) {
    public WhatIf {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(changes, "changes");
        unmetPrerequisites = List.copyOf(unmetPrerequisites);
    }

    /**
     * Diagnoses {@code assessment} as it stands and as {@code scenario} changes it.
     *
     * @param diagnose the diagnostician of {@code kb}
     */
    public static WhatIf of(Scenario scenario, Assessment assessment, KnowledgeBase kb, Function<Assessment, Diagnosis> diagnose) {
        Diagnosis before = diagnose.apply(assessment);
        Changes changes = apply(scenario, assessment, kb, before);
        Diagnosis after = diagnose.apply(changes.assessment());
        return new WhatIf(scenario, before, after, DiagnosisComparison.of(before, after), changes,
                unmetPrerequisites(scenario, kb, after));
    }

    /** Whether neither the assessment nor its diagnosis changed. */
    public boolean nothingChanged() {
        return !changes.changed() && !comparison.changed();
    }

    /** What the scenario did to the assessment, change by change, and the assessment it made. */
    public record Changes(Assessment assessment, List<IndicatorChange> indicators, List<KpiMove> kpis,
                          List<ContextChange> context, List<Implemented> implemented) {
        public Changes {
            Objects.requireNonNull(assessment, "assessment");
            indicators = List.copyOf(indicators);
            kpis = List.copyOf(kpis);
            context = List.copyOf(context);
            implemented = List.copyOf(implemented);
        }

        /** Whether any value of the assessment or its weights changed. */
        public boolean changed() {
            return indicators.stream().anyMatch(IndicatorChange::changed) || kpis.stream().anyMatch(KpiMove::changed)
                    || context.stream().anyMatch(ContextChange::changed);
        }
    }

    /**
     * An indicator's answer before and after: stated outright, brought to what implemented interventions are expected
     * to reach, or kept because the firm already does at least as well.
     *
     * @param before   the assessment's answer, or {@code null} when it was not answered
     * @param expected the best value the implemented interventions are expected to reach, or {@code null} for none
     * @param by       the implemented interventions expected to reach a value for it
     */
    public record IndicatorChange(IndicatorDefinition indicator, Answer before, Answer after, Answer expected, Cause cause,
                                  List<String> by) {

        /** Why it has its value after. */
        public enum Cause {
            /** Stated outright with {@code --set}, whatever an intervention is expected to reach. */
            STATED,
            /** Brought to what an implemented intervention is expected to reach. */
            REACHED,
            /** Kept as answered: it already scores at least as well as what the interventions are expected to reach. */
            KEPT
        }

        public IndicatorChange {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(cause, "cause");
            by = List.copyOf(by);
            if ((expected == null) != by.isEmpty() || (cause != Cause.STATED && expected == null)) {
                throw new IllegalArgumentException(indicator.id() + ": a value reached names the interventions reaching it");
            }
        }

        public boolean changed() {
            return !after.equals(before);
        }
    }

    /**
     * A KPI before and after: stated outright, or moved by the sum of the ranges the implemented interventions are
     * expected to bring, diagnosed at its cautious end ({@link Improvement#low()}) and capped at the unit's bounds.
     *
     * @param before     as reported, or {@code null} when the assessment does not report the KPI
     * @param after      as diagnosed after, or {@code null} when a range could not be applied to an unreported KPI
     * @param expected   the summed expected improvement, or {@code null} when no implemented intervention gives one
     * @param optimistic the actual at the optimistic end of the range, capped, or {@code null} when no range was applied
     * @param by         the implemented interventions whose ranges were summed
     * @param stated     whether the actual after was stated outright, which then replaces any range
     */
    public record KpiMove(KpiDefinition kpi, KpiObservation before, KpiObservation after, Improvement expected,
                          Double optimistic, List<String> by, boolean stated) {
        public KpiMove {
            Objects.requireNonNull(kpi, "kpi");
            by = List.copyOf(by);
            if ((expected == null) != by.isEmpty()) {
                throw new IllegalArgumentException(kpi.id() + ": an expected range names the interventions it comes from");
            }
            if (after == null && (before != null || expected == null)) {
                throw new IllegalArgumentException(kpi.id() + ": only a range for an unreported KPI leaves it without a value");
            }
            if (optimistic != null && (expected == null || stated || after == null)) {
                throw new IllegalArgumentException(kpi.id() + ": an optimistic end belongs to a range applied");
            }
        }

        /** Whether the range could not be applied because the assessment does not report the KPI. */
        public boolean unreported() {
            return after == null;
        }

        public boolean changed() {
            return after != null && !after.equals(before);
        }

        /** Whether the cautious end of the range was cut off at the unit's bounds (0, or 100 for a percentage). */
        public boolean capped() {
            return optimistic != null && after.actual() != toward(kpi, before.actual(), expected.low(), false);
        }
    }

    /** A context factor's value before (as stated, or the knowledge base's default) and after. */
    public record ContextChange(String factor, String before, String after) {
        public ContextChange {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        public boolean changed() {
            return !before.equals(after);
        }
    }

    /**
     * An intervention taken as implemented. One already in place (its condition did not hold before) brings its indicator
     * values, never worse, but no KPI improvement: its effect is in the KPIs already, and crediting it again would count it
     * twice.
     */
    public record Implemented(Intervention intervention, boolean inPlace) {
        public Implemented {
            Objects.requireNonNull(intervention, "intervention");
        }

        /** Its expected effect, or {@code null} when the knowledge base states none. */
        public ExpectedEffect effect() {
            return intervention.expectedEffect();
        }
    }

    /**
     * An intervention an implemented one requires that is neither implemented here nor in place after the changes.
     *
     * @param rank      its rank among the recommendations after, or {@code null} when it is not among them
     * @param undecided whether the data cannot tell whether it is needed
     */
    public record UnmetPrerequisite(Intervention intervention, Intervention required, Integer rank, boolean undecided) {
        public UnmetPrerequisite {
            Objects.requireNonNull(intervention, "intervention");
            Objects.requireNonNull(required, "required");
        }
    }

    private static Changes apply(Scenario scenario, Assessment assessment, KnowledgeBase kb, Diagnosis before) {
        Set<String> inPlace = before.notRecommended().stream().map(NotRecommended::id).collect(Collectors.toSet());
        List<Implemented> implemented = scenario.implemented().stream()
                .map(id -> new Implemented(kb.interventions().get(id), inPlace.contains(id))).toList();
        Assessment after = assessment;
        List<IndicatorChange> indicators = new ArrayList<>();
        Map<String, Answer> reached = new LinkedHashMap<>();
        Map<String, List<String>> reachedBy = new LinkedHashMap<>();
        Map<String, Improvement> ranges = new LinkedHashMap<>();
        Map<String, List<String>> rangedBy = new LinkedHashMap<>();
        for (Implemented i : implemented) {
            if (i.effect() == null) {
                continue;
            }
            String id = i.intervention().id();
            i.effect().reaches().forEach((indicatorId, answer) -> {
                IndicatorDefinition indicator = kb.indicators().get(indicatorId);
                reachedBy.computeIfAbsent(indicatorId, k -> new ArrayList<>()).add(id);
                reached.merge(indicatorId, answer, (a, b) -> indicator.score(b) > indicator.score(a) ? b : a);
            });
            if (!i.inPlace()) {
                i.effect().kpis().forEach((kpiId, range) -> {
                    rangedBy.computeIfAbsent(kpiId, k -> new ArrayList<>()).add(id);
                    ranges.merge(kpiId, range, (a, b) -> new Improvement(Numbers.exact(a.low() + b.low()), Numbers.exact(a.high() + b.high())));
                });
            }
        }
        for (IndicatorDefinition indicator : kb.indicators().values()) {
            String id = indicator.id();
            Answer answered = assessment.indicators().get(id);
            Answer expected = reached.get(id);
            Answer stated = scenario.indicators().get(id);
            List<String> by = reachedBy.getOrDefault(id, List.of());
            if (stated != null) {
                indicators.add(new IndicatorChange(indicator, answered, stated, expected, IndicatorChange.Cause.STATED, by));
                after = after.withIndicator(id, stated);
            } else if (expected != null && answered != null && indicator.score(answered) >= indicator.score(expected)) {
                indicators.add(new IndicatorChange(indicator, answered, answered, expected, IndicatorChange.Cause.KEPT, by));
            } else if (expected != null) {
                indicators.add(new IndicatorChange(indicator, answered, expected, expected, IndicatorChange.Cause.REACHED, by));
                after = after.withIndicator(id, expected);
            }
        }
        List<KpiMove> kpis = new ArrayList<>();
        for (KpiDefinition kpi : kb.kpis().values()) {
            KpiMove move = kpiMove(kpi, assessment.kpis().get(kpi.id()), scenario.kpis().get(kpi.id()), ranges.get(kpi.id()),
                    rangedBy.getOrDefault(kpi.id(), List.of()));
            if (move != null) {
                kpis.add(move);
                if (move.after() != null) {
                    after = after.withKpi(move.after());
                }
            }
        }
        List<ContextChange> context = new ArrayList<>();
        for (Map.Entry<String, String> stated : scenario.context().entrySet()) {
            String was = assessment.context().getOrDefault(stated.getKey(), kb.context().get(stated.getKey()).defaultValue());
            context.add(new ContextChange(stated.getKey(), was, stated.getValue()));
            after = after.withContext(stated.getKey(), stated.getValue());
        }
        if (scenario.weights() != null) {
            after = after.withOwnWeights(scenario.weights());
        }
        return new Changes(after, indicators, kpis, context, implemented);
    }

    /** How a KPI moves, or {@code null} when nothing states a value or a range for it. */
    private static KpiMove kpiMove(KpiDefinition kpi, KpiObservation reported, Scenario.KpiValues stated, Improvement range,
                                   List<String> by) {
        if (stated == null && range == null) {
            return null;
        }
        if (reported == null && (stated == null || stated.actual() == null)) {
            // the reader refuses a target alone for an unreported KPI, so only a range is left without an actual to move
            return new KpiMove(kpi, null, null, range, null, by, false);
        }
        double target = stated != null && stated.target() != null ? stated.target() : reported.target();
        if (stated != null && stated.actual() != null) {
            return new KpiMove(kpi, reported, new KpiObservation(kpi.id(), stated.actual(), target), range, null, by, true);
        }
        if (range == null) {
            return new KpiMove(kpi, reported, new KpiObservation(kpi.id(), reported.actual(), target), null, null, by, false);
        }
        double cautious = toward(kpi, reported.actual(), range.low(), true);
        return new KpiMove(kpi, reported, new KpiObservation(kpi.id(), cautious, target), range,
                toward(kpi, reported.actual(), range.high(), true), by, false);
    }

    /** {@code actual} moved by {@code amount} toward the KPI's better direction, kept within its unit's bounds when {@code capped}. */
    static double toward(KpiDefinition kpi, double actual, double amount, boolean capped) {
        double moved = Numbers.exact(kpi.better() == Direction.HIGHER ? actual + amount : actual - amount);
        return capped ? Math.max(0, Math.min(kpi.unit().max(), moved)) : moved;
    }

    private static List<UnmetPrerequisite> unmetPrerequisites(Scenario scenario, KnowledgeBase kb, Diagnosis after) {
        Set<String> inPlace = after.notRecommended().stream().map(NotRecommended::id).collect(Collectors.toSet());
        List<UnmetPrerequisite> unmet = new ArrayList<>();
        for (String id : scenario.implemented()) {
            Intervention intervention = kb.interventions().get(id);
            for (String required : intervention.requires()) {
                if (scenario.implemented().contains(required) || inPlace.contains(required)) {
                    continue;
                }
                Integer rank = after.recommendations().stream().filter(r -> r.id().equals(required)).findFirst()
                        .map(Recommendation::rank).orElse(null);
                boolean undecided = after.needsData().stream().anyMatch(n -> n.interventionId().equals(required));
                unmet.add(new UnmetPrerequisite(intervention, kb.interventions().get(required), rank, undecided));
            }
        }
        return unmet;
    }
}
