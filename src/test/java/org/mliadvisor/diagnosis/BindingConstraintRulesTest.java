package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.knowledge.Dimension;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The rules of binding-constraint.drl, as a truth table over hand-computed firms. */
class BindingConstraintRulesTest {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KnowledgeBaseFixture.builtIn());

    private static Diagnosis diagnose(Firm firm) {
        return DIAGNOSTICIAN.diagnose(firm.assessment());
    }

    /** Every R indicator at its best: R costs the index nothing. */
    private static Firm strongRelations(Firm firm) {
        return firm.indicator("R.shared_kpi_incentive", 25).indicator("R.root_cause_closure_rate", 100)
                .indicator("R.shared_objectives", 5).indicator("R.plan_discipline", 5).indicator("R.conflict_resolution", 5);
    }

    static Stream<Arguments> truthTable() {
        return Stream.of(
                // balanced firm: all three score 0.5; with default weights S costs 0.2, T and R 0.15
                Arguments.of("clear S", Firm.firm().balanced(), Dimension.S, BindingBasis.SHORTFALL),
                Arguments.of("clear T", Firm.firm().balanced().indicator("T.wms_tms_visibility", 0)
                        .indicator("T.sku_master_governance", 0).indicator("T.single_source_of_truth", 1)
                        .indicator("T.demand_signal_conversion", 0), Dimension.T, BindingBasis.SHORTFALL),
                Arguments.of("clear R", Firm.firm().balanced().indicator("R.shared_kpi_incentive", 0)
                        .indicator("R.root_cause_closure_rate", 0).indicator("R.shared_objectives", 1)
                        .indicator("R.plan_discipline", 1).indicator("R.conflict_resolution", 0), Dimension.R,
                        BindingBasis.SHORTFALL),
                Arguments.of("near-tie decided by KPI evidence", strongRelations(Firm.firm().balanced())
                        .weights(0.35, 0.34, 0.31).kpi("stockout_rate", 4, 4).kpi("transport_cost_per_unit", 1.5, 1.0)
                        .kpi("service_complaints", 30, 10), Dimension.T, BindingBasis.KPI_EVIDENCE),
                Arguments.of("near-tie is joint when the leader's KPIs are not reported",
                        strongRelations(Firm.firm().balanced()).weights(0.35, 0.34, 0.31)
                                .kpi("transport_cost_per_unit", 1.5, 1.0).kpi("service_complaints", 30, 10),
                        Dimension.S, BindingBasis.JOINT),
                Arguments.of("near-tie stays with the leader when the leader's KPIs are clearly worse",
                        strongRelations(Firm.firm().balanced()).weights(0.35, 0.34, 0.31)
                                .kpi("stockout_rate", 8, 2).kpi("transport_cost_per_unit", 1.02, 1.0),
                        Dimension.S, BindingBasis.SHORTFALL),
                // S costs 0.4 × 0.5 = 0.2 and T 0.34 × 0.5 = 0.17: exactly the 0.03 margin, however floats round it
                Arguments.of("near-tie at exactly the margin is a near-tie", strongRelations(Firm.firm().balanced())
                        .weights(0.4, 0.34, 0.26).kpi("stockout_rate", 4, 4).kpi("service_complaints", 30, 10),
                        Dimension.T, BindingBasis.KPI_EVIDENCE),
                Arguments.of("near-tie without KPI evidence is a joint constraint",
                        strongRelations(Firm.firm().balanced()).weights(0.35, 0.34, 0.31), Dimension.S,
                        BindingBasis.JOINT),
                Arguments.of("no near-tie outside the margin: the larger shortfall binds alone",
                        strongRelations(Firm.firm().balanced()).weights(0.4, 0.3, 0.3), Dimension.S,
                        BindingBasis.SHORTFALL),
                Arguments.of("gate: very low CRM-ERP consistency makes T binding once an S&OP runs",
                        Firm.firm().balanced().indicator("T.crm_erp_consistency", 50), Dimension.T, BindingBasis.GATE),
                Arguments.of("no data gate while there is no S&OP to feed",
                        Firm.firm().balanced().indicator("S.sop_cycle", 1.5).indicator("T.crm_erp_consistency", 50)
                                .indicator("T.wms_tms_visibility", 90), Dimension.S, BindingBasis.SHORTFALL),
                Arguments.of("no gate when CRM-ERP consistency is above the gate's threshold",
                        Firm.firm().balanced().indicator("T.crm_erp_consistency", 65), Dimension.S, BindingBasis.SHORTFALL),
                Arguments.of("gate: no S&OP routine makes S binding",
                        Firm.firm().balanced().indicator("S.sop_cycle", 0).indicator("T.wms_tms_visibility", 0)
                                .indicator("T.sku_master_governance", 0).indicator("T.demand_signal_conversion", 0),
                        Dimension.S, BindingBasis.GATE),
                Arguments.of("ad hoc meetings are no S&OP routine either: the S gate holds, the data gate does not",
                        Firm.firm().balanced().indicator("S.sop_cycle", 1).indicator("T.crm_erp_consistency", 40)
                                .indicator("T.wms_tms_visibility", 0).indicator("T.sku_master_governance", 0),
                        Dimension.S, BindingBasis.GATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("truthTable")
    void bindingConstraintFollowsTheTruthTable(String situation, Firm firm, Dimension expected, BindingBasis basis) {
        BindingOutcome binding = diagnose(firm).binding();

        assertThat(binding.dimension()).as(situation).isEqualTo(expected);
        assertThat(binding.basis()).as(situation).isEqualTo(basis);
        assertThat(binding.reasons()).extracting(Reason::rule).contains("binding.decide");
    }

    @Test
    void clearStructuralShortfallReportsRunnerUpAndMargin() {
        BindingOutcome binding = diagnose(Firm.firm().balanced()).binding();

        assertThat(binding.runnerUp()).isEqualTo(Dimension.T);
        assertThat(binding.margin()).isCloseTo(0.4 * 0.5 - 0.3 * 0.5, within(1e-9));
        assertThat(binding.reasons()).extracting(Reason::rule).containsExactly("binding.decide", "binding.largest-shortfall");
        assertThat(binding.joint()).isFalse();
    }

    @Test
    void kpiEvidenceOverturnsTheLeaderAndSaysWhy() {
        BindingOutcome binding = diagnose(strongRelations(Firm.firm().balanced()).weights(0.35, 0.34, 0.31)
                .kpi("stockout_rate", 4, 4).kpi("transport_cost_per_unit", 1.5, 1.0).kpi("service_complaints", 30, 10)).binding();

        assertThat(binding.runnerUp()).isEqualTo(Dimension.S);
        assertThat(binding.margin()).as("T is behind S on shortfall alone").isNegative();
        assertThat(binding.reasons()).extracting(Reason::rule)
                .containsExactly("binding.decide", "binding.near-tie-kpi-evidence", "binding.largest-shortfall");
        assertThat(binding.reasons().get(1).statement()).contains("near-tie", "further off target");
    }

    @Test
    void kpiEvidenceDoesNotOverturnALeaderOutsideTheNearTieMargin() {
        BindingOutcome binding = diagnose(strongRelations(Firm.firm().balanced())
                .kpi("stockout_rate", 4, 4).kpi("transport_cost_per_unit", 1.5, 1.0).kpi("service_complaints", 30, 10)).binding();

        assertThat(binding.dimension()).as("S leads T by 0.05, more than the 0.03 near-tie margin").isEqualTo(Dimension.S);
        assertThat(binding.basis()).isEqualTo(BindingBasis.SHORTFALL);
    }

    @Test
    void gateReasonCitesTheGateAndTheValueItRead() {
        BindingOutcome binding = diagnose(Firm.firm().balanced().indicator("T.crm_erp_consistency", 50)).binding();

        Reason gate = binding.reasons().stream().filter(r -> r.rule().equals("binding.gate")).findFirst().orElseThrow();
        assertThat(gate.facts()).containsEntry("gate", "data-before-planning");
        assertThat(binding.gates()).singleElement().satisfies(hold -> {
            assertThat(hold.sufficient()).isTrue();
            assertThat(hold.reason().facts().keySet()).anyMatch(k -> k.startsWith("T.crm_erp_consistency"));
            assertThat(hold.reason().rule()).isEqualTo("binding.gate-holds");
        });
        assertThat(gate.kb()).singleElement().satisfies(at -> assertThat(at.fileAndLine()).startsWith("knowledge-base/gates.yaml:"));
    }

    @Test
    void gateDoesNotNameADimensionWithInsufficientEvidence() {
        Diagnosis diagnosis = diagnose(Firm.firm().indicator("S.sop_cycle", 2.5).indicator("S.joint_promotion_review", 50)
                .indicator("S.cross_functional_team", 2.5).indicator("R.shared_kpi_incentive", 12.5)
                .indicator("R.root_cause_closure_rate", 50).indicator("R.plan_discipline", 5)
                .indicator("T.crm_erp_consistency", 30));

        assertThat(diagnosis.dimensions().get(Dimension.T).sufficient()).isFalse();
        assertThat(diagnosis.binding().dimension()).isEqualTo(Dimension.S);
        assertThat(diagnosis.binding().basis()).isEqualTo(BindingBasis.SHORTFALL);
        assertThat(diagnosis.binding().gates()).as("the gate that holds is reported, not dropped").singleElement()
                .satisfies(hold -> {
                    assertThat(hold.gateId()).isEqualTo("data-before-planning");
                    assertThat(hold.sufficient()).isFalse();
                    assertThat(hold.reason().statement()).contains("too few answered indicators");
                });
    }

    @Test
    void dimensionWithInsufficientEvidenceIsNeverNamedBindingOnItsScore() {
        Firm onlyOneR = Firm.firm().indicator("S.sop_cycle", 4).indicator("S.joint_promotion_review", 80)
                .indicator("S.cross_functional_team", 3).indicator("T.wms_tms_visibility", 40)
                .indicator("T.sku_master_governance", 2).indicator("T.single_source_of_truth", 2)
                .indicator("R.shared_kpi_incentive", 0);

        Diagnosis result = diagnose(onlyOneR);

        assertThat(result.dimensions().get(Dimension.R).score()).as("insufficient evidence is not scored 0").isNull();
        assertThat(result.shortfalls()).doesNotContainKey(Dimension.R);
        assertThat(result.binding().dimension()).isEqualTo(Dimension.T);
        assertThat(result.binding().runnerUp()).isEqualTo(Dimension.S);
    }

    @Test
    void noBindingConstraintIsNamedWhenFewerThanTwoDimensionsCanBeCompared() {
        BindingOutcome binding = diagnose(Firm.firm().indicator("S.sop_cycle", 1).indicator("S.joint_promotion_review", 10)
                .indicator("T.wms_tms_visibility", 10)).binding();

        assertThat(binding.determined()).isFalse();
        assertThat(binding.reasons()).first().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("binding.undetermined");
            assertThat(r.statement()).contains("insufficient evidence: R, S, T");
        });
        assertThat(binding.gates()).as("S&OP at level 1 holds the S gate, but S has too little evidence to bind on it")
                .singleElement().satisfies(g -> assertThat(g.sufficient()).isFalse());
    }

    @Test
    void everyScoredDimensionGetsItsWeightedShortfall() {
        Diagnosis diagnosis = diagnose(Firm.firm().balanced());

        assertThat(diagnosis.shortfalls().get(Dimension.S).shortfall()).isCloseTo(0.2, within(1e-9));
        assertThat(diagnosis.shortfalls().get(Dimension.T).shortfall()).isCloseTo(0.15, within(1e-9));
        assertThat(diagnosis.shortfalls().get(Dimension.R).reason().rule()).isEqualTo("binding.shortfall");
    }

    @Test
    void kpiEvidenceIsTheMeanSeverityOfTheDimensionsLinkedReportedKpis() {
        Diagnosis diagnosis = diagnose(Firm.firm().balanced().kpi("stockout_rate", 6, 4).kpi("service_complaints", 30, 10));

        assertThat(diagnosis.kpiEvidence().get(Dimension.S).meanSeverity()).as("stockouts (moderate) link to S only")
                .isCloseTo(0.6, within(1e-9));
        assertThat(diagnosis.kpiEvidence().get(Dimension.T).meanSeverity()).as("complaints three times the target: severe")
                .isCloseTo(1.0, within(1e-9));
        assertThat(diagnosis.kpiEvidence().get(Dimension.R).kpis()).containsExactly("service_complaints");
    }

    /** Every indicator at the top of its scale. */
    static Firm perfect() {
        return Firm.firm().indicator("S.sop_cycle", 5).indicator("S.joint_promotion_review", 100)
                .indicator("S.sop_cadence_fit", true).indicator("S.cross_functional_team", 5).indicator("S.npd_joint_process", 5)
                .indicator("S.strategic_plan_alignment", 5).indicator("T.crm_erp_consistency", 100)
                .indicator("T.wms_tms_visibility", 100).indicator("T.sku_master_governance", 5)
                .indicator("T.single_source_of_truth", 5).indicator("T.demand_signal_conversion", 100)
                .indicator("R.shared_kpi_incentive", 25).indicator("R.exception_review_cadence", 8)
                .indicator("R.root_cause_closure_rate", 100).indicator("R.shared_objectives", 5)
                .indicator("R.plan_discipline", 5).indicator("R.conflict_resolution", 5)
                .indicator("S.inventory_policy", true).indicator("S.sop_executive_ownership", 100)
                .indicator("R.shared_kpi_set", true).indicator("R.trust", 5);
    }

    @Test
    void nothingBindsWhenEveryScoredDimensionIsAtFullScore() {
        Diagnosis diagnosis = diagnose(perfect());

        assertThat(diagnosis.recommendations()).as("no programme").isEmpty();

        assertThat(diagnosis.mli().value()).isEqualTo(1.0);
        assertThat(diagnosis.binding().determined()).isFalse();
        assertThat(diagnosis.binding().reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("binding.nothing-binds");
            assertThat(r.statement()).contains("No dimension binds");
        });
    }

    @Test
    void nothingBindsAndNoProgrammeIsProposedWhenEveryDimensionIsAtItsTargetThoughBelowFullScore() {
        // R at (1 + 1 + 0.5 + 1 + 0.5 + 0.5 + 1 + 1) / 8 = 0.81, above its target 0.75; S and T perfect
        Diagnosis diagnosis = diagnose(perfect().indicator("R.plan_discipline", 3).indicator("R.conflict_resolution", 2.5)
                .indicator("R.trust", 3));

        assertThat(diagnosis.dimensions().get(Dimension.R).score()).isLessThan(1).isGreaterThanOrEqualTo(0.75);
        assertThat(diagnosis.binding().determined()).isFalse();
        assertThat(diagnosis.binding().atTarget()).isTrue();
        assertThat(diagnosis.recommendations()).as("plan-discipline applies, but a firm at target gets no programme").isEmpty();
    }

    @Test
    void dimensionsAtTargetWithAnotherLackingEvidenceNameNoConstraintButKeepTheProgramme() {
        Firm twoRelationalAnswers = Firm.firm();
        perfect().assessment().indicators().forEach((id, answer) -> {
            if (!id.startsWith("R.")) {
                if (answer instanceof Answer.YesNo yesNo) {
                    twoRelationalAnswers.indicator(id, yesNo.yes());
                } else {
                    twoRelationalAnswers.indicator(id, answer.number());
                }
            }
        });
        Diagnosis diagnosis = diagnose(twoRelationalAnswers.indicator("R.trust", 1).indicator("R.plan_discipline", 5));

        assertThat(diagnosis.dimensions().get(Dimension.R).sufficient()).isFalse();
        assertThat(diagnosis.binding().determined()).isFalse();
        assertThat(diagnosis.binding().atTarget()).as("R may be far below its target: nobody knows").isFalse();
        assertThat(diagnosis.binding().reasons().get(0).rule()).isEqualTo("binding.undetermined-at-target");
        assertThat(diagnosis.binding().reasons().get(0).statement()).contains("at their target", "R has too few");
        assertThat(diagnosis.recommendations()).extracting(Recommendation::id).contains("relationship-building");
    }

    @Test
    void aDimensionBelowItsTargetBindsEvenWhenTheOthersArePerfect() {
        // R at (0 + 1 + 1 + 1 + 0 + 0 + 1 + 0) / 8 = 0.5, below its target
        BindingOutcome binding = diagnose(perfect().indicator("R.shared_kpi_incentive", 0).indicator("R.plan_discipline", 1)
                .indicator("R.conflict_resolution", 0).indicator("R.trust", 1)).binding();

        assertThat(binding.dimension()).isEqualTo(Dimension.R);
        assertThat(binding.reasons()).extracting(Reason::rule).doesNotContain("binding.nothing-binds");
    }

    @Test
    void exactTieOnShortfallIsAJointConstraint() {
        BindingOutcome binding = diagnose(Firm.firm().balanced().weights(0.35, 0.35, 0.30)).binding();

        assertThat(binding.basis()).isEqualTo(BindingBasis.JOINT);
        assertThat(binding.binding()).containsExactly(Dimension.S, Dimension.T);
        assertThat(binding.isBinding(Dimension.T)).isTrue();
        assertThat(binding.isBinding(Dimension.R)).isFalse();
        assertThat(binding.runnerUp()).isEqualTo(Dimension.R);
        assertThat(binding.reasons().get(0).statement()).contains("S+T bind together");
        assertThat(binding.reasons()).extracting(Reason::rule).contains("binding.joint");
    }

    @Test
    void aGateThatDecidesLeavesNoNearTieToBreak() {
        BindingOutcome binding = diagnose(Firm.firm().balanced().weights(0.35, 0.35, 0.30)
                .indicator("T.crm_erp_consistency", 50)).binding();

        assertThat(binding.basis()).isEqualTo(BindingBasis.GATE);
        assertThat(binding.joint()).isFalse();
        assertThat(binding.reasons()).extracting(Reason::rule).contains("binding.gate").doesNotContain("binding.joint");
    }

    @Test
    void jointConstraintInterleavesBothDimensionsInterventionsByScore() {
        Diagnosis diagnosis = diagnose(Firm.firm().balanced().weights(0.35, 0.35, 0.30));

        assertThat(diagnosis.recommendations()).filteredOn(Recommendation::onBindingConstraint)
                .extracting(Recommendation::dimension).contains(Dimension.S, Dimension.T).doesNotContain(Dimension.R);
    }

    @Test
    void gateThatCannotBeCheckedIsReportedWithTheMissingData() {
        Diagnosis diagnosis = diagnose(Firm.firm().balanced());

        assertThat(diagnosis.undecidedGates()).singleElement().satisfies(gate -> {
            assertThat(gate.gateId()).isEqualTo("data-before-planning");
            assertThat(gate.reason().rule()).isEqualTo("binding.gate-undecided");
            assertThat(gate.reason().statement()).contains("T.crm_erp_consistency = not answered");
        });
    }

    @Test
    void gateWhoseDataIsGivenIsNotReportedAsUndecided() {
        assertThat(diagnose(Firm.firm().balanced().indicator("T.crm_erp_consistency", 80)).undecidedGates()).isEmpty();
    }

    @Test
    void mliOverDimensionsWithZeroWeightSaysSo() {
        Diagnosis diagnosis = diagnose(Firm.firm().weights(1, 0, 0).indicator("T.wms_tms_visibility", 50)
                .indicator("T.sku_master_governance", 2).indicator("T.single_source_of_truth", 3)
                .indicator("R.shared_objectives", 3).indicator("R.plan_discipline", 3).indicator("R.conflict_resolution", 2.5));

        assertThat(diagnosis.mli().value()).isNull();
        assertThat(diagnosis.mli().reason().statement()).contains("(R, T) all have weight 0");
    }
}
