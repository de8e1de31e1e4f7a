package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the rules conclude for one firm without the reasons a report gives for it: the scores, the index, the binding
 * constraint, the recommended interventions in rank order and the consistency findings. A sample of many firms needs
 * only this; {@link Diagnostician#conclude} makes it without assembling the explanations, and it equals the
 * {@link Diagnosis#verdict()} of the full diagnosis of the same assessment.
 *
 * @param ranking     the ids of the recommended interventions, first first
 * @param consistency the consistency findings, in report order
 * @param survey      what the firm's survey measures, or {@code null} when the assessment has no respondents
 */
public record Verdict(String organization, Map<Dimension, DimensionScore> dimensions, MliScore mli, BindingOutcome binding,
                      List<String> ranking, List<ConsistencyFinding> consistency, SurveyEvidence survey) {
    public Verdict {
        Objects.requireNonNull(organization, "organization");
        dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
        if (dimensions.size() != Dimension.values().length) {
            throw new IllegalArgumentException("a verdict scores or reports every dimension");
        }
        Objects.requireNonNull(mli, "mli");
        Objects.requireNonNull(binding, "binding");
        ranking = List.copyOf(ranking);
        consistency = List.copyOf(consistency);
    }
}
