package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Objects;

/**
 * A Likert statement of the survey (items.yaml) that several people of a firm answer on the method's
 * scale, 1 = strongly disagree.
 *
 * @param indicator the observable indicator this item also informs, of the same dimension, or {@code null}
 * @param reverse   whether agreeing means less integration, so an answer x counts as points + 1 − x
 * @param source    where in a source document the statement comes from, or {@code null}
 */
public record SurveyItem(String id, Dimension dimension, Text statement, String indicator, boolean reverse,
                         Citation source, SourceLocation origin) {
    public SurveyItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
        if (!id.startsWith(dimension.name() + ".")) {
            throw new IllegalArgumentException(id + ": an item's id starts with its dimension's letter");
        }
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(origin, "origin");
    }
}
