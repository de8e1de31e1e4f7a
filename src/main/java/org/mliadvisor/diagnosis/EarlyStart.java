package org.mliadvisor.diagnosis;

import java.util.Objects;

/** A recommended intervention the firm's context makes time-critical: it starts in the roadmap's first week. */
public record EarlyStart(String interventionId, String rule) {
    public EarlyStart {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(rule, "rule");
    }
}
