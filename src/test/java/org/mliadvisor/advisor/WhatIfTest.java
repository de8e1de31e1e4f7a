package org.mliadvisor.advisor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.diagnosis.BindingBasis;
import org.mliadvisor.diagnosis.Scenario;
import org.mliadvisor.diagnosis.WhatIf;
import org.mliadvisor.diagnosis.WhatIf.IndicatorChange;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Weights;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a what-if changes in an assessment, and what it leaves alone: each kind of change, each way. */
class WhatIfTest {

    private static Advisor advisor;
    private static Assessment firm;

    @BeforeAll
    static void load() throws Exception {
        advisor = new Advisor(new KnowledgeBaseLoader().loadBuiltIn());
        firm = advisor.read(Path.of("examples", "illustrative-firm.yaml")).assessment();
    }

    @AfterAll
    static void close() {
        advisor.close();
    }

    private static WhatIf whatIf(Assessment assessment, List<String> sets, List<String> implement, String weights)
            throws Exception {
        return advisor.whatIf(assessment, advisor.scenario(assessment, sets, implement, weights));
    }

    private static WhatIf.KpiMove kpi(WhatIf w, String id) {
        return w.changes().kpis().stream().filter(k -> k.kpi().id().equals(id)).findFirst().orElseThrow();
    }

