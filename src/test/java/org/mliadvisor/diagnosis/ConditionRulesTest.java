package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of conditions.drl, through a one-intervention knowledge base whose condition is the
 * case under test: it is recommended when the condition is true, needs data when it is unknown.
 */
class ConditionRulesTest {

    enum Outcome { TRUE, FALSE, UNKNOWN }

    static String probe(String condition) {
        return """
                interventions:
                  - id: probe
                    dimension: S
                    title: Probe
                    action: Probe.
                    when: %s
                    moves: [otif]
                    effort: low
                    weeks_to_impact: 1
                    roadmap_step: 1
                    rationale: Probe.
                """.formatted(condition);
    }

    private static final String SOP_BELOW_3 = "{ indicator: S.sop_cycle, below: 3 }";
    private static final String OTIF_GAP = "{ kpi_gap: otif, at_least: 0.2 }";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("indicator below, holds", SOP_BELOW_3, Firm.firm().indicator("S.sop_cycle", 1), Outcome.TRUE, "indicator"),
                Arguments.of("indicator below, fails", SOP_BELOW_3, Firm.firm().indicator("S.sop_cycle", 4), Outcome.FALSE, null),
                Arguments.of("indicator below, boundary fails", SOP_BELOW_3, Firm.firm().indicator("S.sop_cycle", 3), Outcome.FALSE, null),
                Arguments.of("indicator unanswered", SOP_BELOW_3, Firm.firm(), Outcome.UNKNOWN, "indicator"),
                Arguments.of("indicator at_most, boundary holds", "{ indicator: S.sop_cycle, at_most: 3 }",
                        Firm.firm().indicator("S.sop_cycle", 3), Outcome.TRUE, "indicator"),
                Arguments.of("indicator above", "{ indicator: T.wms_tms_visibility, above: 50 }",
                        Firm.firm().indicator("T.wms_tms_visibility", 50), Outcome.FALSE, null),
                Arguments.of("yes/no is false, holds", "{ indicator: S.sop_cadence_fit, is: false }",
                        Firm.firm().indicator("S.sop_cadence_fit", false), Outcome.TRUE, "indicator"),
                Arguments.of("yes/no is false, fails", "{ indicator: S.sop_cadence_fit, is: false }",
                        Firm.firm().indicator("S.sop_cadence_fit", true), Outcome.FALSE, null),
                Arguments.of("indicator score, fails", "{ indicator_score: T.crm_erp_consistency, below: 0.5 }",
                        Firm.firm().indicator("T.crm_erp_consistency", 85), Outcome.FALSE, null),
                Arguments.of("indicator score, holds", "{ indicator_score: T.crm_erp_consistency, below: 0.5 }",
                        Firm.firm().indicator("T.crm_erp_consistency", 70), Outcome.TRUE, "indicator_score"),
                Arguments.of("indicator score, unanswered", "{ indicator_score: T.crm_erp_consistency, below: 0.5 }",
                        Firm.firm(), Outcome.UNKNOWN, "indicator_score"),
                Arguments.of("dimension score, holds", "{ dimension: S, below: 0.5 }",
                        Firm.firm().balanced().indicator("S.sop_cycle", 0), Outcome.TRUE, "dimension"),
                Arguments.of("dimension score, fails", "{ dimension: S, below: 0.5 }", Firm.firm().balanced(), Outcome.FALSE, null),
                Arguments.of("dimension with insufficient evidence", "{ dimension: S, below: 0.5 }",
                        Firm.firm().indicator("S.sop_cycle", 0), Outcome.UNKNOWN, "dimension"),
                Arguments.of("KPI gap, holds", OTIF_GAP, Firm.firm().kpi("otif", 82, 90), Outcome.TRUE, "kpi_gap"),
                Arguments.of("KPI gap at exactly the threshold holds (6.6 against 6 is 10 %)",
                        "{ kpi_gap: inventory_days, at_least: 0.1 }", Firm.firm().kpi("inventory_days", 6.6, 6), Outcome.TRUE,
                        "kpi_gap"),
                Arguments.of("KPI gap, fails", OTIF_GAP, Firm.firm().kpi("otif", 89, 90), Outcome.FALSE, null),
                Arguments.of("KPI unreported", OTIF_GAP, Firm.firm(), Outcome.UNKNOWN, "kpi_gap"),
                Arguments.of("context stated", "{ context: demand_volatility, is: high }",
                        Firm.firm().context("demand_volatility", "high"), Outcome.TRUE, "context"),
                Arguments.of("context defaulted to medium", "{ context: demand_volatility, is: high }", Firm.firm(), Outcome.FALSE, null),
                Arguments.of("context in, defaulted", "{ context: demand_volatility, in: [medium, high] }", Firm.firm(),
                        Outcome.TRUE, "context"),
                // three-valued all / any / not
                Arguments.of("all: true and unknown", "{ all: [" + SOP_BELOW_3 + ", " + OTIF_GAP + "] }",
                        Firm.firm().indicator("S.sop_cycle", 1), Outcome.UNKNOWN, "kpi_gap"),
                Arguments.of("all: false and unknown", "{ all: [" + SOP_BELOW_3 + ", " + OTIF_GAP + "] }",
                        Firm.firm().indicator("S.sop_cycle", 4), Outcome.FALSE, null),
                Arguments.of("all: true and true", "{ all: [" + SOP_BELOW_3 + ", " + OTIF_GAP + "] }",
                        Firm.firm().indicator("S.sop_cycle", 1).kpi("otif", 80, 90), Outcome.TRUE, "indicator"),
                Arguments.of("any: true and unknown", "{ any: [" + SOP_BELOW_3 + ", " + OTIF_GAP + "] }",
                        Firm.firm().indicator("S.sop_cycle", 1), Outcome.TRUE, "indicator"),
                Arguments.of("any: false and unknown", "{ any: [" + SOP_BELOW_3 + ", " + OTIF_GAP + "] }",
                        Firm.firm().indicator("S.sop_cycle", 4), Outcome.UNKNOWN, "kpi_gap"),
                Arguments.of("any: false and false", "{ any: [" + SOP_BELOW_3 + ", " + OTIF_GAP + "] }",
                        Firm.firm().indicator("S.sop_cycle", 4).kpi("otif", 90, 90), Outcome.FALSE, null),
                Arguments.of("not: of false", "{ not: " + SOP_BELOW_3 + " }", Firm.firm().indicator("S.sop_cycle", 4),
                        Outcome.TRUE, "indicator"),
                Arguments.of("not: of true", "{ not: " + SOP_BELOW_3 + " }", Firm.firm().indicator("S.sop_cycle", 1), Outcome.FALSE, null),
                Arguments.of("not: of unknown", "{ not: " + SOP_BELOW_3 + " }", Firm.firm(), Outcome.UNKNOWN, "indicator"),
                Arguments.of("nested groups", "{ all: [ { not: { any: [" + SOP_BELOW_3 + ", { context: demand_volatility, is: low }] } }, "
                        + OTIF_GAP + " ] }", Firm.firm().indicator("S.sop_cycle", 4).kpi("otif", 80, 90), Outcome.TRUE,
                        "indicator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conditionIsTrueFalseOrUnknownAsTheThreeValuedGrammarSays(String situation, String condition, Firm firm,
                                                                 Outcome expected, String subject, @TempDir Path kbFolder) {
        Diagnosis diagnosis = new Diagnostician(KnowledgeBaseFixture.withFile(kbFolder, "interventions.yaml", probe(condition)))
                .diagnose(firm.assessment());

        boolean recommended = diagnosis.recommendations().stream().anyMatch(r -> r.id().equals("probe"));
        boolean needsData = diagnosis.needsData().stream().anyMatch(n -> n.interventionId().equals("probe"));
        assertThat(recommended).as(situation + ": recommended").isEqualTo(expected == Outcome.TRUE);
        assertThat(needsData).as(situation + ": needs data").isEqualTo(expected == Outcome.UNKNOWN);
        if (expected == Outcome.TRUE) {
            assertThat(diagnosis.recommendations().get(0).conditionsHeld()).as("the comparisons that made it hold")
                    .isNotEmpty().allSatisfy(e -> assertThat(e.outcome().rule()).isEqualTo("conditions.evaluate"))
                    .extracting(e -> e.comparison().subject().key()).contains(subject);
        }
        if (expected == Outcome.UNKNOWN) {
            NeedsData unknown = diagnosis.needsData().get(0);
            assertThat(unknown.reason().rule()).isEqualTo("interventions.needs-data");
            assertThat(unknown.missing()).as("the comparisons whose data is missing").isNotEmpty()
                    .allSatisfy(e -> assertThat(e.outcome().observed()).isNull())
                    .extracting(e -> e.comparison().subject().key()).contains(subject);
            assertThat(unknown.reason().statement()).containsAnyOf("not answered", "not reported", "insufficient evidence");
        }
    }

    @Test
    void comparisonUnderNotIsQuotedNegated(@TempDir Path kbFolder) {
        Diagnosis diagnosis = new Diagnostician(KnowledgeBaseFixture.withFile(kbFolder, "interventions.yaml",
                probe("{ not: { indicator: T.sku_master_governance, at_least: 3 } }")))
                .diagnose(Firm.firm().indicator("T.sku_master_governance", 1).assessment());

        assertThat(diagnosis.recommendations().get(0).because().get(0).statement())
                .isEqualTo("Its condition holds: T.sku_master_governance = 1 (condition: not at least 3).");
    }

    @Test
    void twoComparisonsOnTheSameIndicatorAreBothQuotedAsFacts(@TempDir Path kbFolder) {
        Diagnosis diagnosis = new Diagnostician(KnowledgeBaseFixture.withFile(kbFolder, "interventions.yaml",
                probe("{ all: [ { indicator: S.sop_cycle, above: 0 }, { indicator: S.sop_cycle, below: 3 } ] }")))
                .diagnose(Firm.firm().indicator("S.sop_cycle", 1).assessment());

        assertThat(diagnosis.recommendations().get(0).because().get(0).facts()).hasSize(2);
    }
}
