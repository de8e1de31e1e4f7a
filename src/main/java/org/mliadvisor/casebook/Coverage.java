package org.mliadvisor.casebook;

import java.util.List;

/**
 * What a set of golden cases exercised of the rule base and the knowledge base, and what it left
 * untouched. Each list keeps the order of the rule base or knowledge base.
 *
 * @param cases                    how many cases ran
 * @param rules                    every rule id of the rule base
 * @param rulesNeverFired          rules that fired in no case
 * @param interventions            every intervention id of the knowledge base
 * @param interventionsNeverRecommended interventions no case's diagnosis recommended
 * @param interventionsNeverExpected    interventions no case expects to be recommended
 *                                      (in {@code recommends}, {@code first}, {@code variant} or {@code ranks_before})
 * @param variants                 every variant, written {@code intervention/variant}
 * @param variantsNeverChosen      variants no case's diagnosis chose
 * @param gates                    every gate id of the knowledge base
 * @param gatesNeverBinding        gates that decided the binding constraint in no case
 * @param checks                   every consistency check id of the knowledge base
 * @param checksNeverFound         consistency checks that found something in no case
 */
public record Coverage(int cases, List<String> rules, List<String> rulesNeverFired, List<String> interventions,
                       List<String> interventionsNeverRecommended, List<String> interventionsNeverExpected,
                       List<String> variants, List<String> variantsNeverChosen, List<String> gates,
                       List<String> gatesNeverBinding, List<String> checks, List<String> checksNeverFound) {
    public Coverage {
        rules = List.copyOf(rules);
        rulesNeverFired = List.copyOf(rulesNeverFired);
        interventions = List.copyOf(interventions);
        interventionsNeverRecommended = List.copyOf(interventionsNeverRecommended);
        interventionsNeverExpected = List.copyOf(interventionsNeverExpected);
        variants = List.copyOf(variants);
        variantsNeverChosen = List.copyOf(variantsNeverChosen);
        gates = List.copyOf(gates);
        gatesNeverBinding = List.copyOf(gatesNeverBinding);
        checks = List.copyOf(checks);
        checksNeverFound = List.copyOf(checksNeverFound);
    }

    /**
     * Whether every intervention was recommended, every variant chosen, every gate decided a binding
     * constraint and every consistency check found something.
     */
    public boolean knowledgeBaseFullyExercised() {
        return interventionsNeverRecommended.isEmpty() && variantsNeverChosen.isEmpty() && gatesNeverBinding.isEmpty()
                && checksNeverFound.isEmpty();
    }
}
