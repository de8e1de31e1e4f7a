package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.knowledge.Dimension;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of interventions.drl and the ranking they feed. */
class InterventionRulesTest {

    private static final Diagnostician BUILT_IN = new Diagnostician(KnowledgeBaseFixture.builtIn());

    /** A structurally weak firm with strong data and relations: S binding, sop-cycle and its prerequisite apply. */
    private static Firm weakPlanning() {
        return Firm.firm().indicator("S.sop_cycle", 1).indicator("S.joint_promotion_review", 10)
                .indicator("S.sop_cadence_fit", false).indicator("S.cross_functional_team", 1)
                .indicator("T.crm_erp_consistency", 98).indicator("T.wms_tms_visibility", 90)
                .indicator("T.sku_master_governance", 4.5).indicator("R.shared_kpi_incentive", 25)
                .indicator("R.root_cause_closure_rate", 90).indicator("R.exception_review_cadence", 4)
                .kpi("otif", 85, 95).kpi("forecast_accuracy", 60, 80);
    }

    private static List<String> ids(Diagnosis diagnosis) {
        return diagnosis.recommendations().stream().map(Recommendation::id).toList();
    }

    @Test
    void interventionIsRecommendedWhenItsConditionHoldsAndNotOtherwise() {
        Diagnosis weak = BUILT_IN.diagnose(weakPlanning().assessment());
        Diagnosis strong = BUILT_IN.diagnose(weakPlanning().indicator("S.sop_cycle", 4).indicator("S.sop_cadence_fit", true)
                .indicator("S.cross_functional_team", 4).assessment());

        assertThat(ids(weak)).contains("sop-cycle", "process-ownership-map");
        assertThat(ids(strong)).doesNotContain("sop-cycle", "process-ownership-map");
        assertThat(weak.recommendations()).allSatisfy(r ->
                assertThat(r.because().get(0).rule()).isEqualTo("interventions.applicable"));
    }

    @Test
    void weeklySopVariantIsChosenWhenDemandVolatilityIsHigh() {
        Recommendation weekly = BUILT_IN.diagnose(weakPlanning().context("demand_volatility", "high").assessment())
                .recommendations().stream().filter(r -> r.id().equals("sop-cycle")).findFirst().orElseThrow();

        assertThat(weekly.variant()).isEqualTo("weekly");
        assertThat(weekly.title().en()).containsIgnoringCase("weekly S&OP");
        assertThat(weekly.because()).extracting(Reason::rule).contains("interventions.variant");
    }

    @Test
    void monthlySopCycleIsRecommendedWhenDemandVolatilityIsNotHigh() {
        Recommendation monthly = BUILT_IN.diagnose(weakPlanning().context("demand_volatility", "medium").assessment())
                .recommendations().stream().filter(r -> r.id().equals("sop-cycle")).findFirst().orElseThrow();

        assertThat(monthly.variant()).isNull();
        assertThat(monthly.title().en()).isEqualTo("Institutionalize a monthly S&OP cycle");
        assertThat(monthly.because()).extracting(Reason::rule).doesNotContain("interventions.variant");
    }

    @Test
    void recommendedPrerequisiteRanksDirectlyBeforeTheInterventionThatNeedsIt() {
        Diagnosis diagnosis = BUILT_IN.diagnose(weakPlanning().assessment());
        List<String> ranked = ids(diagnosis);
        Recommendation sop = diagnosis.recommendations().get(ranked.indexOf("sop-cycle"));

        assertThat(ranked.indexOf("process-ownership-map")).isEqualTo(ranked.indexOf("sop-cycle") - 1);
        assertThat(sop.after()).containsExactly("process-ownership-map");
        assertThat(sop.because()).extracting(Reason::rule).contains("interventions.prerequisite-first");
    }

    @Test
    void prerequisiteThatIsNotRecommendedDoesNotHoldTheInterventionBack() {
        Diagnosis diagnosis = BUILT_IN.diagnose(weakPlanning().indicator("S.sop_cycle", 3).indicator("S.cross_functional_team", 3)
                .assessment());
        Recommendation sop = diagnosis.recommendations().stream().filter(r -> r.id().equals("sop-cycle")).findFirst().orElseThrow();

        assertThat(ids(diagnosis)).doesNotContain("process-ownership-map");
        assertThat(sop.after()).isEmpty();
        assertThat(sop.because()).extracting(Reason::rule).doesNotContain("interventions.prerequisite-first");
    }

