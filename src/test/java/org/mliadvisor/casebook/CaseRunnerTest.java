package org.mliadvisor.casebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.source.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The runner against one firm whose diagnosis is known: S binds on shortfall (MLI 0.6961); recommended
 * in rank order are process-ownership-map, sop-cycle (weekly) and tactical-forecasting; inventory-policy,
 * tradeoff-decision-rules, sop-executive-ownership, shared-kpi-set and relationship-building need data.
 * Each kind of expectation passes when it matches and fails, with expected and actual, when it does not.
 */
class CaseRunnerTest {

    private static final String FIRM = """
            organization: Runner Test Firm
            assessed_on: 2026-11-01
            context: { demand_volatility: high }
            indicators:
              S.sop_cycle: 2
              S.joint_promotion_review: 80
              S.sop_cadence_fit: false
              S.cross_functional_team: 3
              S.npd_joint_process: 3
              S.strategic_plan_alignment: 4
              T.crm_erp_consistency: 95
              T.wms_tms_visibility: 80
              T.sku_master_governance: 4
              T.single_source_of_truth: 4
              T.demand_signal_conversion: 80
              R.shared_kpi_incentive: 20
              R.exception_review_cadence: 2
              R.root_cause_closure_rate: 80
              R.shared_objectives: 4
              R.plan_discipline: 4
              R.conflict_resolution: 4
            kpis:
              forecast_accuracy: { actual: 70, target: 80 }
            """;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("metExpectations")
    void eachKindOfExpectationPassesWhenTheDiagnosisMeetsIt(String expect) throws Exception {
        CaseResult result = runOne(expect);

        assertThat(result.mismatches()).isEmpty();
        assertThat(result.passed()).isTrue();
    }

