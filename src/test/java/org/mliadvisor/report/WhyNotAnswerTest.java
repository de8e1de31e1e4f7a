package org.mliadvisor.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Why an intervention is or is not recommended: the failed condition and by how much. */
class WhyNotAnswerTest {

    private static KnowledgeBase kb;
    private static Diagnosis relational;

    @BeforeAll
    static void diagnose() throws Exception {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
        try (Diagnostician diagnostician = new Diagnostician(kb)) {
            relational = diagnostician.diagnose(new AssessmentLoader(kb).load(Path.of("examples/relational-gap-firm.yaml")));
        }
    }

    private static Diagnosis diagnose(String yaml) throws Exception {
        try (Diagnostician diagnostician = new Diagnostician(kb)) {
            return diagnostician.diagnose(new AssessmentLoader(kb).load(yaml.getBytes(StandardCharsets.UTF_8), "firm.yaml"));
        }
    }

    @Test
    void singleFailedComparisonSaysWhatWouldHoldAndByHowMuch() {
        assertThat(WhyNotAnswer.explain(relational, "crm-erp-data-consistency", Language.EN))
                .contains("`crm-erp-data-consistency` is not recommended", "knowledge-base/interventions.yaml:")
                .contains("It would hold if T.crm_erp_consistency were below 95; it is 96, 1 too high.");
    }

    @Test
    void anyOfSeveralFailedComparisonsWouldDo() {
        assertThat(WhyNotAnswer.explain(relational, "sop-cycle", Language.EN))
                .contains("It would hold if any one of these were so:", "- S.sop_cycle were below 3; it is 4, 1 too high",
                        "- S.sop_cadence_fit were no; it is yes");
    }

    @Test
    void kpiGapIsQuotedInPercentWithThePointsMissing() throws Exception {
        Diagnosis diagnosis = diagnose("""
                organization: Gap Firm
                assessed_on: 2026-11-01
                indicators: { S.sop_cycle: 4, S.joint_promotion_review: 90, S.cross_functional_team: 4, S.inventory_policy: true }
                kpis: { inventory_days: { actual: 43, target: 40 }, stockout_rate: { actual: 3, target: 4 } }
                """);

        assertThat(WhyNotAnswer.explain(diagnosis, "inventory-policy", Language.EN))
                .contains("any one of these", "- S.inventory_policy were no; it is yes", "- the gap of inventory_days were at least 10%; it is 7.5%, 2.5 points too low",
                        "- the gap of stockout_rate were at least 25%; it is -25%, 50 points too low");
    }

    @Test
    void anInterventionWhoseConditionHoldsAtAFirmAtTargetSaysThereIsNoProgramme() throws Exception {
        Diagnosis atTarget = diagnose("""
                organization: Mature Co
                assessed_on: 2026-11-01
                indicators: { S.sop_cycle: 5, S.joint_promotion_review: 100, S.cross_functional_team: 5,
                              T.crm_erp_consistency: 100, T.wms_tms_visibility: 100, T.sku_master_governance: 5,
                              R.shared_kpi_incentive: 25, R.shared_objectives: 5, R.plan_discipline: 3, R.trust: 5 }
                """);

        assertThat(atTarget.binding().atTarget()).isTrue();
        assertThat(WhyNotAnswer.explain(atTarget, "plan-discipline", Language.EN))
                .startsWith("`plan-discipline` is not recommended: its condition holds for Mature Co, but every dimension is at "
                        + "its target").contains("[binding.nothing-binds]");
        assertThat(WhyNotAnswer.explain(atTarget, "crm-erp-data-consistency", Language.EN)).contains("its condition does not hold");
    }

    @Test
    void recommendedInterventionSaysItsRankAndWhy() {
        assertThat(WhyNotAnswer.explain(relational, "exception-management-reviews", Language.EN))
                .startsWith("`exception-management-reviews` is recommended, rank 1 of ")
                .contains("Its condition holds: R.exception_review_cadence = 0", "[interventions.applicable]");
    }

    @Test
    void interventionThatCannotBeDecidedNamesTheMissingData() throws Exception {
        Diagnosis diagnosis = diagnose("""
                organization: Sparse Firm
                assessed_on: 2026-11-01
                indicators: { S.sop_cycle: 4 }
                """);

        assertThat(WhyNotAnswer.explain(diagnosis, "crm-erp-data-consistency", Language.EN))
                .contains("cannot be decided on the data given", "T.crm_erp_consistency = not answered");
    }
}
