package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Condition;
import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Gate;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.Variant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A knowledge base turned into the facts the generic rules match: definitions, flattened condition
 * trees, gates, interventions and links. Made once per knowledge base and shared by every diagnosis.
 */
final class KnowledgeFacts {

    private final List<Object> facts = new ArrayList<>();
    private final List<ConditionNode> nodes = new ArrayList<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final Map<String, Integer> interventionRoots = new HashMap<>();
    private final Map<Condition.Comparison, String> triggerOf = new IdentityHashMap<>();
    private int nextId;

    KnowledgeFacts(KnowledgeBase kb) {
        facts.add(kb.method());
        facts.add(kb.survey());
        facts.add(kb.roadmap());
        facts.addAll(kb.dimensions().values());
        facts.addAll(kb.indicators().values());
        facts.addAll(kb.kpis().values());
        for (Dimension dimension : Dimension.values()) {
            facts.add(new DimensionKpis(dimension, new LinkedHashSet<>(kb.kpisLinkedTo(dimension))));
        }
        int order = 0;
        for (Gate gate : kb.gates()) {
            facts.add(new GateFact(gate, gate.binding(), order++, flatten(gate.when(), -1)));
        }
        order = 0;
        for (Intervention intervention : kb.interventions().values()) {
            triggers(intervention.id(), intervention.when(), false, kb.indicators());
            int root = flatten(intervention.when(), -1);
            interventionRoots.put(intervention.id(), root);
            boolean surveyOnly = intervention.when().comparisons().stream()
                    .allMatch(c -> c.subject() == Condition.Subject.PERCEPTION_GAP);
            facts.add(new InterventionFact(intervention, intervention.id(), intervention.dimension(), order++, root, surveyOnly));
            if (intervention.startEarlyWhen() != null) {
                facts.add(new EarlyStartFact(intervention.id(), flatten(intervention.startEarlyWhen(), -1)));
            }
            int variantOrder = 0;
            for (Variant variant : intervention.variants()) {
                facts.add(new VariantFact(intervention.id(), variant, variantOrder++, flatten(variant.when(), -1)));
            }
        }
        order = 0;
        for (ConsistencyCheck check : kb.consistency()) {
            if (check instanceof ConsistencyCheck.Contradiction c) {
                facts.add(new ContradictionFact(c, order, flatten(c.when(), -1),
                        c.answers().stream().map(kb.indicators()::get).toList()));
            } else if (check instanceof ConsistencyCheck.Triangulation t) {
                for (Dimension dimension : t.dimensions()) {
                    facts.add(new TriangulationFact(t, dimension, order));
                }
            }
            order++;
        }
        facts.add(new ConditionForest(nodes, children));
    }

    /** One line per fact, as the rules see it, for an engineer to audit. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        List<Object> described = new ArrayList<>(facts);
        described.addAll(nodes);
        for (Object fact : described) {
            if (fact instanceof ConditionLeaf leaf) {
                lines.add("ConditionLeaf #" + leaf.id() + " (in #" + leaf.parentId() + "): " + leaf.subject().key() + " "
                        + leaf.target() + " " + leaf.comparison().operator().key() + " " + leaf.comparison().literal()
                        + "  [" + leaf.comparison().origin().fileAndLine() + "]");
            } else if (fact instanceof ConditionGroup group) {
                lines.add("ConditionGroup #" + group.id() + " (in #" + group.parentId() + "): " + group.kind() + " of "
                        + group.childCount() + "  [" + group.origin().fileAndLine() + "]");
            } else if (fact instanceof InterventionFact i) {
                lines.add("InterventionFact " + i.id() + ": dimension " + i.dimension() + ", condition #" + i.conditionId()
                        + "  [" + i.intervention().origin().fileAndLine() + "]");
            } else if (fact instanceof VariantFact v) {
                lines.add("VariantFact " + v.interventionId() + "/" + v.variant().id() + ": condition #" + v.conditionId()
                        + "  [" + v.variant().origin().fileAndLine() + "]");
            } else if (fact instanceof GateFact g) {
                lines.add("GateFact " + g.gate().id() + ": makes " + g.dimension() + " binding, condition #" + g.conditionId()
                        + "  [" + g.gate().origin().fileAndLine() + "]");
            } else if (fact instanceof ContradictionFact c) {
                lines.add("ContradictionFact " + c.check().id() + ": answers " + String.join(", ", c.answers())
                        + ", condition #" + c.conditionId() + "  [" + c.check().origin().fileAndLine() + "]");
            } else if (fact instanceof TriangulationFact t) {
                lines.add("TriangulationFact " + t.check().id() + "/" + t.dimension() + ": score at least "
                        + t.scoreAtLeast() + ", severe KPIs at least " + t.severeKpisAtLeast() + "  ["
                        + t.check().origin().fileAndLine() + "]");
            } else if (fact instanceof org.mliadvisor.knowledge.IndicatorDefinition i) {
                lines.add("IndicatorDefinition " + i.id() + ": dimension " + i.dimension() + ", " + i.scale().unit().en() + ", "
                        + i.scoring() + "  [" + i.origin().fileAndLine() + "]");
            } else if (fact instanceof org.mliadvisor.knowledge.KpiDefinition k) {
                lines.add("KpiDefinition " + k.id() + ": " + k.unit() + ", " + k.better() + " is better  ["
                        + k.origin().fileAndLine() + "]");
            } else if (fact instanceof org.mliadvisor.knowledge.Roadmap roadmap) {
                lines.add("Roadmap: " + roadmap.steps().size() + " steps over " + roadmap.minWeeks() + "-" + roadmap.maxWeeks()
                        + " weeks");
            } else if (fact instanceof ConditionForest forest) {
                lines.add("ConditionForest: the " + forest.nodes().size() + " condition nodes below, evaluated together");
            } else if (fact instanceof org.mliadvisor.knowledge.DimensionDefinition dd) {
                lines.add("DimensionDefinition " + dd.id() + ": default weight " + dd.defaultWeight() + "  ["
                        + dd.origin().fileAndLine() + "]");
            } else {
                lines.add(fact.toString());
            }
        }
        return lines;
    }

    List<Object> facts() {
        return Collections.unmodifiableList(facts);
    }

    int rootOf(String interventionId) {
        return interventionRoots.get(interventionId);
    }

    List<Integer> childrenOf(int nodeId) {
        return children.getOrDefault(nodeId, List.of());
    }

    /** The kind of a group node, or {@code null} for a comparison. */
    ConditionGroup.Kind kindOf(int nodeId) {
        return nodes.get(nodeId) instanceof ConditionGroup group ? group.kind() : null;
    }

