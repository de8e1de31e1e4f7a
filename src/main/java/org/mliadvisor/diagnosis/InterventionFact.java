package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Intervention;

import java.util.Objects;

/**
 * An intervention of the knowledge base as a fact: its file order, the id of its condition's root, and
 * whether that condition reads the survey alone (so it answers what a survey finds, and is owed nothing by
 * a firm that ran none).
 */
public record InterventionFact(Intervention intervention, String id, Dimension dimension, int order, int conditionId,
                               boolean surveyOnly) {
    public InterventionFact {
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
    }
}
