package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code interventions.yaml}: what to do when, its variants, the KPIs it moves and its place on the roadmap.
 *
 * @param roadmap null when roadmap.yaml has problems, and then roadmap steps are not checked
 */
record InterventionReader(Problems problems, Entries entries, ConditionReader conditions, KpiReferences kpiReferences,
                          Roadmap roadmap, AnswerReader answers) {

    /** The interventions without problems, by id in file order; their prerequisites are checked once all are read. */
    Map<String, Intervention> read(MapReader root) {
        Map<String, Intervention> interventions = new LinkedHashMap<>();
        root.requiredList("interventions", false, (node, path) -> MapReader.of(node, path, problems).map(m -> {
            EntryIds.Claim claim = entries.ids().claim(m, "intervention", KnowledgeBaseLoader.KEBAB_ID,
                    "kebab-case, e.g. sop-cycle");
            String where = claim.id() == null ? path : "interventions[" + claim.id() + "]";
            Dimension dimension = m.requiredEnum("dimension", Dimension.class);
            Text title = entries.text(m, "title");
            Text action = entries.text(m, "action");
            Node whenNode = m.required("when");
            Condition when = whenNode == null ? null : conditions.read(whenNode, where + ".when");
            Condition early = m.optional("start_early_when")
                    .map(n -> conditions.read(n, where + ".start_early_when")).orElse(null);
            boolean earlyBad = m.has("start_early_when") && early == null;
            Set<String> variantIds = new HashSet<>();
            List<Variant> variants = m.optionalList("variants", (v, vPath) -> MapReader.of(v, vPath, problems)
                    .map(vm -> variant(vm, variantIds)).orElse(null));
            List<String> movesWritten = m.textList("moves", true);
            List<String> moves = movesWritten == null ? null : kpiReferences.check(movesWritten, m, "moves");
            Effort effort = m.requiredEnum("effort", Effort.class);
            Integer weeks = m.requiredWholeNumber("weeks_to_impact", 1, 52);
            Integer step = roadmapStep(m);
            List<String> requires = m.textList("requires", false);
            Text rationale = entries.text(m, "rationale");
            Citation source = entries.citation(m);
            boolean effectGiven = m.has("expected_effect");
            ExpectedEffect effect = m.optional("expected_effect")
                    .flatMap(n -> MapReader.of(n, m.path("expected_effect"), problems))
                    .map(e -> expectedEffect(e, moves)).orElse(null);
            m.rejectUnknown();
            if (!claim.keep(dimension != null && title != null && action != null && when != null && variants != null
                    && moves != null && effort != null && weeks != null && step != null && requires != null
                    && rationale != null && !earlyBad && effectGiven == (effect != null))) {
                return null;
            }
            Intervention intervention = new Intervention(claim.id(), dimension, title, action, when, early, variants,
                    Set.copyOf(moves), effort, weeks, step, requires, rationale, source, effect, m.location());
            interventions.put(intervention.id(), intervention);
            return intervention;
        }).orElse(null));
        root.rejectUnknown();
        return interventions;
    }

    /** One variant; {@code seen} holds the ids of the intervention's variants read before it. */
    private Variant variant(MapReader vm, Set<String> seen) {
        String variantId = vm.requiredId("id", KnowledgeBaseLoader.KEBAB_ID, "kebab-case, e.g. weekly");
        Node variantWhen = vm.required("when");
        Condition vWhen = variantWhen == null ? null : conditions.read(variantWhen, vm.path("when"));
        Text vTitle = entries.text(vm, "title");
        Text vAction = vm.has("action") ? entries.text(vm, "action") : null;
        vm.rejectUnknown();
        if (variantId != null && !seen.add(variantId)) {
            problems.error(vm.location("id"), vm.path("id"), "variant `" + variantId + "` is listed twice");
            return null;
        }
        if (variantId == null || vWhen == null || vTitle == null) {
            return null;
        }
        return new Variant(variantId, vWhen, vTitle, vAction, vm.location());
    }

    /**
     * The effect an intervention is expected to have, or null with the problems recorded; every KPI it names must be
     * one the intervention {@code moves} (null when those had problems, and then they are not compared).
     */
    private ExpectedEffect expectedEffect(MapReader e, List<String> moves) {
        long before = problems.errorCount();
        Map<String, Answer> reaches = e.optional("reaches").flatMap(n -> MapReader.of(n, e.path("reaches"), problems))
                .map(r -> answers.read(r, false)).orElse(Map.of());
        Map<String, ExpectedEffect.Improvement> kpis = new LinkedHashMap<>();
        e.optional("kpis").flatMap(n -> MapReader.of(n, e.path("kpis"), problems)).ifPresent(k -> {
            for (Node.Entry entry : k.node().entries().values()) {
                String path = k.path(entry.key());
                if (kpiReferences.check(List.of(entry.key()), k, entry.key()) == null) {
                    continue;
                }
                List<Double> range = k.optionalList(entry.key(), (n, p) -> k.number(n, p, -1000, 1000));
                if (range == null || range.size() != 2 || range.contains(null)) {
                    if (range != null && !range.contains(null)) {
                        problems.error(entry.value().location(), path, "expected a range [low, high] in the KPI's unit, e.g. [2, 3.5]");
                    }
                    continue;
                }
                if (range.get(0) > range.get(1) || range.get(1) <= 0) {
                    problems.error(entry.value().location(), path, "expected low ≤ high and high above 0, found ["
                            + MapReader.plain(range.get(0)) + ", " + MapReader.plain(range.get(1)) + "]");
                    continue;
                }
                kpis.put(entry.key(), new ExpectedEffect.Improvement(range.get(0), range.get(1)));
            }
        });
        List<String> alsoWritten = e.textList("also_improves", false);
        List<String> also = alsoWritten == null ? null : kpiReferences.check(alsoWritten, e, "also_improves");
        if (also != null) {
            also.stream().filter(kpis::containsKey).forEach(kpi -> problems.error(e.location("also_improves"),
                    e.path("also_improves"), "KPI `" + kpi + "` already has a range under `kpis`; name it in one place"));
        }
        if (moves != null) {
            List<String> named = new ArrayList<>(kpis.keySet());
            if (also != null) {
                named.addAll(also);
            }
            named.stream().filter(kpi -> !moves.contains(kpi)).forEach(kpi -> problems.error(e.location(),
                    e.path(kpis.containsKey(kpi) ? "kpis" : "also_improves"), "KPI `" + kpi
                            + "` is not among the KPIs the intervention `moves`; add it there or leave it out here"));
        }
        Text basis = entries.text(e, "basis");
        Citation source = entries.citation(e);
        if (!e.has("source")) {
            problems.error(e.location(), e.path("source"), "is required but missing");
        }
        e.rejectUnknown();
        if (problems.errorCount() > before || also == null || basis == null || source == null) {
            return null;
        }
        if (reaches.isEmpty() && kpis.isEmpty() && also.isEmpty()) {
            problems.error(e.location(), e.path("reaches"), "the expected effect states nothing; expected `reaches`, `kpis` or `also_improves`");
            return null;
        }
        return new ExpectedEffect(reaches, kpis, also, basis, source, e.location());
    }

    private Integer roadmapStep(MapReader m) {
        Integer step = m.requiredWholeNumber("roadmap_step", 1, 20);
        if (step != null && roadmap != null && roadmap.step(step).isEmpty()) {
            problems.error(m.location("roadmap_step"), m.path("roadmap_step"), "roadmap step " + step
                    + " does not exist; roadmap.yaml has steps 1 to " + roadmap.steps().size());
            return null;
        }
        return step;
    }
}
