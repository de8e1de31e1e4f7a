package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Gate;
import org.mliadvisor.knowledge.MethodSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A dimension proposed as the binding constraint on one kind of evidence; the strongest basis wins. */
public record BindingProposal(Dimension dimension, BindingBasis basis, Reason reason) {
    public BindingProposal {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
    }

    public static BindingProposal byShortfall(DimensionShortfall top, String rule) {
        return new BindingProposal(top.dimension(), BindingBasis.SHORTFALL, Reason.of(rule,
                top.dimension() + " has the largest weighted shortfall, " + Numbers.format(top.shortfall(), 3) + ".",
                Map.of("shortfall", Numbers.format(top.shortfall(), 3))));
    }

    public static BindingProposal byKpiEvidence(DimensionShortfall leader, KpiEvidence leaderEvidence,
                                                DimensionShortfall challenger, KpiEvidence challengerEvidence,
                                                MethodSettings method, String rule) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(leader.dimension() + " shortfall", Numbers.format(leader.shortfall(), 3));
        facts.put(challenger.dimension() + " shortfall", Numbers.format(challenger.shortfall(), 3));
        facts.put(leader.dimension() + " KPI gap", Numbers.percent(leaderEvidence.meanGap()));
        facts.put(challenger.dimension() + " KPI gap", Numbers.percent(challengerEvidence.meanGap()));
        facts.put("near_tie_margin", Numbers.format(method.nearTieMargin(), 3));
        facts.put("kpi_evidence_margin", Numbers.format(method.kpiEvidenceMargin(), 3));
        String statement = challenger.dimension() + " is within " + Numbers.format(method.nearTieMargin(), 3) + " of "
                + leader.dimension() + "'s shortfall (a near-tie) and its linked KPIs are further off target ("
                + Numbers.percent(challengerEvidence.meanGap()) + " against " + Numbers.percent(leaderEvidence.meanGap())
                + "), so it outranks " + leader.dimension() + ".";
        return new BindingProposal(challenger.dimension(), BindingBasis.KPI_EVIDENCE,
                Reason.of(rule, statement, facts, method.origin()));
    }

    public static BindingProposal byGate(GateFact gate, ConditionOutcome outcome, String rule) {
        Gate g = gate.gate();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("gate", g.id());
        if (outcome.comparison() != null && outcome.observed() != null) {
            facts.put(outcome.comparison().target(), Numbers.raw(outcome.observed()));
        }
        return new BindingProposal(gate.dimension(), BindingBasis.GATE, Reason.of(rule,
                "Gate `" + g.id() + "` holds, which makes " + gate.dimension() + " binding: " + g.because().strip(),
                facts, g.origin()));
    }
}
