package org.mliadvisor.diagnosis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A recommended intervention with what ranks it: whether it acts on the binding constraint, and
 * the severity-weighted KPI gaps it closes per point of effort.
 */
public record RecommendationCandidate(Applicable applicable, boolean onBindingConstraint, double gapClosed,
                                      double priority, List<String> kpisAddressed, Reason reason) {
    public RecommendationCandidate {
        Objects.requireNonNull(applicable, "applicable");
        kpisAddressed = List.copyOf(kpisAddressed);
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Weighs the gaps of the KPIs the intervention moves: each shortfall counts once plus its
     * severity weight, so a severe gap outweighs a minor one of similar size.
     */
    public static RecommendationCandidate of(Applicable applicable, BindingOutcome binding, List<KpiGap> movedGaps,
                                             String rule) {
        var intervention = applicable.intervention().intervention();
        double closed = movedGaps.stream().mapToDouble(g -> g.shortfall() * (1 + g.severity().weight())).sum();
        int effort = intervention.effort().points();
        double priority = closed / effort;
        boolean onBinding = binding.isBinding(intervention.dimension());
        List<String> addressed = movedGaps.stream().filter(g -> g.shortfall() > 0).map(KpiGap::kpiId).sorted().toList();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("dimension", intervention.dimension().name());
        facts.put("binding constraint", binding.determined() ? binding.dimension().name() : "none");
        facts.put("effort", intervention.effort().name().toLowerCase(java.util.Locale.ROOT));
        movedGaps.stream().filter(g -> g.shortfall() > 0).sorted(java.util.Comparator.comparing(KpiGap::kpiId))
                .forEach(g -> facts.put(g.kpiId(), Numbers.percent(g.shortfall()) + " short (" + g.severity().name().toLowerCase(java.util.Locale.ROOT) + ")"));
        facts.put("priority", Numbers.format(priority, 3));
        String statement = (onBinding ? "It acts on the binding constraint (" + intervention.dimension() + "). "
                : "It acts on " + intervention.dimension() + ", not the binding constraint. ")
                + (addressed.isEmpty() ? "None of the KPIs it moves is reported short of target"
                : "It moves " + String.join(", ", addressed) + ", short of target")
                + "; weighted gap closed per effort point = " + Numbers.format(priority, 3) + ".";
        return new RecommendationCandidate(applicable, onBinding, closed, priority, addressed,
                Reason.of(rule, statement, facts, intervention.origin()));
    }

    public String interventionId() {
        return applicable.interventionId();
    }
}
