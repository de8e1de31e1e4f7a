package org.mliadvisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The warnings of {@code mli kb validate}: likely mistakes that do not make the knowledge base unusable. */
class KnowledgeBaseCheckTest {

    @TempDir
    Path folder;

    static String intervention(String id, String dimension, String when, String moves, int step) {
        return """
                  - id: %s
                    dimension: %s
                    title: { en: Intervention %s, ru: Мера, uz: Chora }
                    action: { en: Do it., ru: Сделать., uz: Bajarish. }
                    when: %s
                    moves: [%s]
                    effort: low
                    weeks_to_impact: 2
                    roadmap_step: %d
                    rationale: { en: Test., ru: Тест., uz: Sinov. }
                """.formatted(id, dimension, id, when, moves, step);
    }

    private List<Problem> warnings(String interventions) throws IOException, InputException {
        KbFixture.copyBuiltIn(folder);
        Files.writeString(folder.resolve("interventions.yaml"), "interventions:\n" + interventions);
        return KnowledgeBaseCheck.warnings(new KnowledgeBaseLoader().load(folder));
    }

    private List<String> conditionWarnings(String when) throws IOException, InputException {
        return warnings(intervention("probe", "S", when, "otif", 1)).stream()
                .filter(p -> p.field().startsWith("interventions[probe]")).map(Problem::toString).toList();
    }

    @Test
    void shippedKnowledgeBaseHasNoWarnings() throws InputException {
        assertThat(KnowledgeBaseCheck.warnings(new KnowledgeBaseLoader().load(Path.of("knowledge-base")))).isEmpty();
    }

    @ParameterizedTest(name = "never holds: {0}")
    @CsvSource(delimiter = '|', value = {
        "{ all: [ { indicator: S.sop_cycle, below: 2 }, { indicator: S.sop_cycle, at_least: 3 } ] }|no value of S.sop_cycle",
        "{ indicator: S.joint_promotion_review, above: 100 }|no value of S.joint_promotion_review (from 0 to 100) is above 100",
        "{ indicator_score: T.crm_erp_consistency, below: 0 }|the score of T.crm_erp_consistency",
        "{ all: [ { context: demand_volatility, is: high }, { context: demand_volatility, is: low } ] }|no value of demand_volatility",
        "{ not: { indicator: S.joint_promotion_review, at_least: 0 } }|no value of S.joint_promotion_review",
        "{ any: [ { dimension: S, above: 1 }, { kpi_gap: otif, above: 1 } ] }|the score of dimension S",
        "{ all: [ { indicator: S.sop_cadence_fit, is: true }, { not: { indicator: S.sop_cadence_fit, is: false } }, { indicator: S.sop_cadence_fit, is: false } ] }|S.sop_cadence_fit cannot be",
        "{ not: { context: demand_volatility, in: [low, medium, high] } }|no value of demand_volatility",
    })
    void conditionNoFirmCanMeetIsWarned(String when, String why) throws Exception {
        assertThat(conditionWarnings(when)).singleElement().asString()
                .contains("interventions[probe].when", "warning:", "can never hold", why);
    }

    @ParameterizedTest(name = "can hold: {0}")
    @CsvSource(delimiter = '|', value = {
        "{ all: [ { indicator: S.sop_cycle, below: 3 }, { indicator: S.sop_cycle, at_least: 2 } ] }",
        "{ all: [ { indicator: S.sop_cycle, at_most: 3 }, { indicator: S.sop_cycle, at_least: 3 } ] }",
        "{ any: [ { indicator: S.joint_promotion_review, above: 100 }, { indicator: S.sop_cycle, below: 1 } ] }",
        "{ not: { context: demand_volatility, in: [low, medium] } }",
        "{ kpi_gap: inventory_days, above: 5 }",
    })
    void conditionSomeFirmCanMeetIsNotWarned(String when) throws Exception {
        assertThat(conditionWarnings(when)).isEmpty();
    }

    @Test
    void variantThatCanNeverApplyWithItsInterventionIsWarned() throws Exception {
        String withVariant = intervention("probe", "S", "{ context: demand_volatility, is: high }", "otif", 1)
                + "    variants:\n      - id: calm\n        when: { context: demand_volatility, is: low }\n        title: { en: Calm, ru: Штиль, uz: Sokin }\n";
        String fitting = intervention("other", "S", "{ context: demand_volatility, in: [medium, high] }", "otif", 1)
                + "    variants:\n      - id: storm\n        when: { context: demand_volatility, is: high }\n        title: { en: Storm, ru: Шторм, uz: Boʻron }\n";

        assertThat(warnings(withVariant + fitting)).filteredOn(p -> p.field().contains("variants"))
                .singleElement().asString().contains("interventions[probe].variants[calm].when", "can never apply together");
    }

