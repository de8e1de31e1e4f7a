package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Gate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A gate of the knowledge base whose condition holds for the firm. Every one is reported, whether or
 * not it decides the binding constraint: the first in precedence on a dimension with enough evidence
 * does; one on a dimension with too little evidence cannot, and says so.
 */
public record GateHold(GateFact gate, ConditionOutcome outcome, boolean sufficient, List<ConditionEvidence> held,
                       String rule) {
    public GateHold {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(outcome, "outcome");
        held = List.copyOf(held);
        Objects.requireNonNull(rule, "rule");
    }

    public GateHold(GateFact gate, ConditionOutcome outcome, boolean sufficient, String rule) {
        this(gate, outcome, sufficient, List.of(), rule);
    }

    /** The same conclusion, naming the comparisons that made the gate hold. */
    GateHold withHeld(List<ConditionEvidence> comparisons) {
        return new GateHold(gate, outcome, sufficient, comparisons, rule);
    }

    public String gateId() {
        return gate.gate().id();
    }

    public Reason reason() {
        Gate g = gate.gate();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("gate", g.id());
        facts.put("precedence", Integer.toString(gate.order() + 1));
        if (outcome.comparison() != null && outcome.observed() != null) {
            facts.put(outcome.comparison().target(), Numbers.observed(outcome.observed()));
        }
        facts.putAll(ConditionEvidence.facts(held));
        facts.put(gate.dimension() + " evidence", sufficient ? "sufficient" : "insufficient");
        Message statement = sufficient
                ? Message.of("gate.holds", Message.literal(g.id()), Message.literal(gate.dimension().name()))
                : Message.of("gate.holds_insufficient", Message.literal(g.id()), Message.literal(gate.dimension().name()));
        return Reason.of(rule, statement, facts, g.origin());
    }
}
