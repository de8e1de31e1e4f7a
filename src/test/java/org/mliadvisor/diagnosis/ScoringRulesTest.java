package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mliadvisor.knowledge.Dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The rules of scoring.drl. */
class ScoringRulesTest {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KnowledgeBaseFixture.builtIn());

    private static Diagnosis diagnose(Firm firm) {
        return DIAGNOSTICIAN.diagnose(firm.assessment());
    }

    @Test
    void assessmentWeightsAreUsedWhenTheAssessmentSetsThem() {
        Diagnosis diagnosis = diagnose(Firm.firm().balanced().weights(0.2, 0.5, 0.3));

        assertThat(diagnosis.weights().fromAssessment()).isTrue();
        assertThat(diagnosis.weights().of(Dimension.T)).isEqualTo(0.5);
        assertThat(diagnosis.weights().reason().rule()).isEqualTo("scoring.assessment-weights");
        assertThat(diagnosis.dimensions().get(Dimension.T).weight()).isEqualTo(0.5);
    }

    @Test
    void defaultWeightsAreUsedWhenTheAssessmentSetsNone() {
        Diagnosis diagnosis = diagnose(Firm.firm().indicator("S.sop_cycle", 3));

        assertThat(diagnosis.weights().fromAssessment()).isFalse();
        assertThat(diagnosis.weights().weights()).isEqualTo(KnowledgeBaseFixture.builtIn().defaultWeights());
        assertThat(diagnosis.weights().reason().rule()).isEqualTo("scoring.default-weights");
    }

    @Test
    void theShippedDefaultWeightsAreExactlyEqualAndTheReportSaysSo() {
        Diagnosis diagnosis = diagnose(Firm.firm().indicator("S.sop_cycle", 3));

        assertThat(diagnosis.weights().of(Dimension.S)).isEqualTo(diagnosis.weights().of(Dimension.T))
                .isEqualTo(diagnosis.weights().of(Dimension.R)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(diagnosis.weights().reason().statement()).contains("S, T and R weigh the same");
        assertThat(diagnose(Firm.firm().weights(0.4, 0.3, 0.3)).weights().reason().statement()).doesNotContain("weigh the same");
    }

    @ParameterizedTest(name = "{0} = {1} scores {2}")
    @CsvSource({
        "S.sop_cycle, 0, 0.0",                    // maturity, linear 0..5
        "S.sop_cycle, 4, 0.8",
        "S.joint_promotion_review, 78, 0.78",     // percent, default linear
        "S.strategic_plan_alignment, 1, 0.0",     // Likert 1..5
        "S.strategic_plan_alignment, 4, 0.75",
        "T.crm_erp_consistency, 59.9, 0.0",       // bands: 0-60 scores 0
        "T.crm_erp_consistency, 60, 0.25",        // a band includes its lower bound
        "T.crm_erp_consistency, 100, 1.0",        // the last band includes its upper bound
        "R.shared_kpi_incentive, 10, 0.4",        // linear 0..25 (the seed's 20-30 % of variable pay)
        "R.shared_kpi_incentive, 30, 1.0",        // clamped at 1
        "R.exception_review_cadence, 2, 0.8",     // count per month, bands
    })
    void indicatorScoreFollowsTheIndicatorsScaleAndScoring(String indicator, double raw, double expected) {
        Diagnosis diagnosis = diagnose(Firm.firm().indicator(indicator, raw));

        IndicatorScore score = diagnosis.indicatorScores().get(0);
        assertThat(score.indicatorId()).isEqualTo(indicator);
        assertThat(score.score()).isCloseTo(expected, within(1e-9));
        assertThat(score.reason().rule()).isEqualTo("scoring.indicator-score");
        assertThat(score.reason().kb()).singleElement()
                .satisfies(at -> assertThat(at.fileAndLine()).startsWith("knowledge-base/indicators.yaml:"));
    }

    @Test
    void yesNoIndicatorScoresOneForYesAndZeroForNo() {
        assertThat(diagnose(Firm.firm().indicator("S.sop_cadence_fit", true)).indicatorScores().get(0).score()).isEqualTo(1.0);
        assertThat(diagnose(Firm.firm().indicator("S.sop_cadence_fit", false)).indicatorScores().get(0).score()).isEqualTo(0.0);
    }

    @Test
    void unansweredIndicatorsAreNeitherScoredNorCountedAsZero() {
        Diagnosis diagnosis = diagnose(Firm.firm().indicator("S.sop_cycle", 5).indicator("S.joint_promotion_review", 100)
                .indicator("S.cross_functional_team", 5));

        assertThat(diagnosis.indicatorScores()).hasSize(3);
        assertThat(diagnosis.dimensions().get(Dimension.S).score()).isEqualTo(1.0);
        assertThat(diagnosis.unanswered()).extracting(IndicatorDefinition::id).contains("S.sop_cadence_fit", "T.crm_erp_consistency")
                .hasSize(KnowledgeBaseFixture.builtIn().indicators().size() - 3);
    }

    @Test
    void dimensionIsScoredAsTheMeanOfItsAnsweredIndicatorsWhenEnoughAreAnswered() {
        DimensionScore s = diagnose(Firm.firm().indicator("S.sop_cycle", 1).indicator("S.joint_promotion_review", 60)
                .indicator("S.inventory_policy", true)).dimensions().get(Dimension.S);

        assertThat(s.sufficient()).isTrue();
        assertThat(s.score()).isCloseTo((0.2 + 0.6 + 1.0) / 3, within(1e-9));
        assertThat(s.answered()).isEqualTo(3);
        assertThat(s.total()).isEqualTo(8);
        assertThat(s.reason().rule()).isEqualTo("scoring.dimension-score");
    }

    @Test
    void dimensionWithFewerAnsweredIndicatorsThanTheMinimumHasInsufficientEvidence() {
        DimensionScore t = diagnose(Firm.firm().balanced().indicator("T.crm_erp_consistency", 0))
                .dimensions().get(Dimension.T);
        DimensionScore r = diagnose(Firm.firm().indicator("R.shared_kpi_incentive", 0).indicator("R.trust", 2))
                .dimensions().get(Dimension.R);

        assertThat(t.sufficient()).as("five answered is enough").isTrue();
        assertThat(r.sufficient()).isFalse();
        assertThat(r.score()).as("never silently scored 0").isNull();
        assertThat(r.answered()).isEqualTo(2);
        assertThat(r.reason().rule()).isEqualTo("scoring.dimension-insufficient");
        assertThat(r.reason().statement()).contains("insufficient evidence", "2 of 8", "at least 3");
    }

    @Test
    void mliIsTheWeightedSumWhenEveryDimensionIsScored() {
        Diagnosis diagnosis = diagnose(Firm.firm().balanced().indicator("S.sop_cycle", 5).indicator("S.joint_promotion_review", 100)
                .indicator("S.cross_functional_team", 5).indicator("S.npd_joint_process", 5).indicator("S.strategic_plan_alignment", 5)
                .weights(0.5, 0.25, 0.25));

        assertThat(diagnosis.mli().complete()).isTrue();
        assertThat(diagnosis.mli().value()).isCloseTo(0.5 * 1.0 + 0.25 * 0.5 + 0.25 * 0.5, within(1e-9));
        assertThat(diagnosis.mli().reason().rule()).isEqualTo("scoring.mli-complete");
    }

    @Test
    void mliIsRescaledOverScoredDimensionsAndMarkedIncompleteWhenOneLacksEvidence() {
        Diagnosis diagnosis = diagnose(Firm.firm().weights(0.4, 0.3, 0.3).indicator("S.sop_cycle", 5)
                .indicator("S.joint_promotion_review", 100).indicator("S.cross_functional_team", 5)
                .indicator("T.wms_tms_visibility", 0).indicator("T.sku_master_governance", 0).indicator("T.demand_signal_conversion", 0));

        assertThat(diagnosis.mli().complete()).isFalse();
        assertThat(diagnosis.mli().coveredWeight()).isCloseTo(0.7, within(1e-9));
        assertThat(diagnosis.mli().partial()).isCloseTo(0.4 / 0.7, within(1e-9));
        assertThat(diagnosis.mli().headline()).as("a partial index is never the headline").isNull();
        assertThat(diagnosis.mli().reason().rule()).isEqualTo("scoring.mli-partial");
    }

    @Test
    void mliIsUndeterminedWhenNoDimensionHasEnoughEvidence() {
        Diagnosis diagnosis = diagnose(Firm.firm().indicator("S.sop_cycle", 5).indicator("T.wms_tms_visibility", 10));

        assertThat(diagnosis.mli().value()).isNull();
        assertThat(diagnosis.mli().reason().rule()).isEqualTo("scoring.mli-undetermined");
    }
}
