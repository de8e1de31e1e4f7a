package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Objects;

/** A fact about the firm that is neither an indicator nor a KPI, such as demand volatility. */
public record ContextFactor(String id, Text question, List<String> values, String defaultValue,
                            SourceLocation origin) {
    public ContextFactor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("context factor " + id + " needs values");
        }
        if (!values.contains(defaultValue)) {
            throw new IllegalArgumentException("default " + defaultValue + " is not a value of " + id);
        }
        Objects.requireNonNull(origin, "origin");
    }
}
