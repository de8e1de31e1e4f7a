package org.mliadvisor.casebook;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/**
 * One golden case: an assessment and what the diagnosis of it must conclude, written by a domain
 * expert in {@code knowledge-base/tests/*.yaml}.
 *
 * @param description what the case checks, in the expert's words ({@code null} when not given)
 * @param origin      where the case is written
 */
public record GoldenCase(String name, String description, Assessment assessment, Expectations expect,
                         SourceLocation origin) {
    public GoldenCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(origin, "origin");
    }
}
