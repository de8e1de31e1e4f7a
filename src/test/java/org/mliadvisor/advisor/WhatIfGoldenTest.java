package org.mliadvisor.advisor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.diagnosis.BindingBasis;
import org.mliadvisor.diagnosis.DiagnosisComparison;
import org.mliadvisor.diagnosis.DiagnosisComparison.RecommendationChange;
import org.mliadvisor.diagnosis.GapSeverity;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.WhatIf;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The paper's illustrative firm with its three levers in place (joint promotion review in S&amp;OP, CRM–ERP consistency
 * checks, a transport visibility dashboard), as an S&amp;OP consultant works it out by hand before asking the tool.
 *
 * <p>Before: S 70.9, T 47.5, R 72.2 against a target of 75 each, equal weights; T binds with the largest weighted
 * shortfall (17.5 points). OTIF is 82 against 90.
 *
 * <p>After, by hand:
 * <ul>
 *   <li>Joint promotion review reaches 90 % of campaigns reviewed (linear score 0.9 instead of 0.25): S's mean of eight
 *       rises by 0.65 / 8 to 0.7906, above its target.</li>
 *   <li>CRM–ERP consistency reaches 97 % (band score 1 instead of 0.25) and visibility 80 % (0.8 instead of 0.1):
 *       T = (1 + 0.8 + 0.6 + 0.625 + 0.8) / 5 = 0.765, above its target too.</li>
 *   <li>R is untouched at 0.721875 (its eight scores 80, 100, 62.5, 62.5, 60, 80, 70, 62.5), now the only dimension below
 *       its target: R binds, on its shortfall (1/3 · 0.278 = 9.3 points). That is the paper's own sequence — once processes and data work, sustaining the gain
 *       is a matter of shared incentives and discipline.</li>
 *   <li>MLI = (0.790625 + 0.765 + 0.721875) / 3 = 0.7592, from 0.635. (First written here with R as 0.7222, read off the
 *       report's rounded 72.2; the tool's 0.759167 showed the slip, and the eight scores above confirm it.)</li>
 *   <li>Each lever is credited 2–3.5 OTIF points; three of them add to 6–10.5. Diagnosed at the cautious end OTIF is
 *       82 + 6 = 88, still 2 points short of 90; at the optimistic end 92.5. The failure rate falls from 18 % to 12 %
 *       against 10 % allowed: (12 − 10) / 10 = 20 %, exactly where the knowledge base's moderate band for OTIF starts, so
 *       severe becomes moderate — not yet on target, which is honest for a cautious estimate.</li>
 *   <li>Expedites and complaints improve "by an amount the source does not give": they stay as reported.</li>
 *   <li>The three levers leave the list (their conditions, below 80 / 95 / 70, no longer hold) and the financial
 *       reconciliation moves from 4th to 1st. No relational action is added: every relational practice of this firm
 *       sits at or above the level at which the knowledge base calls for one (incentive share 20 % is not below 20,
 *       exception reviews at 2 not below 2, trust 3.5 not below 3…). The binding constraint moves to a dimension no
 *       recommended action works on — which the report must say rather than hide.</li>
 *   <li>Joint promotion review requires the S&amp;OP cycle, which this firm already runs monthly (its condition does not
 *       hold): no prerequisite is missing.</li>
 * </ul>
 */
class WhatIfGoldenTest {

    private static final List<String> LEVERS = List.of("joint-promotion-review", "crm-erp-data-consistency",
            "transport-visibility-dashboard");

    private static Advisor advisor;
    private static WhatIf whatIf;