    /**
     * Marks the indicator comparisons that name an intervention's weakness: those not under a {@code not}
     * that hold when the indicator is weak (below or at most a value where a higher answer scores better,
     * above or at least one where a lower answer does, or "no"). A precondition such as "an S&OP cycle at
     * least at level 2" does not name the weakness the intervention answers.
     */
    private void triggers(String interventionId, Condition condition, boolean negated, Map<String, IndicatorDefinition> indicators) {
        if (condition instanceof Condition.Comparison c) {
            if (!negated && namesWeakness(c, indicators.get(c.target()))) {
                triggerOf.put(c, interventionId);
            }
        } else if (condition instanceof Condition.All all) {
            all.parts().forEach(part -> triggers(interventionId, part, negated, indicators));
        } else if (condition instanceof Condition.Any any) {
            any.parts().forEach(part -> triggers(interventionId, part, negated, indicators));
        } else if (condition instanceof Condition.Not not) {
            triggers(interventionId, not.part(), !negated, indicators);
        }
    }

    private static boolean namesWeakness(Condition.Comparison c, IndicatorDefinition indicator) {
        if (c.subject() == Condition.Subject.PERCEPTION_GAP) {
            // functions far apart is the weakness; "at most" a gap is a precondition
            return c.operator() == Condition.Operator.AT_LEAST || c.operator() == Condition.Operator.ABOVE;
        }
        if (indicator == null || (c.subject() != Condition.Subject.INDICATOR && c.subject() != Condition.Subject.INDICATOR_SCORE)) {
            return false;
        }
        if (c.operator() == Condition.Operator.IS) {
            return Boolean.FALSE.equals(c.literal());
        }
        boolean higherIsBetter = c.subject() == Condition.Subject.INDICATOR_SCORE
                || indicator.score(Answer.of(indicator.scale().max())) >= indicator.score(Answer.of(indicator.scale().min()));
        boolean upperBound = c.operator() == Condition.Operator.BELOW || c.operator() == Condition.Operator.AT_MOST;
        boolean lowerBound = c.operator() == Condition.Operator.ABOVE || c.operator() == Condition.Operator.AT_LEAST;
        return higherIsBetter ? upperBound : lowerBound;
    }

    private int flatten(Condition condition, int parentId) {
        int id = nextId++;
        if (parentId >= 0) {
            children.computeIfAbsent(parentId, k -> new ArrayList<>()).add(id);
        }
        if (condition instanceof Condition.Comparison comparison) {
            nodes.add(ConditionLeaf.of(id, parentId, comparison, triggerOf.get(comparison)));
        } else if (condition instanceof Condition.All all) {
            group(id, parentId, ConditionGroup.Kind.ALL, all.parts(), all);
        } else if (condition instanceof Condition.Any any) {
            group(id, parentId, ConditionGroup.Kind.ANY, any.parts(), any);
        } else if (condition instanceof Condition.Not not) {
            group(id, parentId, ConditionGroup.Kind.NOT, List.of(not.part()), not);
        }
        return id;
    }

    private void group(int id, int parentId, ConditionGroup.Kind kind, List<Condition> parts, Condition condition) {
        nodes.add(new ConditionGroup(id, parentId, kind, parts.size(), condition.origin()));
        parts.forEach(part -> flatten(part, id));
    }
}
