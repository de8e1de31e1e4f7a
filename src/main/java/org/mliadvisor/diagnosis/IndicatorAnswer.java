package org.mliadvisor.diagnosis;

import java.util.Objects;

/** An answered indicator's raw value (a {@link Boolean} or a {@link Double}), as a fact. */
public record IndicatorAnswer(String indicatorId, Object raw) {
    public IndicatorAnswer {
        Objects.requireNonNull(indicatorId, "indicatorId");
        if (!(raw instanceof Boolean || raw instanceof Double)) {
            throw new IllegalArgumentException("raw must be a Boolean or a Double");
        }
    }

    /** The raw value of an answer on a numeric scale, or {@code null} for a yes/no answer, for rules that compare numbers. */
    public Double number() {
        return raw instanceof Double d ? d : null;
    }
}
