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

    /** Four interventions that the S&OP weakness triggers, and one that a missing shared KPI set triggers. */
    private static final String SCORED = """
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
                action: Closes two gaps, but on R.
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
              - id: root-cause
                dimension: R
                title: A practice not done at all
                action: The firm has no shared KPI set.
                when: { indicator: R.shared_kpi_set, is: false }
                moves: [otif, forecast_accuracy]
                effort: low
                weeks_to_impact: 4
                roadmap_step: 3
                rationale: Test.
            """;

    /** S binds (0.6 × 0.5 against R's 0.2 × 0.58); OTIF and forecast accuracy are severe, returns on target. */
    private static Firm scoredFirm() {
        return Firm.firm().balanced().weights(0.6, 0.2, 0.2).kpi("otif", 80, 95).kpi("forecast_accuracy", 60, 80)
                .kpi("returns_rate", 1, 2);
    }

    @Test
    void rankingScoreAddsItsTermsAsTheMethodWeighsThem(@TempDir Path folder) {
        Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "interventions.yaml", SCORED));

        Diagnosis diagnosis = diagnostician.diagnose(scoredFirm().indicator("R.shared_kpi_set", false).assessment());

        // depth 1·(1 − 0.5); relief 0.8·(1 + 0.25 per further severe KPI); bonus 0.6 on S; −0.15 per effort point
        // above low; −0.3·4/16 for four weeks to impact
        assertThat(diagnosis.binding().dimension()).isEqualTo(Dimension.S);
        assertThat(diagnosis.recommendations()).extracting(Recommendation::id, r -> Math.round(r.priority() * 1000) / 1000.0)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("root-cause", 1.925),   // 1 + 0.8·1.25 − 0.075, off the binding constraint
                        org.assertj.core.groups.Tuple.tuple("light", 1.825),        // 0.5 + 0.8 + 0.6 − 0.075
                        org.assertj.core.groups.Tuple.tuple("heavy", 1.525),        // 0.5 + 0.8 + 0.6 − 0.3 − 0.075
                        org.assertj.core.groups.Tuple.tuple("off-binding", 1.425),  // 0.5 + 0.8·1.25 − 0.075
                        org.assertj.core.groups.Tuple.tuple("unmoved", 1.025));     // 0.5 + 0 + 0.6 − 0.075
        assertThat(diagnosis.recommendations().get(4).kpisAddressed()).isEmpty();
        Reason weighed = diagnosis.recommendations().get(1).because().stream()
                .filter(r -> r.rule().equals("interventions.recommend")).findFirst().orElseThrow();
        assertThat(weighed.facts()).containsEntry("score", "1.825").containsEntry("binding bonus", "+0.6")
                .containsKeys("depth", "KPI relief", "effort cost", "time cost");
        assertThat(weighed.statement()).contains("Ranking score 1.83", "scores 0.5 of 1", "acts on the binding constraint (S)");
    }

    @Test
    void theBindingBonusIsStrongButNotAPartition(@TempDir Path folder) {
        Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "interventions.yaml", SCORED));

        Diagnosis rootCauseMissing = diagnostician.diagnose(scoredFirm().indicator("R.shared_kpi_set", false).assessment());
        Diagnosis rootCauseInPlace = diagnostician.diagnose(scoredFirm().indicator("R.shared_kpi_set", true).assessment());

        assertThat(ids(rootCauseMissing).get(0)).as("a practice not done at all outranks the binding dimension's side issues")
                .isEqualTo("root-cause");
        assertThat(rootCauseMissing.recommendations().get(0).onBindingConstraint()).isFalse();
        assertThat(ids(rootCauseInPlace)).doesNotContain("root-cause");
        assertThat(ids(rootCauseInPlace).indexOf("light")).as("with the same depth and gaps, the binding dimension's lever wins")
                .isLessThan(ids(rootCauseInPlace).indexOf("off-binding"));
    }

    @Test
    void theFirstWaveStartsAtOnceAndTheRestWaitsForTheReassessment() {
        Diagnosis diagnosis = BUILT_IN.diagnose(weakPlanning().indicator("R.plan_discipline", 2)
                .indicator("T.single_source_of_truth", 2).indicator("R.conflict_resolution", 1).assessment());
        List<Recommendation> recommendations = diagnosis.recommendations();
        List<String> firstWave = recommendations.stream().filter(Recommendation::firstWave).map(Recommendation::id).toList();
        List<String> nextWave = recommendations.stream().filter(r -> !r.firstWave()).map(Recommendation::id).toList();

        assertThat(recommendations.size()).as("more than a wave's worth").isGreaterThan(5);
        assertThat(firstWave).as("at most five at once").hasSize(5).isEqualTo(ids(diagnosis).subList(0, 5));
        assertThat(recommendations.get(0).fromWeek()).as("rank 1 never waits").isEqualTo(1);
        for (Recommendation r : recommendations.subList(0, 5)) {
            int latest = r.rank();
            for (String before : r.after()) {
                latest = Math.max(latest, recommendations.stream().filter(p -> p.id().equals(before)).findFirst()
                        .orElseThrow().fromWeek() + 1);
            }
            assertThat(r.fromWeek()).as(r.id() + " starts by the week of its rank, or just after its prerequisite")
                    .isBetween(1, latest);
            assertThat(r.toWeek()).as(r.id() + " has its impact weeks_to_impact after it starts")
                    .isEqualTo(r.fromWeek() + r.weeksToImpact() - 1);
            assertThat(r.schedule().landsAfterHorizon()).isEqualTo(r.toWeek() > diagnosis.roadmapMaxWeeks());
        }
        assertThat(diagnosis.roadmap()).hasSize(6);
        assertThat(diagnosis.roadmap()).flatExtracting(RoadmapPlanStep::recommendations).containsExactlyInAnyOrderElementsOf(firstWave);
        assertThat(diagnosis.roadmap().get(0).prepares()).as("step 1 maps what the first wave changes").isEqualTo(firstWave);
        assertThat(diagnosis.roadmap().get(5).nextWave()).isEqualTo(nextWave);
    }

    @Test
    void theFirstWaveHoldsAtMostTwoHighEffortProjectsAndTheThirdWaits(@TempDir Path folder) {
        StringBuilder interventions = new StringBuilder("interventions:\n");
        String[][] items = {{"it-one", "high", "0"}, {"it-two", "high", "1"}, {"it-three", "high", "2"}, {"quick-one", "low", "3"},
            {"quick-two", "low", "4"}};
        for (String[] item : items) {
            // the high-effort ones answer a deeper weakness, so they rank first
            interventions.append("  - id: ").append(item[0]).append("\n    dimension: S\n    title: ").append(item[0])
                    .append("\n    action: Test.\n    when: { indicator: ").append(item[1].equals("high") ? "S.sop_cycle" : "S.npd_joint_process")
                    .append(", below: 5 }\n    moves: [otif]\n    effort: ").append(item[1])
                    .append("\n    weeks_to_impact: 4\n    roadmap_step: 2\n    rationale: Test.\n");
        }
        Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "interventions.yaml",
                interventions.toString()));

        Diagnosis diagnosis = diagnostician.diagnose(Firm.firm().balanced().indicator("S.sop_cycle", 0)
                .indicator("S.npd_joint_process", 4).assessment());

        assertThat(ids(diagnosis).subList(0, 3)).as("ranked by score").containsExactlyInAnyOrder("it-one", "it-two", "it-three");
        assertThat(diagnosis.recommendations()).filteredOn(Recommendation::firstWave).extracting(Recommendation::id)
                .hasSize(4).contains("quick-one", "quick-two")
                .filteredOn(id -> id.startsWith("it-")).hasSize(2);
        assertThat(diagnosis.recommendations().get(2).firstWave()).as("the third IT project waits").isFalse();
    }

    @Test
    void aTimeCriticalPracticeStartsInWeekOneWhereTheContextDemandsIt() {
        Firm seasonal = weakPlanning().context("demand_volatility", "high");

        Recommendation early = BUILT_IN.diagnose(seasonal.assessment()).recommendations().stream()
                .filter(r -> r.id().equals("sop-cycle")).findFirst().orElseThrow();
        Recommendation usual = BUILT_IN.diagnose(weakPlanning().context("demand_volatility", "low").assessment())
                .recommendations().stream().filter(r -> r.id().equals("sop-cycle")).findFirst().orElseThrow();

        assertThat(early.schedule().early()).isTrue();
        assertThat(early.fromWeek()).as("week 1, or the week after the process map it needs").isLessThanOrEqualTo(2);
        assertThat(usual.schedule().early()).isFalse();
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
