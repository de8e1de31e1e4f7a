package org.mliadvisor.diagnosis;

import java.util.Objects;

/** Among the recommendations, {@code before} must rank ahead of {@code after} (a prerequisite). */
public record Precedence(String before, String after, Applicable dependent, String rule) {
    public Precedence {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(rule, "rule");
    }

    public static Precedence of(Applicable prerequisite, Applicable dependent, String rule) {
        return new Precedence(prerequisite.interventionId(), dependent.interventionId(), dependent, rule);
    }

    public Reason reason() {
        return Reason.of(rule, Message.of("precedence.first", Message.literal(after), Message.literal(before)),
                Reason.ordered("requires", before), dependent.intervention().intervention().origin());
    }
}
