package org.mliadvisor.source;

import java.util.Objects;

/**
 * One thing wrong with an input file: where, which field, and what was expected.
 *
 * @param location where the problem is
 * @param field    the field path ({@code interventions[3].when.below}), or empty for the whole file
 * @param message  what is wrong and what was expected, in plain language
 * @param severity whether the input is unusable ({@link Severity#ERROR}) or merely suspicious
 */
public record Problem(SourceLocation location, String field, String message, Severity severity)
        implements Comparable<Problem> {

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public static Problem error(SourceLocation location, String field, String message) {
        return new Problem(location, field, message, Severity.ERROR);
    }

    public static Problem warning(SourceLocation location, String field, String message) {
        return new Problem(location, field, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Problem other) {
        return location.compareTo(other.location);
    }

    /** {@code file:line:col: field: message}, with {@code warning:} in front of warnings. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(location.toString()).append(": ");
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
