package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/**
 * An expert gating rule: when its condition holds, its dimension is binding whatever the scores say.
 * Gates take precedence in the order of {@code gates.yaml}; {@code precedence} says why this one
 * comes where it does (optional).
 */
public record Gate(String id, Dimension binding, Condition when, Text because, Text precedence, Citation source,
                   SourceLocation origin) {
    public Gate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(origin, "origin");
    }
}
