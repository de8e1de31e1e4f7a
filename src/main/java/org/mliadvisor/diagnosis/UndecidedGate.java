package org.mliadvisor.diagnosis;

import java.util.List;
import java.util.Objects;

/** A gate of the knowledge base that could not be checked because data it reads is missing. */
public record UndecidedGate(GateFact gate, List<ConditionEvidence> missing, String rule) {
    public UndecidedGate {
        Objects.requireNonNull(gate, "gate");
        missing = List.copyOf(missing);
        Objects.requireNonNull(rule, "rule");
    }

    public static UndecidedGate of(GateFact gate, String rule) {
        return new UndecidedGate(gate, List.of(), rule);
    }

    /** The same conclusion, naming the comparisons whose data is missing. */
    UndecidedGate withMissing(List<ConditionEvidence> unknown) {
        return new UndecidedGate(gate, unknown, rule);
    }

    public String gateId() {
        return gate.gate().id();
    }

    public Reason reason() {
        return Reason.of(rule, Message.of("gate.undecided", Message.literal(gateId()), Message.literal(gate.dimension().name()),
                        missing.isEmpty() ? Message.of("gate.data_missing") : ConditionEvidence.sentence(missing)),
                ConditionEvidence.facts(missing), gate.gate().origin());
    }
}
