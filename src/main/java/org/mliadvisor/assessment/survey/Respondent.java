package org.mliadvisor.assessment.survey;

import org.mliadvisor.source.SourceLocation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One person's survey answers: the Likert value (1..the scale's points) they gave each item they
 * answered, by item id; an item left blank is absent, never a zero.
 *
 * @param origin where the respondent was written (an assessment's line, or a survey file's row)
 */
public record Respondent(String id, RespondentFunction function, Map<String, Integer> answers, SourceLocation origin) {
    public Respondent {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a respondent has an id");
        }
        Objects.requireNonNull(function, "function");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        answers.forEach((item, value) -> {
            if (value == null || value < 1) {
                throw new IllegalArgumentException(id + ": the answer to " + item + " must be 1 or more, got " + value);
            }
        });
        Objects.requireNonNull(origin, "origin");
    }

    /** The answer to {@code item}, or {@code null} when it was left blank. */
    public Integer answer(String item) {
        return answers.get(item);
    }
}
