package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A contradiction check of the knowledge base as a fact: its file order, the id of its condition's
 * root, and the definitions of the indicators whose answers it names, in the order it names them.
 */
public record ContradictionFact(ConsistencyCheck.Contradiction check, int order, int conditionId,
                                List<IndicatorDefinition> indicators) {
    public ContradictionFact {
        Objects.requireNonNull(check, "check");
        indicators = List.copyOf(indicators);
        if (!indicators.stream().map(IndicatorDefinition::id).toList().equals(check.answers())) {
            throw new IllegalArgumentException(check.id() + ": the indicators are those its answers name, in order");
        }
    }

    /** The ids of the indicators whose answers contradict each other. */
    public List<String> answers() {
        return check.answers();
    }

    /** The dimensions its answers belong to. */
    public Set<Dimension> dimensions() {
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        indicators.forEach(i -> dimensions.add(i.dimension()));
        return Collections.unmodifiableSet(dimensions);
    }
}
