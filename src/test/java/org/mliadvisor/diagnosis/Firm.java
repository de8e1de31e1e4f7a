package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.assessment.survey.Respondent;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.knowledge.Weights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds client assessments for rule tests, value by value. */
final class Firm {

    private final Map<String, Answer> indicators = new LinkedHashMap<>();
    private final Map<String, KpiObservation> kpis = new LinkedHashMap<>();
    private final Map<String, String> context = new LinkedHashMap<>();
    private final Map<String, RespondentFunction> functions = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
    private Weights weights;

    static Firm firm() {
        return new Firm();
    }

    Firm indicator(String id, double raw) {
        indicators.put(id, Answer.of(raw));
        return this;
    }

    Firm indicator(String id, boolean raw) {
        indicators.put(id, Answer.of(raw));
        return this;
    }

    Firm kpi(String id, double actual, double target) {
        kpis.put(id, new KpiObservation(id, actual, target));
        return this;
    }

    Firm context(String factor, String value) {
        context.put(factor, value);
        return this;
    }

    Firm weights(double s, double t, double r) {
        weights = new Weights(s, t, r);
        return this;
    }

    /**
     * Every S indicator at the given score-0.5 values, the T and R ones likewise: a balanced firm,
     * weighted 0.4 / 0.3 / 0.3 so that S leads on shortfall (weights may be set again after).
     */
    Firm balanced() {
        return weights(0.4, 0.3, 0.3).indicator("S.sop_cycle", 2.5).indicator("S.joint_promotion_review", 50)
                .indicator("S.cross_functional_team", 2.5).indicator("S.npd_joint_process", 2.5)
                .indicator("S.strategic_plan_alignment", 3)
                .indicator("T.wms_tms_visibility", 50).indicator("T.sku_master_governance", 2.5)
                .indicator("T.single_source_of_truth", 3).indicator("T.demand_signal_conversion", 50)
                .indicator("R.shared_kpi_incentive", 12.5).indicator("R.root_cause_closure_rate", 50)
                .indicator("R.shared_objectives", 3).indicator("R.plan_discipline", 3)
                .indicator("R.conflict_resolution", 2.5);
    }

    /** Respondent {@code id}'s answers to the items {@code dimension}.q1, .q2, … of the built-in knowledge base, in order. */
    Firm answers(String id, RespondentFunction function, String dimension, int... values) {
        functions.put(id, function);
        Map<String, Integer> given = answers.computeIfAbsent(id, k -> new LinkedHashMap<>());
        for (int i = 0; i < values.length; i++) {
            given.put(dimension + ".q" + (i + 1), values[i]);
        }
        return this;
    }

    Assessment assessment() {
        List<Respondent> respondents = new ArrayList<>();
        answers.forEach((id, given) -> respondents.add(new Respondent(id, functions.get(id), given,
                SourceLocation.ofFile("test"))));
        return new Assessment("Test Firm", LocalDate.of(2026, 11, 1), context, weights, indicators, kpis, respondents,
                "test", List.of());
    }
}
