package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/** A variant of an intervention that replaces its title and action when its own condition holds. */
public record Variant(String id, Condition when, Text title, Text action, SourceLocation origin) {
    public Variant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
    }
}
