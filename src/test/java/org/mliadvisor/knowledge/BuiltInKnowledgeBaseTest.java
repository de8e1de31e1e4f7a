package org.mliadvisor.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mliadvisor.source.InputException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The shipped knowledge base holds what the method requires, with the fixed ids of Table 1. */
class BuiltInKnowledgeBaseTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws InputException {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
    }

    @Test
    void builtInAndFolderCopyAreTheSameKnowledgeBase() throws InputException {
        KnowledgeBase folder = new KnowledgeBaseLoader().load(Path.of("knowledge-base"));

        assertThat(folder.indicators().keySet()).containsExactlyElementsOf(kb.indicators().keySet());
        assertThat(folder.interventions().keySet()).containsExactlyElementsOf(kb.interventions().keySet());
        assertThat(folder.info().location()).isEqualTo("knowledge-base");
    }

    @Test
    void defaultWeightsSumToOne() {
        Weights w = kb.defaultWeights();
        assertThat(w.s() + w.t() + w.r()).isCloseTo(1.0, within(1e-9));
    }

    /**
     * The paper's "4-6 Likert-scale items" per dimension are survey items for a future psychometric test;
     * the knowledge base's observable indicators also hold the Yes/No halves of Table 1 (a shared KPI set,
     * an inventory policy), so S and R carry eight. At least four keep each dimension's score from resting
     * on one or two answers.
     */
    @ParameterizedTest
    @EnumSource(Dimension.class)
    void eachDimensionHasFourToEightIndicators(Dimension dimension) {
        assertThat(kb.indicatorsOf(dimension)).hasSizeBetween(4, 8);
    }

    @Test
    void tableOneIndicatorsExistWithTheirScales() {
        assertThat(kb.indicators()).containsKeys("S.sop_cycle", "S.joint_promotion_review", "T.crm_erp_consistency",
                "T.wms_tms_visibility", "R.shared_kpi_incentive", "R.exception_review_cadence", "R.root_cause_closure_rate");
        assertThat(kb.indicators().get("S.sop_cycle").scale().type()).isEqualTo(ScaleType.MATURITY);
        assertThat(kb.indicators().get("S.joint_promotion_review").scale().type()).isEqualTo(ScaleType.PERCENT);
        assertThat(kb.indicators().get("T.crm_erp_consistency").scale().type()).isEqualTo(ScaleType.PERCENT);
        assertThat(kb.indicators().get("T.wms_tms_visibility").scale().type()).isEqualTo(ScaleType.PERCENT);
        assertThat(kb.indicators().get("R.shared_kpi_incentive").scale().type()).isEqualTo(ScaleType.PERCENT);
        assertThat(kb.indicators().get("R.exception_review_cadence").scale().type()).isEqualTo(ScaleType.COUNT);
        assertThat(kb.indicators().get("R.root_cause_closure_rate").scale().type()).isEqualTo(ScaleType.PERCENT);
    }

    @Test
    void everyScaleTypeIsUsedAndEveryIndicatorHasAQuestionKpisAndASource() {
        assertThat(kb.indicators().values().stream().map(i -> i.scale().type()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ScaleType.values());
        assertThat(kb.indicators().values()).allSatisfy(i -> {
            assertThat(i.question().en()).isNotBlank();
            assertThat(i.kpis()).isNotEmpty();
            assertThat(i.source()).isNotNull();
        });
    }

    @Test
    void kpisAreExactlyTheFixedSetWithDirections() {
        assertThat(kb.kpis().keySet()).containsExactlyInAnyOrder("otif", "forecast_accuracy", "inventory_days",
                "order_cycle_time", "stockout_rate", "returns_rate", "service_complaints", "transport_cost_per_unit",
                "expedite_share");
        assertThat(kb.kpis().get("otif").better()).isEqualTo(Direction.HIGHER);
        assertThat(kb.kpis().get("forecast_accuracy").better()).isEqualTo(Direction.HIGHER);
        assertThat(kb.kpis().values()).filteredOn(k -> !Set.of("otif", "forecast_accuracy").contains(k.id()))
                .allSatisfy(k -> assertThat(k.better()).as(k.id()).isEqualTo(Direction.LOWER));
    }

    @Test
    void atLeastFifteenInterventionsIncludingTheFixedOnes() {
        assertThat(kb.interventions()).hasSizeGreaterThanOrEqualTo(15).containsKeys("sop-cycle", "joint-promotion-review",
                "crm-erp-data-consistency", "transport-visibility-dashboard", "shared-kpi-incentives",
                "exception-management-reviews", "cross-functional-team");
        assertThat(Arrays.stream(Dimension.values())).allSatisfy(d ->
                assertThat(kb.interventions().values()).anyMatch(i -> i.dimension() == d));
        assertThat(kb.interventions().values()).allSatisfy(i -> {
            assertThat(i.source()).as(i.id()).isNotNull();
            assertThat(i.rationale().en()).as(i.id()).isNotBlank();
        });
    }

    @Test
    void sopCycleIsMonthlyWithAWeeklyVariantForHighVolatility() {
        Intervention sop = kb.interventions().get("sop-cycle");

        assertThat(sop.title().en()).containsIgnoringCase("monthly");
        assertThat(sop.variants()).singleElement().satisfies(v -> {
            assertThat(v.title().en()).containsIgnoringCase("weekly");
            assertThat(v.when()).isEqualTo(new Condition.Comparison(Condition.Subject.CONTEXT, "demand_volatility",
                    Condition.Operator.IS, "high", v.when().origin()));
        });
    }

    @Test
    void sharedKpiIncentivesMoveTwentyToThirtyPercentOfVariablePay() {
        assertThat(kb.interventions().get("shared-kpi-incentives").action().en()).contains("20", "30").containsIgnoringCase("OTIF")
                .containsIgnoringCase("forecast accuracy");
    }

    @Test
    void roadmapHasTheSeedsSixStepsWithinTwelveToSixteenWeeks() {
        assertThat(kb.roadmap().minWeeks()).isEqualTo(12);
        assertThat(kb.roadmap().maxWeeks()).isEqualTo(16);
        assertThat(kb.roadmap().steps()).hasSize(6).allSatisfy(s -> {
            assertThat(s.toWeek()).isLessThanOrEqualTo(16);
            assertThat(s.deliverables()).isNotEmpty();
        });
        assertThat(kb.roadmap().steps()).extracting(RoadmapStep::step).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void everyIndicatorIsReadBySomeConditionOrGate() {
        Set<String> read = new java.util.HashSet<>();
        kb.gates().forEach(g -> read.addAll(g.when().targets()));
        kb.interventions().values().forEach(i -> {
            read.addAll(i.when().targets());
            i.variants().forEach(v -> read.addAll(v.when().targets()));
        });
        assertThat(read).containsAll(kb.indicators().keySet());
    }
}
