package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far off target a dimension's linked KPIs are: the mean severity weight of those reported (0 on
 * target … 1 severe, by each KPI's own bands, so KPIs in different units compare); 0 when none is
 * reported, which is no evidence either way.
 */
public record KpiEvidence(Dimension dimension, double meanSeverity, List<KpiGap> gaps, String rule) {
    public KpiEvidence {
        Objects.requireNonNull(dimension, "dimension");
        gaps = List.copyOf(gaps);
        Objects.requireNonNull(rule, "rule");
    }

    public static KpiEvidence of(Dimension dimension, List<KpiGap> gaps, String rule) {
        return new KpiEvidence(dimension, Numbers.exact(gaps.stream().mapToDouble(KpiGap::weight).average().orElse(0)), gaps, rule);
    }

    /**
     * Whether two dimensions' KPI evidence tells them apart in a near-tie: both have linked KPIs
     * reported and their mean severities differ by at least {@code margin} (the rule {@code binding.joint}).
     */
    public static boolean tellApart(KpiEvidence a, KpiEvidence b, double margin) {
        return !a.gaps.isEmpty() && !b.gaps.isEmpty() && Math.abs(a.meanSeverity - b.meanSeverity) + Numbers.EPSILON >= margin;
    }

    public List<String> kpis() {
        return gaps.stream().map(KpiGap::kpiId).sorted().toList();
    }

    public Reason reason() {
        Map<String, String> facts = new LinkedHashMap<>();
        gaps.stream().sorted(Comparator.comparing(KpiGap::kpiId))
                .forEach(g -> facts.put(g.kpiId(), g.severity().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " (" + Numbers.format(g.weight(), 2) + ")"));
        Message statement = gaps.isEmpty()
                ? Message.of("kpi_evidence.none", Message.literal(dimension.name()))
                : Message.of("kpi_evidence.mean", Message.count(gaps.size()), Message.literal(dimension.name()),
                Message.number(meanSeverity, 2));
        return Reason.of(rule, statement, facts, gaps.stream().sorted(Comparator.comparing(KpiGap::kpiId))
                .map(g -> g.definition().origin()).toList());
    }
}
