package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Variant;

import java.util.Objects;

/** A variant of an intervention as a fact: its order within the intervention and its condition's root. */
public record VariantFact(String interventionId, Variant variant, int order, int conditionId) {
    public VariantFact {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(variant, "variant");
    }
}
