package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Weights;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something the compared assessments record differently that bears on reading the change between them: the firm's
 * weights, its context, a KPI's target, what was reported or answered, the survey, or what was implemented since when.
 *
 * @param subject the KPI, indicator, context factor or intervention id it concerns; empty for weights and survey
 * @param entries one per assessment, in date order, each with what that assessment records
 */
public record ComparabilityNote(Kind kind, String subject, List<Entry> entries) {

    /** What differs. */
    public enum Kind {
        /** The index weighs S, T and R differently (entries: {@link Weights}). */
        WEIGHTS,
        /** A context factor changed (entries: its value, a {@link String}). */
        CONTEXT,
        /** A KPI's target changed (entries: the target, a {@link Double}; none when not reported). */
        TARGET,
        /** A KPI is reported on some dates only (entries: its actual value, a {@link Double}, or none). */
        KPI_REPORTED,
        /** An indicator is answered on some dates only (entries: its {@link Answer}, or none). */
        INDICATOR_ANSWERED,
        /** The survey is part of some assessments only (entries: the number of respondents, a {@link Double}). */
        SURVEY,
        /** An intervention recorded as implemented earlier is not recorded in the latest assessment (entries: its since date). */
        IMPLEMENTATION_DROPPED,
        /** An intervention is recorded as implemented since different dates (entries: its since date). */
        SINCE_CHANGED
    }

    /** What one assessment records; {@code value} is {@code null} when it records nothing for the subject. */
    public record Entry(LocalDate on, Object value) {
        public Entry {
            Objects.requireNonNull(on, "on");
            if (value != null && !(value instanceof Double || value instanceof String || value instanceof Weights
                    || value instanceof LocalDate || value instanceof Answer)) {
                throw new IllegalArgumentException("an entry holds a number, a text, weights, a date or an answer");
            }
        }
    }

    public ComparabilityNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        entries = List.copyOf(entries);
        if (entries.size() < 2) {
            throw new IllegalArgumentException("a difference is between at least two assessments");
        }
    }
}