    static Stream<String> metExpectations() {
        return Stream.of(
                "binding: S",
                "basis: shortfall",
                "mli: { at_least: 0.69, at_most: 0.70 }",
                "mli: { at_least: 0.696 }",
                "mli: { at_most: 0.70 }",
                "recommends: [process-ownership-map, sop-cycle, tactical-forecasting]",
                "does_not_recommend: [crm-erp-data-consistency, inventory-policy]",
                "needs_data: [inventory-policy, tradeoff-decision-rules]",
                "variant: { sop-cycle: weekly, tactical-forecasting: none }",
                "ranks_before: [[process-ownership-map, sop-cycle], [sop-cycle, tactical-forecasting]]",
                "first: process-ownership-map",
                "findings: none",
                "confidence: high");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unmetExpectations")
    void eachKindOfExpectationFailsWithExpectedAndActualWhenTheDiagnosisDoesNotMeetIt(String expect, String mismatch)
            throws Exception {
        CaseResult result = runOne(expect);

        assertThat(result.passed()).isFalse();
        assertThat(result.mismatches()).extracting(Mismatch::toString).containsExactly(mismatch);
    }

    static Stream<Arguments> unmetExpectations() {
        return Stream.of(
                arguments("binding: T", "binding: expected T / actual S (shortfall)"),
                arguments("binding: none", "binding: expected none / actual S (shortfall)"),
                arguments("basis: gate", "basis: expected gate / actual shortfall"),
                arguments("mli: { at_least: 0.7 }", "mli: expected at least 0.7 / actual 0.6961"),
                arguments("mli: { at_least: 0.4, at_most: 0.6 }", "mli: expected between 0.4 and 0.6 / actual 0.6961"),
                arguments("mli: none", "mli: expected none (the MLI cannot be computed) / actual 0.6961"),
                arguments("recommends: [sop-cycle, crm-erp-data-consistency]",
                        "recommends[crm-erp-data-consistency]: expected recommended / actual not recommended: "
                                + "its condition does not hold"),
                arguments("recommends: [inventory-policy]",
                        "recommends[inventory-policy]: expected recommended / actual listed as needing data"),
                arguments("does_not_recommend: [sop-cycle]",
                        "does_not_recommend[sop-cycle]: expected not recommended / actual recommended at rank 2"),
                arguments("needs_data: [tactical-forecasting]",
                        "needs_data[tactical-forecasting]: expected listed as needing data / actual recommended at rank 3"),
                arguments("needs_data: [crm-erp-data-consistency]",
                        "needs_data[crm-erp-data-consistency]: expected listed as needing data / actual not recommended: "
                                + "its condition does not hold"),
                arguments("variant: { sop-cycle: none }", "variant[sop-cycle]: expected none / actual weekly"),
                arguments("variant: { npd-joint-process: range-and-launch-review }",
                        "variant[npd-joint-process]: expected range-and-launch-review / actual not recommended: "
                                + "its condition does not hold"),
                arguments("ranks_before: [[sop-cycle, process-ownership-map]]",
                        "ranks_before[sop-cycle, process-ownership-map]: expected sop-cycle ranked ahead of "
                                + "process-ownership-map / actual sop-cycle recommended at rank 2, "
                                + "process-ownership-map recommended at rank 1"),
                arguments("ranks_before: [[sop-cycle, inventory-policy]]",
                        "ranks_before[sop-cycle, inventory-policy]: expected sop-cycle ranked ahead of inventory-policy "
                                + "/ actual sop-cycle recommended at rank 2, inventory-policy listed as needing data"),
                arguments("first: sop-cycle",
                        "first: expected sop-cycle / actual process-ownership-map (sop-cycle recommended at rank 2)"),
                arguments("findings: [closure-without-reviews]",
                        "findings[closure-without-reviews]: expected found / actual not found; no finding"),
                arguments("confidence: low", "confidence: expected low / actual high"));
    }

    @Test
    void findingsAndConfidenceFailNamingWhatWasFoundAndWhatLoweredIt() throws Exception {
        Files.writeString(folder.resolve("firm.yaml"), FIRM.replace("R.exception_review_cadence: 2", "R.exception_review_cadence: 0")
                .replace("R.root_cause_closure_rate: 80", "R.root_cause_closure_rate: 95")
                .replace("forecast_accuracy: { actual: 70, target: 80 }", "forecast_accuracy: { actual: 70, target: 0.8 }"));
        Path file = CaseFixture.caseFile(folder, "cases.yaml", """
                cases:
                  - name: slips
                    assessment: ../firm.yaml
                    expect:
                      findings: none
                      confidence: high
                """);

        CaseResult result = CaseRunner.run(CaseFixture.kb(), CaseFixture.loadValid(file)).results().get(0);

        assertThat(result.mismatches()).extracting(Mismatch::toString).containsExactly(
                "findings: expected none / actual found closure-without-reviews, kpi-scale-mismatch",
                "confidence: expected high / actual medium (lowered by kpi-scale-mismatch)");
    }

    @Test
    void severalUnmetExpectationsAreAllReportedInTheOrderOfTheFormat() throws Exception {
        CaseResult result = runOne("""
                first: sop-cycle
                recommends: [tactical-forecasting, strategic-plan-alignment]
                binding: R
                """);

        assertThat(result.mismatches()).extracting(Mismatch::expectation)
                .containsExactly("binding", "recommends[strategic-plan-alignment]", "first");
    }

    @Test
    void resultNamesTheRulesThatFiredAndWhatTheDiagnosisConcluded() throws Exception {
        CaseResult result = runOne("binding: S");

        assertThat(result.firedRules()).doesNotHaveDuplicates()
                .contains("scoring.default-weights", "binding.largest-shortfall", "binding.decide",
                        "interventions.variant", "interventions.prerequisite-first", "interventions.needs-data")
                .doesNotContain("binding.gate", "scoring.assessment-weights");
        assertThat(result.bindingRules()).containsExactly("binding.decide", "binding.largest-shortfall");
        assertThat(result.recommended()).containsExactly("process-ownership-map", "sop-cycle", "tactical-forecasting");
        assertThat(result.needingData()).containsExactly("inventory-policy", "tradeoff-decision-rules",
                "sop-executive-ownership", "shared-kpi-set", "relationship-building");
    }

    @Test
    void firstFailsWithNothingRecommendedWhenNoInterventionApplies() throws Exception {
        Path file = CaseFixture.caseFile(folder, "perfect.yaml", """
                cases:
                  - name: perfect
                    assessment:
                      organization: Perfect
                      assessed_on: 2026-11-01
                      indicators: { S.sop_cycle: 5, S.sop_cadence_fit: true, T.crm_erp_consistency: 100,
                                    T.wms_tms_visibility: 100, R.shared_kpi_incentive: 25, R.root_cause_closure_rate: 100 }
                    expect:
                      first: sop-cycle
                """);

        CaseReport report = CaseRunner.run(CaseFixture.kb(), CaseFixture.loadValid(file));

        assertThat(report.results().get(0).mismatches()).extracting(Mismatch::toString)
                .containsExactly("first: expected sop-cycle / actual nothing recommended");
    }

    @Test
    void reportCountsPassesAndFailuresAndPrintsOneLinePerCaseThenTheSummary() throws Exception {
        Path file = firmAndCases("""
                  - name: passes
                    assessment: ../firm.yaml
                    expect: { binding: S }
                  - name: fails
                    description: Expects the wrong dimension.
                    assessment: ../firm.yaml
                    expect: { binding: T }
                """);

        CaseReport report = CaseRunner.run(CaseFixture.kb(), CaseFixture.loadValid(file));
        List<String> lines = CaseReportText.lines(report, false);

        assertThat(report.passed()).isOne();
        assertThat(report.failed()).isOne();
        assertThat(report.allPassed()).isFalse();
        assertThat(lines.subList(0, 2)).containsExactly("PASS passes", "FAIL fails");
        assertThat(lines).contains("FAIL fails (" + file + ":5:5)", "  checks: Expects the wrong dimension.",
                "  binding: expected T / actual S (shortfall)",
                "  concluded: binding S (shortfall) by binding.decide, binding.largest-shortfall; MLI 0.6961",
                "  recommended: 1. process-ownership-map, 2. sop-cycle, 3. tactical-forecasting",
                "  needs data: inventory-policy, tradeoff-decision-rules, sop-executive-ownership, shared-kpi-set, "
                        + "relationship-building");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  rules fired: scoring.default-weights, "));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("1 passed, 1 failed");
        assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("Coverage"));
    }

