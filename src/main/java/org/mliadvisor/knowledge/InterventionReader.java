package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;

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
                          Roadmap roadmap) {

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
            List<String> moves = m.textList("moves", true);
            if (moves != null) {
                moves = kpiReferences.check(moves, m, "moves");
            }
            Effort effort = m.requiredEnum("effort", Effort.class);
            Integer weeks = m.requiredWholeNumber("weeks_to_impact", 1, 52);
            Integer step = roadmapStep(m);
            List<String> requires = m.textList("requires", false);
            Text rationale = entries.text(m, "rationale");
            Citation source = entries.citation(m);
            m.rejectUnknown();
            if (!claim.keep(dimension != null && title != null && action != null && when != null && variants != null
                    && moves != null && effort != null && weeks != null && step != null && requires != null
                    && rationale != null && !earlyBad)) {
                return null;
            }
            Intervention intervention = new Intervention(claim.id(), dimension, title, action, when, early, variants,
                    Set.copyOf(moves), effort, weeks, step, requires, rationale, source, m.location());
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
