package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.KpiUnit;
import org.mliadvisor.source.SourceLocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers that contradict each other or the firm's KPIs, or a value probably written on the wrong
 * scale. A finding never stops the diagnosis: it tells the consultant what to verify before acting,
 * and lowers the confidence in the binding constraint when it concerns it ({@link BindingConfidence}).
 *
 * @param id         the id of the knowledge base's check, or of a built-in one ({@link ConsistencyCheck#BUILT_IN})
 * @param answers    the answers involved as given: an indicator's id to its answer, a KPI's {@code <id>.actual}
 *                   and {@code <id>.target} to their values
 * @param dimensions the dimensions whose indicators' answers are involved
 * @param kpis       the KPIs involved
 */
public record ConsistencyFinding(String id, Kind kind, Map<String, Answer> answers, Set<Dimension> dimensions,
                                 List<String> kpis, Reason reason) {

    /**
     * An actual and a target at least this many times apart, either way, are taken as written on two
     * scales: a share against a percentage is a factor of 100, and no firm's plan is 50 times its result.
     */
    public static final double SCALE_RATIO = 50;

    /** What a finding is about. */
    public enum Kind {
        /** Answers that cannot all be true at once (a check of the knowledge base). */
        CONTRADICTION,
        /** A dimension's answers claim maturity that the KPIs its indicators drive deny (a check of the knowledge base). */
        TRIANGULATION,
        /** A value probably written on the wrong scale (a check built into the rules). */
        PLAUSIBILITY
    }

    public ConsistencyFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        answers.forEach((key, value) -> Objects.requireNonNull(value, key));
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        dimensions = dimensions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(dimensions));
        kpis = List.copyOf(kpis);
        if (dimensions.isEmpty() && kpis.isEmpty()) {
            throw new IllegalArgumentException(id + ": a finding concerns some dimension's answers or some KPI");
        }
        Objects.requireNonNull(reason, "reason");
    }

    /** The answers of a contradiction check whose condition holds; {@code answered} are those of its answers given. */
    public static ConsistencyFinding contradiction(ContradictionFact fact, List<IndicatorAnswer> answered, String rule) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("check", fact.check().id());
        List<MessagePart> quoted = new ArrayList<>();
        for (IndicatorDefinition indicator : fact.indicators()) {
            answered.stream().filter(a -> a.indicatorId().equals(indicator.id())).findFirst().ifPresent(a -> {
                answers.put(indicator.id(), a.answer());
                facts.put(indicator.id(), Numbers.raw(a.answer()));
                quoted.add(Message.of("consistency.answer", Message.text(indicator.name()), Message.raw(a.answer())));
            });
        }
        Message statement = Message.of("consistency.contradiction", Message.text(fact.check().finding()),
                new MessagePart.Series(quoted, "; "));
        return new ConsistencyFinding(fact.check().id(), Kind.CONTRADICTION, answers, fact.dimensions(), List.of(),
                Reason.of(rule, statement, facts, fact.check().origin()));
    }

    /** A dimension scoring as mature while {@code severe} of the KPIs linked to it are severely short of target. */
    public static ConsistencyFinding triangulation(TriangulationFact fact, DimensionScore score, List<KpiGap> severe,
                                                   String rule) {
        List<KpiGap> gaps = severe.stream().sorted(Comparator.comparing(KpiGap::kpiId)).toList();
        Map<String, Answer> answers = new LinkedHashMap<>();
        score.indicators().stream().sorted(Comparator.comparing(IndicatorScore::indicatorId))
                .forEach(s -> answers.put(s.indicatorId(), s.answer()));
        answers.putAll(kpiAnswers(gaps));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("check", fact.check().id());
        facts.put("dimension " + fact.dimension(), Numbers.format(score.score(), 3));
        facts.putAll(severeFacts(fact, gaps));
        Message statement = Message.of("consistency.triangulation", Message.literal(fact.dimension().name()),
                // on the report's 0–100 scale: the client reads this sentence beside scores out of 100
                Message.text(score.definition().name()), Message.number(score.score() * 100, 1),
                Message.number(fact.scoreAtLeast() * 100, 1), Message.count(gaps.size()),
                new MessagePart.Series(gaps.stream().<MessagePart>map(g -> Message.text(g.name())).toList(), ", "),
                Message.text(fact.check().finding()));
        List<SourceLocation> kb = new ArrayList<>();
        kb.add(fact.check().origin());
        kb.add(score.method().origin());
        return new ConsistencyFinding(fact.check().id(), Kind.TRIANGULATION, answers, Set.of(fact.dimension()),
                gaps.stream().map(KpiGap::kpiId).toList(), Reason.of(rule, statement, facts, kb));
    }

    /**
     * A dimension its survey's respondents rate as mature (a reliable perceived score at the check's
     * threshold) while {@code severe} of the KPIs linked to it are severely short of target.
     */
    public static ConsistencyFinding perceivedTriangulation(TriangulationFact fact, PerceivedScore perceived,
                                                            List<KpiGap> severe, String rule) {
        List<KpiGap> gaps = severe.stream().sorted(Comparator.comparing(KpiGap::kpiId)).toList();
        Map<String, Answer> answers = kpiAnswers(gaps);
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("check", fact.check().id());
        facts.put("perceived " + fact.dimension(), Numbers.format(perceived.score(), 3));
        facts.put("respondents", Integer.toString(perceived.respondents()));
        facts.putAll(severeFacts(fact, gaps));
        Message statement = Message.of("consistency.perceived_triangulation", Message.literal(fact.dimension().name()),
                Message.count(perceived.respondents()), Message.number(perceived.score() * 100, 1),
                Message.number(fact.scoreAtLeast() * 100, 1), Message.count(gaps.size()),
                new MessagePart.Series(gaps.stream().<MessagePart>map(g -> Message.text(g.name())).toList(), ", "),
                Message.text(fact.check().finding()));
        return new ConsistencyFinding(fact.check().id(), Kind.TRIANGULATION, answers, Set.of(fact.dimension()),
                gaps.stream().map(KpiGap::kpiId).toList(),
                Reason.of(rule, statement, facts, List.of(fact.check().origin(), perceived.settings().origin())));
    }

    /** Each severe KPI's actual and target, as the answers a triangulation finding rests on. */
    private static Map<String, Answer> kpiAnswers(List<KpiGap> gaps) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        gaps.forEach(g -> {
            answers.put(g.kpiId() + ".actual", Answer.of(g.actual()));
            answers.put(g.kpiId() + ".target", Answer.of(g.target()));
        });
        return answers;
    }

    /** The check's threshold, each severe KPI's gap and the count the check asks for, as a triangulation's facts. */
    private static Map<String, String> severeFacts(TriangulationFact fact, List<KpiGap> gaps) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("score_at_least", Numbers.format(fact.scoreAtLeast(), 3));
        gaps.forEach(g -> facts.put(g.kpiId(), Numbers.percent(g.gap()) + " short of target (severe from "
                + Numbers.percent(g.severeFrom()) + ")"));
        facts.put("severe_kpis_at_least", Integer.toString(fact.severeKpisAtLeast()));
        return facts;
    }

    /** A percent indicator answered between 0 and 1: probably a share meant as a percentage. */
    public static ConsistencyFinding percentAsFraction(IndicatorDefinition indicator, IndicatorAnswer answer, String rule) {
        double raw = answer.number();
        Message statement = Message.of("consistency.percent_as_fraction", Message.text(indicator.name()),
                Message.number(raw, 4), Message.percent(raw));
        Map<String, String> facts = Reason.ordered(indicator.id(), Numbers.format(raw, 4),
                "scale", "percent, written 0-100", "likely meant", Numbers.format(raw * 100, 2));
        return new ConsistencyFinding(ConsistencyCheck.PERCENT_AS_FRACTION, Kind.PLAUSIBILITY,
                Map.of(indicator.id(), answer.answer()), Set.of(indicator.dimension()), List.of(),
                Reason.of(rule, statement, facts, indicator.origin()));
    }

    /**
     * A KPI whose actual and target are {@link #SCALE_RATIO} or more times apart: the smaller figure was
     * probably written as a share of the other's scale, and is likely meant 100 times larger.
     */
    public static ConsistencyFinding kpiScale(KpiDefinition kpi, KpiObservation observation, String rule) {
        double smaller = Math.min(observation.actual(), observation.target());
        double larger = Math.max(observation.actual(), observation.target());
        MessagePart meant = kpi.unit() == KpiUnit.PERCENT ? Message.percent(smaller) : Message.number(smaller * 100, 2);
        Message statement = Message.of("consistency.kpi_scale", Message.text(kpi.name()),
                Message.number(observation.actual(), 4), Message.number(observation.target(), 4),
                Message.number(larger / smaller, 0), Message.number(smaller, 4), meant);
        Map<String, String> facts = Reason.ordered(kpi.id() + ".actual", Numbers.format(observation.actual(), 4),
                kpi.id() + ".target", Numbers.format(observation.target(), 4),
                "ratio", Numbers.format(larger / smaller, 1) + " (at least " + Numbers.format(SCALE_RATIO, 0) + " counts)",
                "likely meant", Numbers.format(smaller * 100, 2) + " for " + Numbers.format(smaller, 4));
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put(kpi.id() + ".actual", Answer.of(observation.actual()));
        answers.put(kpi.id() + ".target", Answer.of(observation.target()));
        return new ConsistencyFinding(ConsistencyCheck.KPI_SCALE_MISMATCH, Kind.PLAUSIBILITY, answers, Set.of(),
                List.of(kpi.id()), Reason.of(rule, statement, facts, kpi.origin()));
    }

    /** The assessment's field a plausibility finding is about ({@code indicators.<id>}, {@code kpis.<id>}), else empty. */
    public Optional<String> assessmentField() {
        if (kind != Kind.PLAUSIBILITY) {
            return Optional.empty();
        }
        return Optional.of(kpis.isEmpty() ? "indicators." + answers.keySet().iterator().next() : "kpis." + kpis.get(0));
    }
}
