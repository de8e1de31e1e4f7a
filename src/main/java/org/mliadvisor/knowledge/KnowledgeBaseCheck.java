package org.mliadvisor.knowledge;

import org.mliadvisor.source.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks of a loaded knowledge base that point at likely mistakes without making it unusable:
 * conditions no firm can meet, duplicates, gates that can never apply, consistency checks that can
 * never find anything, indicators no rule reads, roadmap steps with nothing on them, texts without a
 * Russian or Uzbek wording. They are warnings; {@code mli kb validate --strict} makes them errors.
 */
public final class KnowledgeBaseCheck {

    private KnowledgeBaseCheck() {
    }

    /** Every warning about {@code kb}, in file order. */
    public static List<Problem> warnings(KnowledgeBase kb) {
        ConditionSpace space = new ConditionSpace(kb);
        List<Problem> warnings = new ArrayList<>();
        Set<String> read = new HashSet<>();
        Map<String, Intervention> byShape = new HashMap<>();
        for (Intervention intervention : kb.interventions().values()) {
            String path = "interventions[" + intervention.id() + "]";
            read.addAll(intervention.when().targets());
            if (intervention.startEarlyWhen() != null) {
                read.addAll(intervention.startEarlyWhen().targets());
            }
            space.whyUnsatisfiable(intervention.when()).ifPresent(why -> warnings.add(Problem.warning(
                    intervention.when().origin(), path + ".when", "this condition can never hold, so `" + intervention.id()
                            + "` is never recommended: " + why)));
            for (Variant variant : intervention.variants()) {
                read.addAll(variant.when().targets());
                Condition both = new Condition.All(List.of(intervention.when(), variant.when()), variant.when().origin());
                space.whyUnsatisfiable(both).ifPresent(why -> warnings.add(Problem.warning(variant.when().origin(),
                        path + ".variants[" + variant.id() + "].when", "this variant can never apply together with its "
                                + "intervention's condition: " + why)));
            }
            String shape = intervention.dimension() + " " + new TreeSet<>(intervention.moves()) + " "
                    + ConditionSpace.canonical(intervention.when());
            Intervention twin = byShape.putIfAbsent(shape, intervention);
            if (twin != null) {
                warnings.add(Problem.warning(intervention.origin(), path, "duplicates `" + twin.id() + "` (" + twin.origin()
                        .fileAndLine() + "): same dimension, same KPIs moved and the same condition; merge them or tell them apart"));
            }
        }
        Map<String, Gate> gateByCondition = new HashMap<>();
        for (Gate gate : kb.gates()) {
            String path = "gates[" + gate.id() + "]";
            read.addAll(gate.when().targets());
            space.whyUnsatisfiable(gate.when()).ifPresent(why -> warnings.add(Problem.warning(gate.when().origin(),
                    path + ".when", "this gate can never apply: " + why)));
            Gate earlier = gateByCondition.putIfAbsent(ConditionSpace.canonical(gate.when()), gate);
            if (earlier != null) {
                String verdict = earlier.binding() == gate.binding() ? "duplicates" : "contradicts";
                warnings.add(Problem.warning(gate.origin(), path, verdict + " gate `" + earlier.id() + "` ("
                        + earlier.origin().fileAndLine() + "), which has the same condition and comes first"
                        + (earlier.binding() == gate.binding() ? "" : " but makes " + earlier.binding() + " binding")
                        + ", so this gate never applies"));
            }
        }
        warnings.addAll(consistency(kb, space));
        for (IndicatorDefinition indicator : kb.indicators().values()) {
            if (!read.contains(indicator.id())) {
                warnings.add(Problem.warning(indicator.origin(), "indicators[" + indicator.id() + "]", "no intervention, "
                        + "variant or gate reads this indicator; it still counts in its dimension's score"));
            }
        }
        for (RoadmapStep step : kb.roadmap().steps()) {
            if (kb.interventions().values().stream().noneMatch(i -> i.roadmapStep() == step.step())) {
                warnings.add(Problem.warning(step.origin(), "roadmap.steps[" + (step.step() - 1) + "]",
                        "no intervention is placed on step " + step.step()));
            }
        }
        texts(kb).forEach((path, text) -> {
            if (!text.missing().isEmpty()) {
                warnings.add(Problem.warning(text.origin(), path, "no " + text.missing().stream().map(Language::code)
                        .collect(Collectors.joining(", ")) + " wording; reports in that language show the English"));
            }
        });
        return warnings.stream().sorted().toList();
    }

