package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.IndicatorDefinition;

import java.util.Objects;

/**
 * An indicator an intervention is expected to bring to a level, as the firm answered it before and now.
 *
 * @param before the answer at the intervention's baseline, or {@code null} without a baseline or an answer then
 * @param now    the answer at the latest assessment, or {@code null} when it was not answered then
 */
public record IndicatorReach(IndicatorDefinition definition, Answer expected, Answer before, Answer now) {
    public IndicatorReach {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(expected, "expected");
    }

    public String indicatorId() {
        return definition.id();
    }

    /** Whether the latest answer scores at least as high as the level the intervention is expected to reach. */
    public boolean reached() {
        return now != null && definition.score(now) + Numbers.EPSILON >= definition.score(expected);
    }
}
