package org.mliadvisor.casebook;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.source.InputException;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden cases shipped in {@code knowledge-base/tests/}: every one passes, and together they
 * exercise the whole knowledge base and the rules, so {@code mvn test} checks what the experts wrote.
 */
class GoldenCasesTest {

    private static final Path TESTS = CaseFixture.KB_FOLDER.resolve(CaseLoader.FOLDER);

    private static List<GoldenCase> cases;
    private static CaseReport report;

    @BeforeAll
    static void runShippedCases() throws InputException {
        cases = new CaseLoader(CaseFixture.kb()).loadFolder(TESTS);
        report = CaseRunner.run(CaseFixture.kb(), cases);
    }

    @Test
    void everyShippedGoldenCasePasses() {
        String failures = report.failures().stream()
                .map(r -> String.join("\n", CaseReportText.failure(r)))
                .collect(Collectors.joining("\n\n"));

        assertThat(report.failed()).as(failures).isZero();
        assertThat(report.passed()).isEqualTo(cases.size());
    }

    @Test
    void shippedCasesAreAtLeastTwentyInSeveralFilesByTheme() throws InputException {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        assertThat(CaseLoader.caseFiles(TESTS)).extracting(p -> p.getFileName().toString())
                .contains("binding.yaml", "interventions.yaml", "examples.yaml");
    }

    @Test
    void shippedCasesRecommendEveryInterventionChooseEveryVariantAndPassThroughEveryGate() {
        Coverage coverage = report.coverage();

        assertThat(coverage.interventionsNeverRecommended()).as("interventions never recommended").isEmpty();
        assertThat(coverage.interventionsNeverExpected()).as("interventions no case expects").isEmpty();
        assertThat(coverage.variantsNeverChosen()).as("variants never chosen").isEmpty();
        assertThat(coverage.gatesNeverBinding()).as("gates that never decided the binding constraint").isEmpty();
        assertThat(coverage.knowledgeBaseFullyExercised()).isTrue();
    }

    @Test
    void shippedCasesFireEveryRuleTheShippedKnowledgeBaseCanReach() {
        Coverage coverage = report.coverage();

        assertThat(coverage.rulesNeverFired()).as("rules no golden case fires").isEmpty();
    }

    @Test
    void shippedCasesExerciseEveryBindingPath() {
        List<String> outcomes = report.results().stream()
                .map(r -> Expectations.describeBinding(r.diagnosis().binding())).distinct().toList();

        assertThat(outcomes).contains("S (shortfall)", "T (shortfall)", "R (shortfall)", "T (kpi_evidence)",
                "T (gate)", "S (gate)", "none");
        assertThat(report.results()).anySatisfy(r -> assertThat(r.diagnosis().mli().value()).isNull());
        assertThat(report.results()).anySatisfy(r -> assertThat(r.firedRules()).contains("binding.nothing-binds"));
        assertThat(report.results()).anySatisfy(r -> assertThat(r.firedRules()).contains("binding.undetermined"));
        assertThat(report.results()).anySatisfy(r -> assertThat(r.firedRules())
                .contains("scoring.dimension-insufficient", "binding.largest-shortfall"));
    }
}
