package org.mliadvisor.diagnosis;

import java.util.Objects;

/** The variant of a recommended intervention that fits this firm. */
public record ChosenVariant(String interventionId, VariantFact variant, String rule) {
    public ChosenVariant {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(rule, "rule");
    }

    public static ChosenVariant of(VariantFact variant, String rule) {
        return new ChosenVariant(variant.interventionId(), variant, rule);
    }

    public Reason reason() {
        return Reason.of(rule, Message.of("variant.fits", Message.literal(variant.variant().id()),
                        Message.literal(interventionId), Message.text(variant.variant().title())),
                Reason.ordered("variant", variant.variant().id()),
                variant.variant().origin());
    }
}
