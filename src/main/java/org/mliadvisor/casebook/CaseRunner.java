package org.mliadvisor.casebook;

import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.mliadvisor.diagnosis.BindingBasis;
import org.mliadvisor.diagnosis.BindingProposal;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.RuleBase;
import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.Gate;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.Variant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs golden cases through the rules and compares each diagnosis with what its case expects. */
public final class CaseRunner {

    private CaseRunner() {
    }

    /** Diagnoses every case against {@code kb} with the process-wide rule base. */
    public static CaseReport run(KnowledgeBase kb, List<GoldenCase> cases) {
        return run(kb, RuleBase.shared(), cases);
    }

    /** Diagnoses every case against {@code kb} with {@code rules}. */
    public static CaseReport run(KnowledgeBase kb, RuleBase rules, List<GoldenCase> cases) {
        List<CaseResult> results = new ArrayList<>();
        try (Diagnostician diagnostician = new Diagnostician(kb, rules)) {
            for (GoldenCase golden : cases) {
                Set<String> fired = new LinkedHashSet<>();
                Diagnosis diagnosis = diagnostician.diagnose(golden.assessment(), fired::add);
                results.add(new CaseResult(golden, golden.expect().check(diagnosis), List.copyOf(fired), diagnosis));
            }
        }
        return new CaseReport(results, coverage(kb, ruleIds(rules), results));
    }

    /** Every rule id of the rule base, area by area in firing order, then by id. */
    public static List<String> ruleIds(RuleBase rules) {
        List<String> ids = new ArrayList<>();
        for (KiePackage kiePackage : rules.kieBase().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                ids.add(rule.getName());
            }
        }
        ids.sort(Comparator.comparingInt(CaseRunner::areaOrder).thenComparing(Comparator.naturalOrder()));
        return ids;
    }

    private static int areaOrder(String ruleId) {
        int dot = ruleId.indexOf('.');
        String area = dot < 0 ? ruleId : ruleId.substring(0, dot);
        int order = RuleBase.AREAS.indexOf(area);
        return order < 0 ? RuleBase.AREAS.size() : order;
    }

    static Coverage coverage(KnowledgeBase kb, List<String> rules, List<CaseResult> results) {
        Set<String> fired = new HashSet<>();
        Set<String> recommended = new HashSet<>();
        Set<String> expected = new HashSet<>();
        Set<String> chosen = new HashSet<>();
        Set<String> gatesBinding = new HashSet<>();
        Set<String> found = new HashSet<>();
        for (CaseResult result : results) {
            fired.addAll(result.firedRules());
            Diagnosis diagnosis = result.diagnosis();
            diagnosis.consistency().forEach(f -> found.add(f.id()));
            for (Recommendation r : diagnosis.recommendations()) {
                recommended.add(r.id());
                if (r.variant() != null) {
                    chosen.add(r.id() + "/" + r.variant());
                }
            }
            Expectations expect = result.goldenCase().expect();
            expected.addAll(expect.recommends());
            expected.addAll(expect.variants().keySet());
            expected.addAll(expect.firstThree());
            expect.ranksBefore().forEach(o -> expected.addAll(List.of(o.ahead(), o.behind())));
            if (expect.first() != null) {
                expected.add(expect.first());
            }
            if (diagnosis.binding().basis() == BindingBasis.GATE) {
                diagnosis.binding().proposals().stream().filter(p -> p.basis() == BindingBasis.GATE)
                        .map(BindingProposal::gate).forEach(g -> gatesBinding.add(g.gate().id()));
            }
        }
        List<String> interventions = List.copyOf(kb.interventions().keySet());
        List<String> variants = new ArrayList<>();
        for (Intervention intervention : kb.interventions().values()) {
            for (Variant variant : intervention.variants()) {
                variants.add(intervention.id() + "/" + variant.id());
            }
        }
        List<String> gates = kb.gates().stream().map(Gate::id).toList();
        List<String> checks = kb.consistency().stream().map(ConsistencyCheck::id).toList();
        return new Coverage(results.size(), rules, missing(rules, fired), interventions, missing(interventions, recommended),
                missing(interventions, expected), variants, missing(variants, chosen), gates, missing(gates, gatesBinding),
                checks, missing(checks, found));
    }

    private static List<String> missing(List<String> all, Set<String> seen) {
        return all.stream().filter(id -> !seen.contains(id)).toList();
    }
}