    /** Consistency checks that can never find anything, and contradictions that repeat an earlier one. */
    private static List<Problem> consistency(KnowledgeBase kb, ConditionSpace space) {
        List<Problem> warnings = new ArrayList<>();
        Map<String, ConsistencyCheck> byCondition = new HashMap<>();
        for (ConsistencyCheck check : kb.consistency()) {
            String path = "checks[" + check.id() + "]";
            if (check instanceof ConsistencyCheck.Contradiction c) {
                space.whyUnsatisfiable(c.when()).ifPresent(why -> warnings.add(Problem.warning(c.when().origin(),
                        path + ".when", "this condition can never hold, so `" + c.id() + "` never finds a contradiction: "
                                + why)));
                ConsistencyCheck earlier = byCondition.putIfAbsent(ConditionSpace.canonical(c.when()), c);
                if (earlier != null) {
                    warnings.add(Problem.warning(c.origin(), path, "duplicates `" + earlier.id() + "` ("
                            + earlier.origin().fileAndLine() + "), which has the same condition; merge them"));
                }
            } else if (check instanceof ConsistencyCheck.Triangulation t) {
                for (Dimension dimension : t.dimensions()) {
                    int linked = kb.kpisLinkedTo(dimension).size();
                    if (linked < t.severeKpisAtLeast()) {
                        warnings.add(Problem.warning(t.origin(), path + ".severe_kpis_at_least", "only " + linked
                                + " KPI(s) are linked to dimension " + dimension + " through its indicators, fewer than "
                                + t.severeKpisAtLeast() + ", so this check never finds anything for " + dimension));
                    }
                }
            }
        }
        return warnings;
    }

    /** Every text of the knowledge base written in a file, by its field path. */
    static Map<String, Text> texts(KnowledgeBase kb) {
        Map<String, Text> texts = new LinkedHashMap<>();
        texts.put("knowledge_base.title", kb.info().title());
        kb.context().values().forEach(f -> texts.put("context[" + f.id() + "].question", f.question()));
        kb.dimensions().values().forEach(d -> {
            texts.put("dimensions[" + d.id() + "].name", d.name());
            texts.put("dimensions[" + d.id() + "].covers", d.covers());
        });
        kb.indicators().values().forEach(i -> {
            texts.put("indicators[" + i.id() + "].name", i.name());
            texts.put("indicators[" + i.id() + "].question", i.question());
            texts.put("indicators[" + i.id() + "].scale.unit", i.scale().unit());
        });
        kb.kpis().values().forEach(k -> {
            texts.put("kpis[" + k.id() + "].name", k.name());
            texts.put("kpis[" + k.id() + "].description", k.description());
        });
        if (kb.method().minAnsweredReason() != MethodSettings.DEFAULT_MIN_ANSWERED_REASON) {
            texts.put("scoring.min_answered_reason", kb.method().minAnsweredReason());
        }
        kb.gates().forEach(g -> {
            texts.put("gates[" + g.id() + "].because", g.because());
            if (g.precedence() != null) {
                texts.put("gates[" + g.id() + "].precedence", g.precedence());
            }
        });
        kb.consistency().forEach(c -> texts.put("checks[" + c.id() + "].finding", c.finding()));
        kb.interventions().values().forEach(i -> {
            String path = "interventions[" + i.id() + "]";
            texts.put(path + ".title", i.title());
            texts.put(path + ".action", i.action());
            texts.put(path + ".rationale", i.rationale());
            i.variants().forEach(v -> {
                texts.put(path + ".variants[" + v.id() + "].title", v.title());
                if (v.action() != null) {
                    texts.put(path + ".variants[" + v.id() + "].action", v.action());
                }
            });
        });
        kb.roadmap().steps().forEach(step -> {
            String path = "roadmap.steps[" + (step.step() - 1) + "]";
            texts.put(path + ".title", step.title());
            for (int d = 0; d < step.deliverables().size(); d++) {
                texts.put(path + ".deliverables[" + d + "]", step.deliverables().get(d));
            }
        });
        texts.values().removeIf(t -> t.origin() == null);
        return texts;
    }
}