    @Test
    void coverageListsTheRulesInterventionsVariantsAndGatesNoCaseExercised() throws Exception {
        Path file = firmAndCases("""
                  - name: only-case
                    assessment: ../firm.yaml
                    expect: { recommends: [sop-cycle] }
                """);

        CaseReport report = CaseRunner.run(CaseFixture.kb(), CaseFixture.loadValid(file));
        Coverage coverage = report.coverage();

        assertThat(coverage.cases()).isOne();
        assertThat(coverage.rules()).hasSize(CaseRunner.ruleIds(org.mliadvisor.diagnosis.RuleBase.shared()).size())
                .startsWith("scoring.assessment-weights").contains("binding.gate", "interventions.recommend");
        assertThat(coverage.rulesNeverFired()).contains("binding.gate", "scoring.assessment-weights", "kpi-gaps.minor")
                .doesNotContain("binding.largest-shortfall", "interventions.variant");
        assertThat(coverage.interventionsNeverRecommended()).contains("crm-erp-data-consistency", "inventory-policy")
                .doesNotContain("sop-cycle", "process-ownership-map", "tactical-forecasting");
        assertThat(coverage.interventionsNeverExpected()).contains("process-ownership-map").doesNotContain("sop-cycle");
        assertThat(coverage.variants()).containsExactly("sop-cycle/weekly", "npd-joint-process/range-and-launch-review");
        assertThat(coverage.variantsNeverChosen()).containsExactly("npd-joint-process/range-and-launch-review");
        assertThat(coverage.gatesNeverBinding()).containsExactly("no-planning-routine", "data-before-planning");
        assertThat(coverage.knowledgeBaseFullyExercised()).isFalse();
        assertThat(CaseReportText.lines(report, true)).contains("Coverage of 1 case:",
                "  variants chosen: 1 of 2; never: npd-joint-process/range-and-launch-review",
                "  gates that decided the binding constraint: 0 of 2; never: no-planning-routine, data-before-planning");
    }

    @Test
    void aGateThatDecidesTheBindingConstraintCountsAsExercised() throws Exception {
        Path file = CaseFixture.caseFile(folder, "gate.yaml", """
                cases:
                  - name: data-gate
                    assessment:
                      organization: Gate Firm
                      assessed_on: 2026-11-01
                      indicators: { S.sop_cycle: 3, S.sop_cadence_fit: true, S.cross_functional_team: 4,
                                    T.crm_erp_consistency: 40, T.wms_tms_visibility: 90, T.sku_master_governance: 4,
                                    R.shared_kpi_incentive: 25, R.root_cause_closure_rate: 90, R.trust: 4 }
                    expect: { binding: T, basis: gate }
                """);

        CaseReport report = CaseRunner.run(CaseFixture.kb(), CaseFixture.loadValid(file));

        assertThat(report.allPassed()).isTrue();
        assertThat(report.coverage().gatesNeverBinding()).containsExactly("no-planning-routine");
    }

    private CaseResult runOne(String expect) throws IOException, InputException {
        String indented = expect.strip().lines().map(l -> "      " + l).reduce((a, b) -> a + "\n" + b).orElseThrow();
        Path file = firmAndCases("""
                  - name: runner-test
                    assessment: ../firm.yaml
                    expect:
                """ + indented + "\n");
        CaseReport report = CaseRunner.run(CaseFixture.kb(), CaseFixture.loadValid(file));
        assertThat(report.results()).hasSize(1);
        return report.results().get(0);
    }

    private Path firmAndCases(String cases) throws IOException {
        Files.writeString(folder.resolve("firm.yaml"), FIRM);
        return CaseFixture.caseFile(folder, "cases.yaml", "cases:\n" + cases);
    }
}
