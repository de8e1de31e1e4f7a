package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Objects;

/** An observable indicator: the consultant's question, its scale, its scoring and its linked KPIs. */
public record IndicatorDefinition(String id, Dimension dimension, Text name, Text question, Scale scale,
                                  Scoring scoring, List<String> kpis, Citation source, SourceLocation origin) {
    public IndicatorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(scale, "scale");
        if (scale.isYesNo() != (scoring == null)) {
            throw new IllegalArgumentException("yes/no indicators score fixed; others need a scoring");
        }
        kpis = List.copyOf(kpis);
        Objects.requireNonNull(origin, "origin");
    }

    /** The 0..1 score of an answer: yes or no for a yes/no indicator, a value on its scale otherwise. */
    public double score(Answer answer) {
        if (scale.isYesNo() != answer instanceof Answer.YesNo) {
            throw new IllegalArgumentException(id + ": " + answer + " does not fit a " + scale.type() + " scale");
        }
        if (answer instanceof Answer.YesNo yesNo) {
            return yesNo.yes() ? 1.0 : 0.0;
        }
        double value = answer.number();
        if (!scale.contains(value)) {
            throw new IllegalArgumentException(id + ": raw value " + value + " is off its scale");
        }
        return scoring.score(value);
    }
}
