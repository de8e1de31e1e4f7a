package org.mliadvisor.assessment;

import org.mliadvisor.source.SourceLocation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An intervention of the knowledge base that the firm has put in place, and since when: what a later assessment
 * records so that its KPIs can be read against what the intervention was expected to achieve.
 *
 * @param location where the assessment records it, for messages about it
 */
public record Implementation(String interventionId, LocalDate since, SourceLocation location) {
    public Implementation {
        Objects.requireNonNull(interventionId, "interventionId");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(location, "location");
    }
}