    @BeforeAll
    static void implementTheThreeLevers() throws Exception {
        advisor = new Advisor(new KnowledgeBaseLoader().loadBuiltIn());
        Assessment firm = advisor.read(Path.of("examples", "illustrative-firm.yaml")).assessment();
        whatIf = advisor.whatIf(firm, advisor.scenario(firm, List.of(), LEVERS, null));
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    @Test
    void structuralAndTechnologicalRiseAboveTheirTargetsAndRelationalIsUntouched() {
        DiagnosisComparison c = whatIf.comparison();

        assertThat(c.dimensions().get(Dimension.S).before()).isCloseTo(0.7094, within(1e-4));
        assertThat(c.dimensions().get(Dimension.S).after()).isCloseTo(0.790625, within(1e-9));
        assertThat(c.dimensions().get(Dimension.T).before()).isCloseTo(0.475, within(1e-9));
        assertThat(c.dimensions().get(Dimension.T).after()).isCloseTo(0.765, within(1e-9));
        assertThat(c.dimensions().get(Dimension.R).after()).isEqualTo(0.721875);
        assertThat(c.dimensions().get(Dimension.R).changed()).isFalse();
        assertThat(c.mli().before()).isCloseTo(0.635, within(1e-3));
        assertThat(c.mli().after()).isCloseTo((0.790625 + 0.765 + 0.721875) / 3, within(1e-6));
    }

    @Test
    void theBindingConstraintMovesFromTechnologicalToRelationalOnItsShortfall() {
        DiagnosisComparison.BindingChange binding = whatIf.comparison().binding();

        assertThat(binding.before().binding()).containsExactly(Dimension.T);
        assertThat(binding.after().binding()).containsExactly(Dimension.R);
        assertThat(binding.after().basis()).isEqualTo(BindingBasis.SHORTFALL);
        assertThat(binding.moved()).isTrue();
    }

    @Test
    void otifIsDiagnosedAtTheCautiousEightyEightWithTheWholeRangeKept() {
        WhatIf.KpiMove otif = whatIf.changes().kpis().stream().filter(k -> k.kpi().id().equals("otif")).findFirst().orElseThrow();

        assertThat(otif.before().actual()).isEqualTo(82);
        assertThat(otif.after().actual()).isEqualTo(88);
        assertThat(otif.expected().low()).isEqualTo(6);
        assertThat(otif.expected().high()).isEqualTo(10.5);
        assertThat(otif.optimistic()).isEqualTo(92.5);
        assertThat(otif.by()).containsExactlyElementsOf(LEVERS);
        KpiGap after = whatIf.after().kpiGaps().stream().filter(g -> g.kpiId().equals("otif")).findFirst().orElseThrow();
        assertThat(after.severity()).isEqualTo(GapSeverity.MODERATE);
        assertThat(after.gap()).isEqualTo(0.2);
    }

    @Test
    void kpisImprovedByAnAmountTheSourceDoesNotGiveStayAsReported() {
        assertThat(whatIf.changes().kpis()).extracting(k -> k.kpi().id()).containsExactly("otif");
        assertThat(whatIf.after().kpiGaps()).filteredOn(g -> List.of("expedite_share", "service_complaints").contains(g.kpiId()))
                .extracting(KpiGap::actual).containsExactly(22.0, 7.4);
    }

    @Test
    void theThreeLeversLeaveTheListAndTheFinancialReconciliationLeadsIt() {
        List<RecommendationChange> changes = whatIf.comparison().recommendationChanges();

        assertThat(changes).filteredOn(r -> r.kind() == RecommendationChange.Kind.REMOVED).extracting(RecommendationChange::id)
                .containsExactlyInAnyOrderElementsOf(LEVERS);
        assertThat(changes).filteredOn(r -> r.kind() == RecommendationChange.Kind.ADDED).isEmpty();
        assertThat(changes).filteredOn(r -> r.kind() == RecommendationChange.Kind.MOVED).singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo("financial-reconciliation");
                    assertThat(r.rankBefore()).isEqualTo(4);
                    assertThat(r.rankAfter()).isEqualTo(1);
                });
        assertThat(whatIf.after().recommendations()).noneMatch(r -> r.onBindingConstraint());
    }

    @Test
    void noPrerequisiteIsMissingBecauseTheFirmAlreadyRunsItsSopCycle() {
        assertThat(whatIf.unmetPrerequisites()).isEmpty();
        assertThat(whatIf.after().consistency()).isEqualTo(whatIf.before().consistency());
    }
}
