package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
     * The mean severity of this dimension's reported KPIs that are not linked to {@code other} too, or
     * −1 when there are none: a KPI both dimensions drive says nothing about which of the two binds.
     */
    public double against(KpiEvidence other) {
        Set<String> theirs = new HashSet<>(other.kpis());
        return Numbers.exact(gaps.stream().filter(g -> !theirs.contains(g.kpiId())).mapToDouble(KpiGap::weight).average().orElse(-1));
    }

    /**
     * Whether {@code a}'s KPI evidence outweighs {@code b}'s in a near-tie (the rules {@code binding.near-tie-kpi-evidence}
     * and {@code binding.joint}): each has reported KPIs of its own, not linked to the other, and {@code a}'s are
     * off target by at least {@code margin} more in mean severity. No report is no evidence, not an on-target one.
     */
    public static boolean outweighs(KpiEvidence a, KpiEvidence b, double margin) {
        double own = a.against(b);
        double theirs = b.against(a);
        return own >= 0 && theirs >= 0 && own + Numbers.EPSILON >= theirs + margin;
    }

    /**
     * Whether {@code a} is the stronger of two challengers against {@code leader}: its own KPIs are further off
     * target, or as far and it comes first in S, T, R order.
     */
    public static boolean stronger(KpiEvidence a, KpiEvidence b, KpiEvidence leader) {
        double ours = a.against(leader);
        double theirs = b.against(leader);
        return ours > theirs || (ours == theirs && a.dimension.ordinal() < b.dimension.ordinal());
    }

    /** Whether either dimension's KPI evidence outweighs the other's in a near-tie. */
    public static boolean tellApart(KpiEvidence a, KpiEvidence b, double margin) {
        return outweighs(a, b, margin) || outweighs(b, a, margin);
    }

    public List<String> kpis() {
        return gaps.stream().map(KpiGap::kpiId).sorted().toList();
    }

    public Reason reason() {
        Map<String, String> facts = new LinkedHashMap<>();
        gaps.stream().sorted(Comparator.comparing(KpiGap::kpiId))
                .forEach(g -> facts.put(g.kpiId(), g.severity().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " (" + Numbers.format(g.weight(), 2) + ")"));
        Message statement = gaps.isEmpty()
                ? Message.of("kpi_evidence.none", Message.literal(dimension.name()))
                : Message.of("kpi_evidence.mean", Message.count(gaps.size()), Message.literal(dimension.name()),
                Message.number(meanSeverity, 2));
        return Reason.of(rule, statement, facts, gaps.stream().sorted(Comparator.comparing(KpiGap::kpiId))
                .map(g -> g.definition().origin()).toList());
    }
}
