package org.mliadvisor.knowledge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A loaded, validated knowledge base: everything the generic rules reason over.
 *
 * @param survey how survey answers are given and read
 * @param items  the survey's Likert items (none when the knowledge base has no items.yaml)
 */
public record KnowledgeBase(KnowledgeBaseInfo info, List<SourceDocument> sources, Map<String, ContextFactor> context,
                            MethodSettings method, Map<Dimension, DimensionDefinition> dimensions,
                            Map<String, IndicatorDefinition> indicators, Map<String, KpiDefinition> kpis,
                            List<Gate> gates, Map<String, Intervention> interventions, Roadmap roadmap,
                            List<ConsistencyCheck> consistency, SurveySettings survey, List<SurveyItem> items) {
    public KnowledgeBase {
        sources = List.copyOf(sources);
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
        dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
        if (dimensions.size() != Dimension.values().length) {
            throw new IllegalArgumentException("a knowledge base defines S, T and R");
        }
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        gates = List.copyOf(gates);
        interventions = Collections.unmodifiableMap(new LinkedHashMap<>(interventions));
        consistency = List.copyOf(consistency);
        Objects.requireNonNull(survey, "survey");
        items = List.copyOf(items);
    }

    /**
     * The default weights, rescaled to sum to exactly 1: a file may write equal weights as 0.3333 each,
     * which must weigh the three dimensions exactly alike.
     */
    public Weights defaultWeights() {
        double s = dimensions.get(Dimension.S).defaultWeight();
        double t = dimensions.get(Dimension.T).defaultWeight();
        double r = dimensions.get(Dimension.R).defaultWeight();
        double sum = s + t + r;
        return new Weights(s / sum, t / sum, r / sum);
    }

    public List<IndicatorDefinition> indicatorsOf(Dimension dimension) {
        return indicators.values().stream().filter(i -> i.dimension() == dimension).toList();
    }

    /** The KPIs linked to a dimension through its indicators, in file order. */
    public Set<String> kpisLinkedTo(Dimension dimension) {
        Set<String> linked = new LinkedHashSet<>();
        indicatorsOf(dimension).forEach(i -> linked.addAll(i.kpis()));
        return linked;
    }
}
