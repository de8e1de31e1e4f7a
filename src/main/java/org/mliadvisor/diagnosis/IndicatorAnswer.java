package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;

import java.util.Objects;

/** An answered indicator's answer, as a fact. */
public record IndicatorAnswer(String indicatorId, Answer answer) {
    public IndicatorAnswer {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(answer, "answer");
    }

    /** The value of an answer on a numeric scale, or {@code null} for a yes/no answer, for rules that compare numbers. */
    public Double number() {
        return answer.number();
    }
}
