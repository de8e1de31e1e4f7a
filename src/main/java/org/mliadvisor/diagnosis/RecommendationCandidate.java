package org.mliadvisor.diagnosis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A recommended intervention with what ranks it: whether it acts on the binding constraint, and
 * the severity-weighted KPI gaps it closes per point of effort.
 */
public record RecommendationCandidate(Applicable applicable, boolean onBindingConstraint, double gapClosed,
                                      double priority, List<KpiGap> movedGaps, BindingOutcome binding, String rule) {
    public RecommendationCandidate {
        Objects.requireNonNull(applicable, "applicable");
        movedGaps = List.copyOf(movedGaps);
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Weighs the gaps of the KPIs the intervention moves: each shortfall counts once plus its
     * severity weight, so a severe gap outweighs a minor one of similar size.
     */
    public static RecommendationCandidate of(Applicable applicable, BindingOutcome binding, List<KpiGap> movedGaps,
                                             String rule) {
        var intervention = applicable.intervention().intervention();
        double closed = 0;
        for (KpiGap gap : movedGaps) {
            closed += gap.shortfall() * (1 + gap.severity().weight());
        }
        return new RecommendationCandidate(applicable, binding.isBinding(intervention.dimension()), closed,
                closed / intervention.effort().points(), movedGaps, binding, rule);
    }

    public String interventionId() {
        return applicable.interventionId();
    }

    /** The KPIs it moves that are short of target, by id. */
    public List<String> kpisAddressed() {
        return shortOfTarget().stream().map(KpiGap::kpiId).toList();
    }

    /** The gaps of the KPIs it moves that are short of target, in id order. */
    private List<KpiGap> shortOfTarget() {
        return movedGaps.stream().filter(g -> g.shortfall() > 0).sorted(Comparator.comparing(KpiGap::kpiId)).toList();
    }

    public Reason reason() {
        var intervention = applicable.intervention().intervention();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("dimension", intervention.dimension().name());
        facts.put("binding constraint", binding.determined() ? binding.dimension().name() : "none");
        facts.put("effort", intervention.effort().name().toLowerCase(Locale.ROOT));
        List<KpiGap> addressed = shortOfTarget();
        addressed.forEach(g -> facts.put(g.kpiId(), Numbers.percent(g.gap()) + " short ("
                        + g.severity().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (g.gap() > g.shortfall() ? "; weighed as " + Numbers.percent(g.shortfall()) : "") + ")"));
        facts.put("priority", Numbers.format(priority, 3));
        MessagePart.Literal dimension = Message.literal(intervention.dimension().name());
        Message statement = Message.of("candidate.weighed",
                onBindingConstraint ? Message.of("candidate.on_binding", dimension) : Message.of("candidate.off_binding", dimension),
                addressed.isEmpty() ? Message.of("candidate.moves_none") : Message.of("candidate.moves",
                        new MessagePart.Series(addressed.stream().<MessagePart>map(g -> Message.text(g.name())).toList(), ", ")),
                Message.number(priority, 3));
        return Reason.of(rule, statement, facts, intervention.origin());
    }
}