    private static IndicatorChange indicator(WhatIf w, String id) {
        return w.changes().indicators().stream().filter(i -> i.indicator().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void noChangeGivesTheDiagnosisItselfAndSaysNothingChanged() throws Exception {
        WhatIf w = whatIf(firm, List.of(), List.of(), null);

        assertThat(w.scenario().empty()).isTrue();
        assertThat(w.changes().assessment()).isSameAs(firm);
        assertThat(w.after()).isEqualTo(advisor.diagnose(firm));
        assertThat(w.before()).isEqualTo(w.after());
        assertThat(w.nothingChanged()).isTrue();
        assertThat(w.comparison().recommendationChanges()).isEmpty();
    }

    @Test
    void aStatedIndicatorValueIsDiagnosedAndCanCloseAGate() throws Exception {
        WhatIf w = whatIf(firm, List.of("S.sop_cycle=1"), List.of(), null);

        assertThat(indicator(w, "S.sop_cycle").cause()).isEqualTo(IndicatorChange.Cause.STATED);
        assertThat(w.changes().assessment().indicators().get("S.sop_cycle")).isEqualTo(Answer.of(1));
        assertThat(w.after().binding().binding()).containsExactly(Dimension.S);
        assertThat(w.after().binding().basis()).isEqualTo(BindingBasis.GATE);
        assertThat(w.nothingChanged()).isFalse();
    }

    @Test
    void aStatedValueEqualToTheAnswerChangesNothing() throws Exception {
        WhatIf w = whatIf(firm, List.of("S.sop_cycle=3"), List.of(), null);

        assertThat(indicator(w, "S.sop_cycle").changed()).isFalse();
        assertThat(w.nothingChanged()).isTrue();
    }

    @Test
    void aStatedKpiActualOrTargetReplacesOnlyThatValue() throws Exception {
        WhatIf actual = whatIf(firm, List.of("kpi.otif.actual=91"), List.of(), null);
        WhatIf target = whatIf(firm, List.of("kpi.otif.target=80"), List.of(), null);

        assertThat(actual.changes().assessment().kpis().get("otif")).isEqualTo(new KpiObservation("otif", 91, 90));
        assertThat(target.changes().assessment().kpis().get("otif")).isEqualTo(new KpiObservation("otif", 82, 80));
        assertThat(kpi(actual, "otif").stated()).isTrue();
        assertThat(kpi(target, "otif").stated()).isFalse();
    }

    @Test
    void aStatedContextValueIsComparedWithTheOneItReplaces() throws Exception {
        WhatIf w = whatIf(firm, List.of("context.demand_volatility=high"), List.of(), null);

        assertThat(w.changes().context()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("medium");
            assertThat(c.after()).isEqualTo("high");
        });
        assertThat(w.after().context().get("demand_volatility").value()).isEqualTo("high");
    }

    @Test
    void otherWeightsReplaceTheDefaultsAndCanMoveTheBindingConstraint() throws Exception {
        WhatIf w = whatIf(firm, List.of(), List.of(), "S=0.8,T=0.1,R=0.1");

        assertThat(w.after().weights().weights()).isEqualTo(new Weights(0.8, 0.1, 0.1));
        assertThat(w.after().weights().fromAssessment()).isTrue();
        assertThat(w.comparison().binding().after().binding()).containsExactly(Dimension.S);
        assertThat(w.comparison().binding().moved()).isTrue();
    }

    @Test
    void setImplementAndWeightsCombine() throws Exception {
        WhatIf w = whatIf(firm, List.of("R.trust=2"), List.of("transport-visibility-dashboard"), "S=0.4,T=0.3,R=0.3");

        assertThat(indicator(w, "R.trust").after()).isEqualTo(Answer.of(2));
        assertThat(indicator(w, "T.wms_tms_visibility").after()).isEqualTo(Answer.of(80));
        assertThat(w.after().weights().weights()).isEqualTo(new Weights(0.4, 0.3, 0.3));
    }

    @Test
    void anIndicatorMovesUpToWhatTheInterventionReaches() throws Exception {
        IndicatorChange c = indicator(whatIf(firm, List.of(), List.of("crm-erp-data-consistency"), null), "T.crm_erp_consistency");

        assertThat(c.cause()).isEqualTo(IndicatorChange.Cause.REACHED);
        assertThat(c.before()).isEqualTo(Answer.of(78));
        assertThat(c.after()).isEqualTo(Answer.of(97));
    }

    @Test
    void anIndicatorAlreadyBetterThanWhatTheInterventionReachesIsKept() throws Exception {
        Assessment better = firm.withIndicator("T.crm_erp_consistency", Answer.of(99));

        IndicatorChange c = indicator(whatIf(better, List.of(), List.of("crm-erp-data-consistency"), null), "T.crm_erp_consistency");

        assertThat(c.cause()).isEqualTo(IndicatorChange.Cause.KEPT);
        assertThat(c.after()).isEqualTo(Answer.of(99));
        assertThat(c.changed()).isFalse();
    }

    @Test
    void anUnansweredIndicatorIsAnsweredWithWhatTheInterventionReaches() throws Exception {
        Assessment unanswered = advisor.read(Path.of("examples", "illustrative-firm.yaml")).assessment();
        java.util.Map<String, Answer> without = new java.util.LinkedHashMap<>(unanswered.indicators());
        without.remove("R.shared_kpi_incentive");
        unanswered = new Assessment(firm.organization(), firm.assessedOn(), firm.context(), null, without, firm.kpis(), "x.yaml");

        IndicatorChange c = indicator(whatIf(unanswered, List.of(), List.of("shared-kpi-incentives"), null), "R.shared_kpi_incentive");

        assertThat(c.before()).isNull();
        assertThat(c.after()).isEqualTo(Answer.of(25));
    }

    @Test
    void aStatedValueWinsOverWhatAnImplementedInterventionReaches() throws Exception {
        IndicatorChange c = indicator(whatIf(firm, List.of("S.joint_promotion_review=50"), List.of("joint-promotion-review"), null),
                "S.joint_promotion_review");

        assertThat(c.cause()).isEqualTo(IndicatorChange.Cause.STATED);
        assertThat(c.after()).isEqualTo(Answer.of(50));
        assertThat(c.expected()).isEqualTo(Answer.of(90));
        assertThat(c.by()).containsExactly("joint-promotion-review");
    }

    @Test
    void oneInterventionMovesOtifByItsOwnRangeAndTwoAddTheirs() throws Exception {
        WhatIf.KpiMove one = kpi(whatIf(firm, List.of(), List.of("joint-promotion-review"), null), "otif");
        WhatIf.KpiMove two = kpi(whatIf(firm, List.of(), List.of("joint-promotion-review", "transport-visibility-dashboard"), null),
                "otif");

        assertThat(one.after().actual()).isEqualTo(84);
        assertThat(one.optimistic()).isEqualTo(85.5);
        assertThat(two.expected().low()).isEqualTo(4);
        assertThat(two.expected().high()).isEqualTo(7);
        assertThat(two.after().actual()).isEqualTo(86);
        assertThat(two.by()).containsExactly("joint-promotion-review", "transport-visibility-dashboard");
    }

    @Test
    void aKpiIsNeverMovedPastItsUnitsBound() throws Exception {
        Assessment nearlyPerfect = firm.withKpi(new KpiObservation("otif", 99, 99.5));

        WhatIf.KpiMove capped = kpi(whatIf(nearlyPerfect, List.of(), List.of("joint-promotion-review",
                "transport-visibility-dashboard"), null), "otif");
        WhatIf.KpiMove free = kpi(whatIf(firm, List.of(), List.of("joint-promotion-review"), null), "otif");

        assertThat(capped.after().actual()).isEqualTo(100);
        assertThat(capped.optimistic()).isEqualTo(100);
        assertThat(capped.capped()).isTrue();
        assertThat(free.capped()).isFalse();
    }

    @Test
    void aStatedKpiActualReplacesTheExpectedRange() throws Exception {
        WhatIf.KpiMove otif = kpi(whatIf(firm, List.of("kpi.otif.actual=85"), List.of("joint-promotion-review"), null), "otif");

        assertThat(otif.after().actual()).isEqualTo(85);
        assertThat(otif.stated()).isTrue();
        assertThat(otif.expected().low()).isEqualTo(2);
        assertThat(otif.optimistic()).isNull();
    }

    @Test
    void aRangeForAKpiTheAssessmentDoesNotReportIsNotApplied() throws Exception {
        java.util.Map<String, KpiObservation> withoutOtif = new java.util.LinkedHashMap<>(firm.kpis());
        withoutOtif.remove("otif");
        Assessment noOtif = new Assessment(firm.organization(), firm.assessedOn(), firm.context(), null, firm.indicators(),
                withoutOtif, "x.yaml");

        WhatIf.KpiMove otif = kpi(whatIf(noOtif, List.of(), List.of("joint-promotion-review"), null), "otif");

        assertThat(otif.unreported()).isTrue();
        assertThat(otif.changed()).isFalse();
        assertThat(noOtif.kpis()).doesNotContainKey("otif");
    }

    @Test
    void kpisImprovedWithoutAFigureAreNotMoved() throws Exception {
        WhatIf w = whatIf(firm, List.of(), List.of("transport-visibility-dashboard"), null);

        assertThat(w.changes().kpis()).extracting(k -> k.kpi().id()).containsExactly("otif");
        assertThat(w.changes().implemented().get(0).effect().alsoImproves()).contains("expedite_share", "service_complaints");
    }

    @Test
    void anInterventionWithoutAnExpectedEffectChangesNothingAndIsSaidToHaveNone() throws Exception {
        WhatIf w = whatIf(firm, List.of(), List.of("financial-reconciliation"), null);

        assertThat(w.changes().implemented()).singleElement().satisfies(i -> assertThat(i.effect()).isNull());
        assertThat(w.changes().changed()).isFalse();
        assertThat(w.comparison().changed()).isFalse();
    }

    @Test
    void anInterventionThatReachesValuesWithoutAKpiFigureMovesNoKpi() throws Exception {
        Assessment lowIncentive = firm.withIndicator("R.shared_kpi_incentive", Answer.of(5));

        WhatIf w = whatIf(lowIncentive, List.of(), List.of("shared-kpi-incentives"), null);

        assertThat(indicator(w, "R.shared_kpi_incentive").after()).isEqualTo(Answer.of(25));
        assertThat(w.changes().kpis()).isEmpty();
        assertThat(w.changes().implemented().get(0).effect().kpis()).isEmpty();
    }

    @Test
    void anInterventionAlreadyInPlaceBringsItsValuesButNoKpiGain() throws Exception {
        Assessment reviewing = firm.withIndicator("S.joint_promotion_review", Answer.of(85));

        WhatIf w = whatIf(reviewing, List.of(), List.of("joint-promotion-review"), null);

        assertThat(w.changes().implemented().get(0).inPlace()).isTrue();
        assertThat(indicator(w, "S.joint_promotion_review").after()).isEqualTo(Answer.of(90));
        assertThat(w.changes().kpis()).isEmpty();
        assertThat(whatIf(firm, List.of(), List.of("joint-promotion-review"), null).changes().implemented().get(0).inPlace())
                .isFalse();
    }

    @Test
    void aPrerequisiteNeitherImplementedNorInPlaceIsNamedWithItsRank() throws Exception {
        Assessment noCycle = firm.withIndicator("S.sop_cycle", Answer.of(1));

        WhatIf alone = whatIf(noCycle, List.of(), List.of("joint-promotion-review"), null);
        WhatIf together = whatIf(noCycle, List.of(), List.of("sop-cycle", "joint-promotion-review"), null);

        assertThat(alone.unmetPrerequisites()).singleElement().satisfies(p -> {
            assertThat(p.intervention().id()).isEqualTo("joint-promotion-review");
            assertThat(p.required().id()).isEqualTo("sop-cycle");
            assertThat(p.rank()).isNotNull();
        });
        assertThat(together.unmetPrerequisites()).extracting(p -> p.required().id()).doesNotContain("sop-cycle");
    }

    @Test
    void theAssessmentAskedAboutIsLeftAsItWas() throws Exception {
        Assessment asRead = advisor.read(Path.of("examples", "illustrative-firm.yaml")).assessment();

        WhatIf w = whatIf(asRead, List.of("kpi.otif.target=95", "context.demand_volatility=high"),
                List.of("joint-promotion-review"), "S=0.5,T=0.25,R=0.25");

        assertThat(asRead).isEqualTo(firm);
        assertThat(w.changes().assessment()).isNotEqualTo(firm);
        assertThat(w.changes().assessment().source()).isEqualTo(firm.source());
    }

    @Test
    void aScenarioStatesNothingUntilGivenSomething() {
        assertThat(Scenario.NONE.empty()).isTrue();
        assertThat(new Scenario(java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), List.of("sop-cycle"), null).empty())
                .isFalse();
    }
}
