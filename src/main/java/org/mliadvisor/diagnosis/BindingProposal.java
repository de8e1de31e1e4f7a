package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Gate;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.MethodSettings;
import org.mliadvisor.knowledge.Text;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dimension proposed as the binding constraint on one kind of evidence; the strongest basis wins.
 * Only the fields its basis needs are set: the leader and challenger for KPI evidence and for a joint
 * constraint (where {@code dimension} is the leader and {@code partner} binds with it), the gate for a gate.
 */
public record BindingProposal(Dimension dimension, BindingBasis basis, DimensionShortfall shortfall,
                              DimensionShortfall leader, KpiEvidence leaderEvidence, KpiEvidence evidence,
                              MethodSettings method, GateFact gate, ConditionOutcome gateOutcome, Dimension partner,
                              String rule) {
    public BindingProposal {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(basis, "basis");
        if ((basis == BindingBasis.JOINT) != (partner != null) || dimension == partner) {
            throw new IllegalArgumentException("a joint constraint, and only it, names a second dimension");
        }
        Objects.requireNonNull(rule, "rule");
    }

    public static BindingProposal byShortfall(DimensionShortfall top, String rule) {
        return new BindingProposal(top.dimension(), BindingBasis.SHORTFALL, top, null, null, null, null, null, null, null, rule);
    }

    public static BindingProposal byKpiEvidence(DimensionShortfall leader, KpiEvidence leaderEvidence,
                                                DimensionShortfall challenger, KpiEvidence challengerEvidence,
                                                MethodSettings method, String rule) {
        return new BindingProposal(challenger.dimension(), BindingBasis.KPI_EVIDENCE, challenger, leader, leaderEvidence,
                challengerEvidence, method, null, null, null, rule);
    }

    /** The leader and a challenger in a near-tie that their linked KPIs do not break: they bind together. */
    public static BindingProposal joint(DimensionShortfall leader, KpiEvidence leaderEvidence,
                                        DimensionShortfall challenger, KpiEvidence challengerEvidence,
                                        MethodSettings method, String rule) {
        return new BindingProposal(leader.dimension(), BindingBasis.JOINT, challenger, leader, leaderEvidence,
                challengerEvidence, method, null, null, challenger.dimension(), rule);
    }

    public static BindingProposal byGate(GateFact gate, ConditionOutcome outcome, String rule) {
        return new BindingProposal(gate.dimension(), BindingBasis.GATE, null, null, null, null, null, gate, outcome, null, rule);
    }

    public Reason reason() {
        return switch (basis) {
            case SHORTFALL -> Reason.of(rule, Message.of("binding.shortfall", Message.literal(dimension.name()),
                            Message.number(shortfall.shortfall(), 3)),
                    Reason.ordered("shortfall", Numbers.format(shortfall.shortfall(), 3)),
                    shortfall.origin());
            case KPI_EVIDENCE -> {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put(leader.dimension() + " shortfall", Numbers.format(leader.shortfall(), 3));
                facts.put(dimension + " shortfall", Numbers.format(shortfall.shortfall(), 3));
                facts.put(leader.dimension() + " own KPIs' severity", Numbers.format(leaderEvidence.against(evidence), 2));
                facts.put(dimension + " own KPIs' severity", Numbers.format(evidence.against(leaderEvidence), 2));
                facts.put("near_tie_margin", Numbers.format(method.nearTieMargin(), 3));
                facts.put("kpi_evidence_margin", Numbers.format(method.kpiEvidenceMargin(), 3));
                yield Reason.of(rule, Message.of("binding.kpi_evidence", Message.literal(dimension.name()),
                        Message.number(method.nearTieMargin(), 3), Message.literal(leader.dimension().name()),
                        Message.number(evidence.against(leaderEvidence), 2), Message.number(leaderEvidence.against(evidence), 2)),
                        facts, method.origin());
            }
            case JOINT -> {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put(dimension + " shortfall", Numbers.format(leader.shortfall(), 3));
                facts.put(partner + " shortfall", Numbers.format(shortfall.shortfall(), 3));
                double own = leaderEvidence.against(evidence);
                double theirs = evidence.against(leaderEvidence);
                facts.put(dimension + " own KPIs' severity", own < 0 ? "none reported" : Numbers.format(own, 2));
                facts.put(partner + " own KPIs' severity", theirs < 0 ? "none reported" : Numbers.format(theirs, 2));
                facts.put("near_tie_margin", Numbers.format(method.nearTieMargin(), 3));
                facts.put("kpi_evidence_margin", Numbers.format(method.kpiEvidenceMargin(), 3));
                boolean measured = own >= 0 && theirs >= 0;
                Message statement = measured
                        ? Message.of("binding.joint", Message.literal(dimension.name()), Message.literal(partner.name()),
                        Message.number(method.nearTieMargin(), 3), Message.number(own, 2), Message.number(theirs, 2))
                        : Message.of("binding.joint_no_kpis", Message.literal(dimension.name()), Message.literal(partner.name()),
                        Message.number(method.nearTieMargin(), 3));
                yield Reason.of(rule, statement, facts, method.origin());
            }
            case GATE -> {
                Gate g = gate.gate();
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("gate", g.id());
                if (gateOutcome.comparison() != null && gateOutcome.observed() != null) {
                    facts.put(gateOutcome.comparison().target(), Numbers.observed(gateOutcome.observed()));
                }
                yield Reason.of(rule, Message.of("binding.gate", Message.literal(g.id()), Message.literal(dimension.name()),
                        Message.text(stripped(g.because()))), facts, g.origin());
            }
        };
    }

    /** The text with each translation stripped, since a YAML block scalar ends in a line break that must not end a sentence. */
    static Text stripped(Text text) {
        Map<Language, String> translations = new EnumMap<>(Language.class);
        text.translations().forEach((language, wording) -> translations.put(language, wording.strip()));
        return new Text(translations, text.origin());
    }
}