    @Test
    void interventionThatDuplicatesAnotherIsWarnedAndOneMovingOtherKpisIsNot() throws Exception {
        String when = "{ indicator: S.sop_cycle, below: 3 }";
        List<Problem> warnings = warnings(intervention("first", "S", when, "otif", 1) + intervention("second", "S", when, "otif", 1)
                + intervention("third", "S", when, "otif, forecast_accuracy", 1));

        assertThat(warnings).filteredOn(p -> p.message().startsWith("duplicates")).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("interventions[second]", "duplicates `first`"));
    }

    @Test
    void indicatorsNoRuleReadsAndRoadmapStepsWithNothingOnThemAreWarned() throws Exception {
        List<Problem> warnings = warnings(intervention("probe", "S", "{ indicator: S.sop_cycle, below: 3 }", "otif", 1));

        assertThat(warnings).filteredOn(p -> p.field().startsWith("indicators[")).extracting(Problem::field)
                .contains("indicators[S.joint_promotion_review]", "indicators[R.conflict_resolution]")
                .doesNotContain("indicators[S.sop_cycle]", "indicators[T.crm_erp_consistency]"); // read by a gate
        assertThat(warnings).filteredOn(p -> p.field().startsWith("roadmap")).extracting(Problem::message)
                .containsExactly("no intervention is placed on step 2", "no intervention is placed on step 3",
                        "no intervention is placed on step 4", "no intervention is placed on step 5",
                        "no intervention is placed on step 6");
    }

    @Test
    void gateThatCanNeverApplyAndGateContradictingAnEarlierOneAreWarned() throws Exception {
        KbFixture.copyBuiltIn(folder);
        Files.writeString(folder.resolve("gates.yaml"), """
                gates:
                  - id: data-first
                    binding: T
                    when: { indicator: T.crm_erp_consistency, below: 60 }
                    because: Data first.
                  - id: planning-first
                    binding: S
                    when: { indicator: T.crm_erp_consistency, below: 60 }
                    because: Planning first.
                  - id: impossible
                    binding: R
                    when: { indicator: T.crm_erp_consistency, below: 0 }
                    because: Never.
                """);

        List<Problem> warnings = KnowledgeBaseCheck.warnings(new KnowledgeBaseLoader().load(folder));

        assertThat(warnings).extracting(Problem::toString).anySatisfy(w -> assertThat(w)
                .contains("gates[planning-first]", "contradicts gate `data-first`", "makes T binding"));
        assertThat(warnings).extracting(Problem::toString).anySatisfy(w -> assertThat(w)
                .contains("gates[impossible].when", "this gate can never apply"));
        assertThat(warnings).extracting(Problem::field).doesNotContain("gates[data-first]", "gates[data-first].when");
    }

    @Test
    void consistencyChecksThatCanNeverFindAnythingOrRepeatAnEarlierOneAreWarned() throws Exception {
        KbFixture.copyBuiltIn(folder);
        Files.writeString(folder.resolve("consistency.yaml"), """
                checks:
                  - id: no-cycle-but-fit
                    kind: contradiction
                    when: { all: [ { indicator: S.sop_cycle, at_most: 0 }, { indicator: S.sop_cadence_fit, is: true } ] }
                    answers: [S.sop_cycle, S.sop_cadence_fit]
                    finding: { en: Contradiction., ru: Противоречие., uz: Qarama-qarshilik. }
                  - id: fit-but-no-cycle
                    kind: contradiction
                    when: { all: [ { indicator: S.sop_cadence_fit, is: true }, { indicator: S.sop_cycle, at_most: 0 } ] }
                    answers: [S.sop_cadence_fit]
                    finding: { en: The same., ru: То же., uz: Xuddi shu. }
                  - id: impossible
                    kind: contradiction
                    when: { indicator: S.sop_cycle, above: 5 }
                    answers: [S.sop_cycle]
                    finding: { en: Never., ru: Никогда., uz: Hech qachon. }
                  - id: too-many-severe
                    kind: triangulation
                    dimensions: [T, R]
                    score_at_least: 0.8
                    severe_kpis_at_least: 8
                    finding: { en: Verify., ru: Проверьте., uz: Tekshiring. }
                """);

        List<Problem> warnings = KnowledgeBaseCheck.warnings(new KnowledgeBaseLoader().load(folder));

        assertThat(warnings).filteredOn(p -> p.field().startsWith("checks[")).extracting(Problem::toString).satisfiesExactly(
                w -> assertThat(w).contains(":7:", "checks[fit-but-no-cycle]", "duplicates `no-cycle-but-fit`"),
                w -> assertThat(w).contains("checks[impossible].when", "can never hold", "never finds a contradiction"),
                w -> assertThat(w).contains("checks[too-many-severe].severe_kpis_at_least",
                        "only 6 KPI(s) are linked to dimension T", "never finds anything for T"),
                w -> assertThat(w).contains("only 7 KPI(s) are linked to dimension R"));
    }
}
