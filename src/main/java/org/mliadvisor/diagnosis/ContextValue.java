package org.mliadvisor.diagnosis;

import java.util.Objects;

/** The value of a context factor for this firm, and whether it is the KB default. */
public record ContextValue(String factorId, String value, boolean defaulted) {
    public ContextValue {
        Objects.requireNonNull(factorId, "factorId");
        Objects.requireNonNull(value, "value");
    }
}
