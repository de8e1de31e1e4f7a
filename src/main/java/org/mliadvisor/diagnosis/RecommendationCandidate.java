package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.MethodSettings;
import org.mliadvisor.knowledge.Roadmap;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** A recommended intervention with what ranks it: its {@link RankingScore}, term by term. */
public record RecommendationCandidate(Applicable applicable, RankingScore score, List<KpiGap> movedGaps,
                                      BindingOutcome binding, String rule) {
    public RecommendationCandidate {
        Objects.requireNonNull(applicable, "applicable");
        Objects.requireNonNull(score, "score");
        movedGaps = List.copyOf(movedGaps);
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(rule, "rule");
    }

    /** Scores an applicable intervention from the indicator scores that triggered it and the KPI gaps it moves. */
    public static RecommendationCandidate of(Applicable applicable, BindingOutcome binding, List<KpiGap> movedGaps,
                                             List<Weakness> triggers, MethodSettings method, Roadmap roadmap, String rule) {
        RankingScore score = RankingScore.of(applicable.intervention().intervention(), triggers, movedGaps, binding, method,
                roadmap.maxWeeks());
        return new RecommendationCandidate(applicable, score, movedGaps, binding, rule);
    }

    public String interventionId() {
        return applicable.interventionId();
    }

    public boolean onBindingConstraint() {
        return score.onBinding();
    }

    /** The ranking score's total. */
    public double priority() {
        return score.total();
    }

    /** The KPIs it moves that are short of target, by id. */
    public List<String> kpisAddressed() {
        return shortOfTarget().stream().map(KpiGap::kpiId).toList();
    }

    /** The gaps of the KPIs it moves that are short of target, in id order. */
    private List<KpiGap> shortOfTarget() {
        return movedGaps.stream().filter(g -> g.gap() > 0).sorted(Comparator.comparing(KpiGap::kpiId)).toList();
    }

    public Reason reason() {
        var intervention = applicable.intervention().intervention();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("dimension", intervention.dimension().name());
        facts.put("binding constraint", binding.determined()
                ? String.join("+", binding.binding().stream().map(Enum::name).toList()) : "none");
        facts.put("effort", intervention.effort().name().toLowerCase(Locale.ROOT));
        List<KpiGap> addressed = shortOfTarget();
        addressed.forEach(g -> facts.put(g.kpiId(), Numbers.percent(g.gap()) + " short ("
                + g.severity().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"));
        facts.putAll(score.terms());
        MessagePart.Literal dimension = Message.literal(intervention.dimension().name());
        Message depth = score.weakest() == null ? Message.of("candidate.depth_none") : score.weakest().depthStatement();
        Message statement = Message.of("candidate.scored",
                Message.number(score.total(), 2),
                depth,
                addressed.isEmpty() ? Message.of("candidate.moves_none") : Message.of("candidate.moves",
                        new MessagePart.Series(addressed.stream().<MessagePart>map(g -> Message.text(g.name())).toList(), ", ")),
                score.onBinding() ? Message.of("candidate.on_binding", dimension) : Message.of("candidate.off_binding", dimension),
                Message.of("candidate.effort_" + intervention.effort().name().toLowerCase(Locale.ROOT)),
                Message.count(score.weeksToImpact()));
        return Reason.of(rule, statement, facts, intervention.origin());
    }
}