    @Test
    void interventionsOnTheBindingConstraintRankFirst() {
        for (Firm firm : List.of(weakPlanning(), Firm.firm().balanced().kpi("otif", 80, 95))) {
            Diagnosis diagnosis = BUILT_IN.diagnose(firm.assessment());
            List<Boolean> flags = diagnosis.recommendations().stream().map(Recommendation::onBindingConstraint).toList();

            assertThat(flags).as("binding-constraint interventions come first").isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
            assertThat(diagnosis.recommendations()).filteredOn(Recommendation::onBindingConstraint)
                    .allSatisfy(r -> assertThat(r.dimension()).isEqualTo(diagnosis.binding().dimension()));
        }
    }

    @Test
    void withinTheSameDimensionTheLargerGapClosedPerEffortRanksFirst(@TempDir Path folder) {
        String interventions = """
                interventions:
                  - id: heavy
                    dimension: S
                    title: Heavy
                    action: A high-effort intervention.
                    when: { indicator: S.sop_cycle, below: 5 }
                    moves: [otif]
                    effort: high
                    weeks_to_impact: 4
                    roadmap_step: 2
                    rationale: Test.
                  - id: light
                    dimension: S
                    title: Light
                    action: A low-effort intervention moving the same KPI.
                    when: { indicator: S.sop_cycle, below: 5 }
                    moves: [otif]
                    effort: low
                    weeks_to_impact: 4
                    roadmap_step: 2
                    rationale: Test.
                  - id: off-binding
                    dimension: R
                    title: Off the binding constraint
                    action: Closes a bigger gap, but on R.
                    when: { indicator: S.sop_cycle, below: 5 }
                    moves: [otif, forecast_accuracy]
                    effort: low
                    weeks_to_impact: 4
                    roadmap_step: 3
                    rationale: Test.
                  - id: unmoved
                    dimension: S
                    title: Moves nothing short of target
                    action: Its KPI is on target.
                    when: { indicator: S.sop_cycle, below: 5 }
                    moves: [returns_rate]
                    effort: low
                    weeks_to_impact: 4
                    roadmap_step: 1
                    rationale: Test.
                """;
        Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "interventions.yaml", interventions));

        Diagnosis diagnosis = diagnostician.diagnose(Firm.firm().balanced().kpi("otif", 80, 95)
                .kpi("forecast_accuracy", 60, 80).kpi("returns_rate", 1, 2).assessment());

        assertThat(diagnosis.binding().dimension()).isEqualTo(Dimension.S);
        assertThat(ids(diagnosis)).containsExactly("light", "heavy", "unmoved", "off-binding");
        assertThat(diagnosis.recommendations()).extracting(Recommendation::rank).containsExactly(1, 2, 3, 4);
        assertThat(diagnosis.recommendations().get(0).priority()).isGreaterThan(diagnosis.recommendations().get(1).priority());
        assertThat(diagnosis.recommendations().get(2).kpisAddressed()).isEmpty();
        assertThat(diagnosis.recommendations().get(0).because()).extracting(Reason::rule).contains("interventions.recommend");
    }

    @Test
    void recommendationIsPlacedOnItsRoadmapStepAndWeeks() {
        Diagnosis diagnosis = BUILT_IN.diagnose(weakPlanning().assessment());
        Recommendation sop = diagnosis.recommendations().stream().filter(r -> r.id().equals("sop-cycle")).findFirst().orElseThrow();
        RoadmapPlanStep step = diagnosis.roadmap().get(sop.roadmapStep() - 1);

        assertThat(diagnosis.roadmap()).hasSize(6);
        assertThat(step.recommendations()).contains("sop-cycle");
        assertThat(sop.fromWeek()).isEqualTo(step.fromWeek());
        assertThat(sop.toWeek()).isEqualTo(step.toWeek());
        assertThat(diagnosis.roadmap()).flatExtracting(RoadmapPlanStep::recommendations)
                .containsExactlyInAnyOrderElementsOf(ids(diagnosis));
    }

    @Test
    void textThatLooksLikeCodeInTheKnowledgeBaseIsOnlyText(@TempDir Path folder) {
        String hostile = """
                interventions:
                  - id: hostile-text
                    dimension: S
                    title: "\\"); System.exit(1); //"
                    action: "${java.lang.Runtime.getRuntime().exec('touch /tmp/pwned')} || true ||"
                    when: { indicator: S.sop_cycle, below: 5 }
                    moves: [otif]
                    effort: low
                    weeks_to_impact: 1
                    roadmap_step: 1
                    rationale: "end rule \\" then System.exit(2); end"
                """;
        Diagnosis diagnosis = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "interventions.yaml", hostile))
                .diagnose(Firm.firm().indicator("S.sop_cycle", 1).assessment());

        assertThat(diagnosis.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.title().en()).isEqualTo("\"); System.exit(1); //");
            assertThat(r.action().en()).startsWith("${java.lang.Runtime");
        });
        assertThat(Path.of("/tmp/pwned")).doesNotExist();
    }

    @Test
    void recommendationSaysWhenItsPrerequisiteCannotBeDecided() {
        Diagnosis diagnosis = BUILT_IN.diagnose(Firm.firm().balanced().indicator("T.single_source_of_truth", 2).assessment());
        Recommendation truth = diagnosis.recommendations().stream().filter(r -> r.id().equals("single-source-of-truth"))
                .findFirst().orElseThrow();

        assertThat(diagnosis.needsData()).extracting(NeedsData::interventionId).contains("crm-erp-data-consistency");
        assertThat(truth.because()).filteredOn(r -> r.rule().equals("interventions.prerequisite-undecided"))
                .singleElement().satisfies(r -> assertThat(r.statement()).contains("crm-erp-data-consistency", "cannot be decided"));
    }

    @Test
    void recommendationWhosePrerequisiteIsDecidedHasNoSuchWarning() {
        Diagnosis diagnosis = BUILT_IN.diagnose(Firm.firm().balanced().indicator("T.single_source_of_truth", 2)
                .indicator("T.crm_erp_consistency", 99).indicator("R.exception_review_cadence", 1).assessment());

        assertThat(diagnosis.recommendations()).allSatisfy(r ->
                assertThat(r.because()).extracting(Reason::rule).doesNotContain("interventions.prerequisite-undecided"));
    }

    @Test
    void prerequisitesAreExplainedInKnowledgeBaseOrderOnEveryRun(@TempDir Path folder) {
        String diamond = """
                interventions:
                  - id: base
                    dimension: S
                    title: Base
                    action: Base.
                    when: { indicator: S.sop_cycle, below: 5 }
                    moves: [otif]
                    effort: low
                    weeks_to_impact: 1
                    roadmap_step: 1
                    rationale: Test.
                  - id: left
                    dimension: S
                    title: Left
                    action: Left.
                    when: { indicator: S.sop_cycle, below: 5 }
                    moves: [otif]
                    effort: low
                    weeks_to_impact: 1
                    roadmap_step: 2
                    requires: [base]
                    rationale: Test.
                  - id: right
                    dimension: S
                    title: Right
                    action: Right.
                    when: { indicator: S.sop_cycle, below: 5 }
                    moves: [otif]
                    effort: low
                    weeks_to_impact: 1
                    roadmap_step: 2
                    requires: [base]
                    rationale: Test.
                  - id: top
                    dimension: S
                    title: Top
                    action: Top.
                    when: { indicator: S.sop_cycle, below: 5 }
                    moves: [otif, forecast_accuracy]
                    effort: low
                    weeks_to_impact: 1
                    roadmap_step: 3
                    requires: [right, left]
                    rationale: Test.
                """;
        Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "interventions.yaml", diamond));

        for (int run = 0; run < 20; run++) {
            Diagnosis diagnosis = diagnostician.diagnose(Firm.firm().balanced().kpi("otif", 80, 95)
                    .kpi("forecast_accuracy", 60, 80).assessment());
            Recommendation top = diagnosis.recommendations().get(3);

            assertThat(diagnosis.recommendations()).extracting(Recommendation::id).containsExactly("base", "left", "right", "top");
            assertThat(top.because()).filteredOn(r -> r.rule().equals("interventions.prerequisite-first"))
                    .extracting(r -> r.facts().get("requires")).containsExactly("left", "right");
        }
    }

    @Test
    void longPrerequisiteChainsRankInOrder(@TempDir Path folder) {
        int length = 6000;
        StringBuilder chain = new StringBuilder("interventions:\n");
        for (int i = 0; i < length; i++) {
            chain.append("  - id: link-").append(i).append("\n    dimension: S\n    title: Link ").append(i)
                    .append("\n    action: A link.\n    when: { indicator: S.sop_cycle, below: 5 }\n    moves: [otif]\n")
                    .append("    effort: low\n    weeks_to_impact: 1\n    roadmap_step: 1\n    rationale: Test.\n");
            if (i > 0) {
                chain.append("    requires: [link-").append(i - 1).append("]\n");
            }
        }
        Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "interventions.yaml", chain.toString()));

        Diagnosis diagnosis = diagnostician.diagnose(Firm.firm().balanced().kpi("otif", 80, 95).assessment());

        assertThat(diagnosis.recommendations()).hasSize(length);
        assertThat(diagnosis.recommendations().get(length - 1).id()).isEqualTo("link-" + (length - 1));
        assertThat(diagnosis.recommendations().get(0).id()).isEqualTo("link-0");
    }
}
