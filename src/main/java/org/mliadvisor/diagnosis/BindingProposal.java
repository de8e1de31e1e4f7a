package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Gate;
import org.mliadvisor.knowledge.MethodSettings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dimension proposed as the binding constraint on one kind of evidence; the strongest basis wins.
 * Only the fields its basis needs are set: the leader and challenger for KPI evidence, the gate for a gate.
 */
public record BindingProposal(Dimension dimension, BindingBasis basis, DimensionShortfall shortfall,
                              DimensionShortfall leader, KpiEvidence leaderEvidence, KpiEvidence evidence,
                              MethodSettings method, GateFact gate, ConditionOutcome gateOutcome, String rule) {
    public BindingProposal {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(rule, "rule");
    }

    public static BindingProposal byShortfall(DimensionShortfall top, String rule) {
        return new BindingProposal(top.dimension(), BindingBasis.SHORTFALL, top, null, null, null, null, null, null, rule);
    }

    public static BindingProposal byKpiEvidence(DimensionShortfall leader, KpiEvidence leaderEvidence,
                                                DimensionShortfall challenger, KpiEvidence challengerEvidence,
                                                MethodSettings method, String rule) {
        return new BindingProposal(challenger.dimension(), BindingBasis.KPI_EVIDENCE, challenger, leader, leaderEvidence,
                challengerEvidence, method, null, null, rule);
    }

    public static BindingProposal byGate(GateFact gate, ConditionOutcome outcome, String rule) {
        return new BindingProposal(gate.dimension(), BindingBasis.GATE, null, null, null, null, null, gate, outcome, rule);
    }

    public Reason reason() {
        return switch (basis) {
            case SHORTFALL -> Reason.of(rule, dimension + " has the largest weighted shortfall, "
                    + Numbers.format(shortfall.shortfall(), 3) + ".", Reason.ordered("shortfall", Numbers.format(shortfall.shortfall(), 3)),
                    shortfall.origin());
            case KPI_EVIDENCE -> {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put(leader.dimension() + " shortfall", Numbers.format(leader.shortfall(), 3));
                facts.put(dimension + " shortfall", Numbers.format(shortfall.shortfall(), 3));
                facts.put(leader.dimension() + " KPI gap", Numbers.percent(leaderEvidence.meanGap()));
                facts.put(dimension + " KPI gap", Numbers.percent(evidence.meanGap()));
                facts.put("near_tie_margin", Numbers.format(method.nearTieMargin(), 3));
                facts.put("kpi_evidence_margin", Numbers.format(method.kpiEvidenceMargin(), 3));
                yield Reason.of(rule, dimension + " is within " + Numbers.format(method.nearTieMargin(), 3) + " of "
                        + leader.dimension() + "'s shortfall (a near-tie) and its linked KPIs are further off target ("
                        + Numbers.percent(evidence.meanGap()) + " against " + Numbers.percent(leaderEvidence.meanGap())
                        + "), so it outranks " + leader.dimension() + ".", facts, method.origin());
            }
            case GATE -> {
                Gate g = gate.gate();
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("gate", g.id());
                if (gateOutcome.comparison() != null && gateOutcome.observed() != null) {
                    facts.put(gateOutcome.comparison().target(), Numbers.raw(gateOutcome.observed()));
                }
                yield Reason.of(rule, "Gate `" + g.id() + "` holds, which makes " + dimension + " binding: "
                        + g.because().strip(), facts, g.origin());
            }
        };
    }
}
