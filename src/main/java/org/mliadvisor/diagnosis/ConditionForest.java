package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.knowledge.Condition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every condition of the knowledge base (of its interventions, variants, start-early rules, gates and
 * contradiction checks) as one fact: the flattened trees of the closed grammar, evaluated for a firm in
 * one pass by the rule {@code conditions.evaluate}. Missing data makes a comparison unknown, never false.
 *
 * @param nodes every node by id: a {@link ConditionLeaf} or a {@link ConditionGroup}
 * @param children the ids of each group's parts, in order
 */
public record ConditionForest(List<ConditionNode> nodes, Map<Integer, List<Integer>> children) {
    public ConditionForest {
        nodes = List.copyOf(nodes);
        children = Map.copyOf(children);
        for (int id = 0; id < nodes.size(); id++) {
            if (nodes.get(id).id() != id) {
                throw new IllegalArgumentException("node " + nodes.get(id).id() + " stands at " + id);
            }
        }
    }

    /**
     * The truth of every node for this firm: a comparison reads the indicator's raw answer or score, a
     * sufficiently evidenced dimension's score, a reported KPI's gap or a context value, and is unknown
     * when that data is missing; a group combines its parts (all, any, not) three-valued.
     */
    public ConditionOutcomes evaluate(List<IndicatorAnswer> answers, List<IndicatorScore> scores,
                                      List<DimensionScore> dimensions, List<KpiGap> gaps, List<KpiObservation> reported,
                                      List<ContextValue> context, List<DimensionSurvey> surveys, String rule) {
        Map<String, Object> raw = new HashMap<>();
        answers.forEach(a -> raw.put(a.indicatorId(), a.answer().comparable()));
        Map<String, IndicatorScore> score = new HashMap<>();
        scores.forEach(s -> score.put(s.indicatorId(), s));
        Map<String, Double> dimension = new HashMap<>();
        // a dimension with insufficient evidence has no score: a comparison on it is unknown
        dimensions.stream().filter(DimensionScore::sufficient).forEach(d -> dimension.put(d.dimension().name(), d.score()));
        Map<String, Double> gap = new HashMap<>();
        gaps.forEach(g -> gap.put(g.kpiId(), g.gap()));
        Set<String> kpisReported = new HashSet<>();
        reported.forEach(k -> kpisReported.add(k.kpiId()));
        Map<String, String> factors = new HashMap<>();
        context.forEach(c -> factors.put(c.factorId(), c.value()));
        Map<String, DimensionSurvey> survey = new HashMap<>();
        surveys.forEach(s -> survey.put(s.dimension().name(), s));

        ConditionOutcome[] outcomes = new ConditionOutcome[nodes.size()];
        // parts always have higher ids than their group (the trees are flattened depth first), so a backward pass
        // decides every part before its group
        for (int id = nodes.size() - 1; id >= 0; id--) {
            ConditionNode node = nodes.get(id);
            if (node instanceof ConditionLeaf leaf) {
                String target = leaf.target();
                Object observed = switch (leaf.subject()) {
                    case INDICATOR -> raw.get(target);
                    case INDICATOR_SCORE -> score.containsKey(target) ? score.get(target).score() : null;
                    case DIMENSION -> dimension.get(target);
                    case KPI_GAP -> kpisReported.contains(target) ? gap.get(target) : null;
                    case CONTEXT -> factors.get(target);
                    case PERCEPTION_GAP -> survey.containsKey(target) ? survey.get(target).marketingLogisticsDistance() : null;
                };
                outcomes[id] = observed == null ? ConditionOutcome.unknown(leaf, rule) : ConditionOutcome.compared(leaf, observed, rule);
            } else if (node instanceof ConditionGroup group) {
                List<Truth> parts = new ArrayList<>(group.childCount());
                for (int child : children.get(id)) {
                    parts.add(outcomes[child].truth());
                }
                outcomes[id] = ConditionOutcome.combined(group, parts, rule);
            }
        }
        return ConditionOutcomes.of(List.of(outcomes), triggering(outcomes, score, survey));
    }

    /**
     * For each intervention, the weaknesses its comparisons naming one found: the scores of the indicators,
     * and the perception gaps, whose comparisons came out true.
     */
    private Map<String, List<Weakness>> triggering(ConditionOutcome[] outcomes, Map<String, IndicatorScore> scores,
                                                   Map<String, DimensionSurvey> surveys) {
        Map<String, List<Weakness>> triggered = new HashMap<>();
        for (ConditionNode node : nodes) {
            if (node instanceof ConditionLeaf leaf && leaf.trigger() != null && outcomes[leaf.id()].truth() == Truth.TRUE) {
                List<Weakness> found = triggered.computeIfAbsent(leaf.trigger(), k -> new ArrayList<>());
                Weakness weakness = leaf.subject() == Condition.Subject.PERCEPTION_GAP
                        ? perceptionGap(surveys.get(leaf.target())) : scores.get(leaf.target());
                if (weakness != null && !found.contains(weakness)) {
                    found.add(weakness);
                }
            }
        }
        return triggered;
    }

    private static PerceptionGap perceptionGap(DimensionSurvey survey) {
        return new PerceptionGap(survey.dimension(), survey.marketingLogisticsDistance(), survey.gaps().scale().points());
    }
}
