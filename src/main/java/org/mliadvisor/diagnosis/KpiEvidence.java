package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far off target a dimension's linked KPIs are: the mean shortfall of those reported
 * (0 when none is reported, which is no evidence either way).
 */
public record KpiEvidence(Dimension dimension, double meanGap, List<String> kpis, Reason reason) {
    public KpiEvidence {
        Objects.requireNonNull(dimension, "dimension");
        kpis = List.copyOf(kpis);
        Objects.requireNonNull(reason, "reason");
    }

    public static KpiEvidence of(Dimension dimension, List<KpiGap> gaps, String rule) {
        double mean = gaps.stream().mapToDouble(KpiGap::shortfall).average().orElse(0);
        Map<String, String> facts = new LinkedHashMap<>();
        gaps.stream().sorted(java.util.Comparator.comparing(KpiGap::kpiId))
                .forEach(g -> facts.put(g.kpiId(), Numbers.percent(g.shortfall())));
        String statement = gaps.isEmpty()
                ? "No KPI linked to " + dimension + " is reported, so it has no KPI evidence."
                : "The " + gaps.size() + " reported KPIs linked to " + dimension + " are on average "
                + Numbers.percent(mean) + " short of target.";
        return new KpiEvidence(dimension, mean, gaps.stream().map(KpiGap::kpiId).sorted().toList(),
                Reason.of(rule, statement, facts));
    }

    /** Stronger evidence than {@code other}: a larger mean gap, or equal and earlier in S, T, R order. */
    public boolean strongerThan(KpiEvidence other) {
        int byGap = Double.compare(meanGap, other.meanGap);
        return byGap > 0 || (byGap == 0 && dimension.compareTo(other.dimension) < 0);
    }
}
