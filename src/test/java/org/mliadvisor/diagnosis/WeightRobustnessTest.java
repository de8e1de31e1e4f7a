package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Weights;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** How far a firm's binding constraint holds as its weights move, computed exactly and checked against the rules. */
class WeightRobustnessTest {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KnowledgeBaseFixture.builtIn());
    private static final double THIRD = 1.0 / 3;
    private static final double MARGIN = 0.03; // method.yaml binding.near_tie_margin

    /**
     * A firm whose S, T and R indicators (the same ones {@link Firm#balanced()} answers) all score {@code s}, {@code t} and
     * {@code r}, so each dimension's score is that value; weighted equally.
     */
    private static Firm scoring(double s, double t, double r) {
        return Firm.firm().weights(THIRD, THIRD, THIRD)
                .indicator("S.sop_cycle", 5 * s).indicator("S.joint_promotion_review", 100 * s)
                .indicator("S.cross_functional_team", 5 * s).indicator("S.npd_joint_process", 5 * s)
                .indicator("S.strategic_plan_alignment", 1 + 4 * s)
                .indicator("T.wms_tms_visibility", 100 * t).indicator("T.sku_master_governance", 5 * t)
                .indicator("T.single_source_of_truth", 1 + 4 * t).indicator("T.demand_signal_conversion", 100 * t)
                .indicator("R.shared_kpi_incentive", 25 * r).indicator("R.root_cause_closure_rate", 100 * r)
                .indicator("R.shared_objectives", 1 + 4 * r).indicator("R.plan_discipline", 1 + 4 * r)
                .indicator("R.conflict_resolution", 5 * r);
    }

    /** The issue's firm: S 0.5, T 0.6, R 0.9 (above the 0.75 target, so R never binds). */
    private static Firm acceptanceFirm() {
        return scoring(0.5, 0.6, 0.9);
    }

    // S's shortfall per unit of weight is 0.5, T's 0.4. At equal weights S costs 0.5/3 and T 0.4/3: S leads by 0.1/3,
    // just over the 0.03 margin. The cheapest way to close that lead is to move weight x from S to T (a move to or from R
    // changes only one of the two shortfalls): 0.5·(1/3 − x) − 0.4·(1/3 + x) = 0.03 at x = (0.1/3 − 0.03) / 0.9.
    private static final double TO_NEAR_TIE = (0.1 / 3 - MARGIN) / 0.9;

    @Test
    void theIssuesFirmHasTheScoresItsArithmeticAssumes() {
        Diagnosis diagnosis = DIAGNOSTICIAN.diagnose(acceptanceFirm().assessment());

        assertThat(diagnosis.dimensions().get(Dimension.S).score()).isCloseTo(0.5, within(1e-9));
        assertThat(diagnosis.dimensions().get(Dimension.T).score()).isCloseTo(0.6, within(1e-9));
        assertThat(diagnosis.dimensions().get(Dimension.R).score()).isCloseTo(0.9, within(1e-9));
        assertThat(diagnosis.binding().basis()).isEqualTo(BindingBasis.SHORTFALL);
    }

    /**
     * Without KPI reports a near-tie cannot be broken, so as weight moves from S to T the firm first enters the joint
     * band where S's lead is down to the margin: S alone flips to S+T there, not to T at wS·aS = wT·aT.
     */
    @Test
    void leaderFlipsToAJointConstraintWhereItsLeadShrinksToTheNearTieMargin() {
        WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, acceptanceFirm().assessment());

        assertThat(robustness.binding()).isEqualTo("S");
        assertThat(robustness.flipsTo()).isEqualTo("S+T");
        assertThat(robustness.stableWithin()).isCloseTo(2 * TO_NEAR_TIE, within(1e-9));
        assertThat(robustness.at().s()).isCloseTo(THIRD - TO_NEAR_TIE, within(1e-9));
        assertThat(robustness.at().t()).isCloseTo(THIRD + TO_NEAR_TIE, within(1e-9));
        assertThat(robustness.at().r()).isCloseTo(THIRD, within(1e-9));
        assertThat(robustness.sentence())
                .isEqualTo("S stays binding unless T's weight rises above 0.337 (from 0.333) at S's expense; then S and T bind jointly.");
        assertConfirmedByTheDiagnostician(acceptanceFirm().assessment(), robustness);
    }

    /** KPI evidence that clearly points at T hands T the near-tie outright: the flip is at the same point, to T alone. */
    @Test
    void kpiEvidenceForTheChallengerMakesTheFlipGoStraightToIt() {
        Assessment firm = acceptanceFirm().kpi("stockout_rate", 4, 4).kpi("transport_cost_per_unit", 1.5, 1.0)
                .kpi("service_complaints", 30, 10).assessment();

        WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, firm);

        assertThat(robustness.binding()).isEqualTo("S");
        assertThat(robustness.flipsTo()).isEqualTo("T");
        assertThat(robustness.stableWithin()).isCloseTo(2 * TO_NEAR_TIE, within(1e-9));
        assertConfirmedByTheDiagnostician(firm, robustness);
    }

    /**
     * KPI evidence that clearly points at S keeps S binding through the whole near-tie band, on both sides of
     * wS·aS = wT·aT: T takes over only once it leads by more than the margin, 0.4·(1/3 + x) − 0.5·(1/3 − x) = 0.03.
     */
    @Test
    void kpiEvidenceForTheLeaderHoldsItUntilTheChallengerLeadsByTheMargin() {
        Assessment firm = acceptanceFirm().kpi("stockout_rate", 8, 2).kpi("transport_cost_per_unit", 1.02, 1.0).assessment();
        double x = (MARGIN + 0.1 / 3) / 0.9;

        WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, firm);

        assertThat(robustness.binding()).isEqualTo("S");
        assertThat(robustness.flipsTo()).isEqualTo("T");
        assertThat(robustness.stableWithin()).isCloseTo(2 * x, within(1e-9));
        assertThat(robustness.at().t()).isCloseTo(THIRD + x, within(1e-9));
        assertConfirmedByTheDiagnostician(firm, robustness);
    }

    @Test
    void aGateThatDecidesLeavesNoWeightThatChangesTheBinding() {
        Assessment firm = Firm.firm().balanced().indicator("T.crm_erp_consistency", 50).assessment();

        WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, firm);

        assertThat(robustness.binding()).isEqualTo("T");
        assertThat(robustness.flips()).isFalse();
        assertThat(robustness.stableWithin()).isNull();
        assertThat(robustness.flipsTo()).isNull();
        assertThat(robustness.at()).isNull();
        assertThat(robustness.compared()).as("a gate reads no weight").isEmpty();
        assertThat(robustness.cells()).isEqualTo(1);
        assertThat(robustness.regions()).singleElement().satisfies(r -> {
            assertThat(r.binding()).isEqualTo("T");
            assertThat(r.polygon()).containsExactlyInAnyOrder(new Weights(1, 0, 0), new Weights(0, 1, 0), new Weights(0, 0, 1));
        });
        assertThat(robustness.sentence()).isEqualTo("T stays binding whatever the weights.");
    }

    /** On the edge of the joint band (S leads T by exactly the margin) the slightest shift towards S makes S bind alone. */
    @Test
    void firmOnABoundaryIsStableWithinNothing() {
        Assessment firm = acceptanceFirm().weights(0.3, 0.3, 0.4).assessment(); // 0.5·0.3 − 0.4·0.3 = 0.03

        WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, firm);

        assertThat(robustness.binding()).isEqualTo("S+T");
        assertThat(robustness.stableWithin()).isZero();
        assertThat(robustness.flipsTo()).isEqualTo("S");
        assertThat(robustness.at()).isEqualTo(new Weights(0.3, 0.3, 0.4));
        assertThat(robustness.sentence()).isEqualTo("S and T stay jointly binding only at exactly these weights: the "
                + "slightest change of them can tip it; then S binds.");
    }

    /**
     * A dimension alone below its target binds at any weight but none: weighted 0 it costs nothing, and a firm whose only
     * shortfall costs nothing has nothing binding. The nearest such weights take all of S's weight away, 2/3 in L1.
     */
    @Test
    void loneDimensionBelowTargetBindsUntilItsWeightIsGone() {
        Assessment firm = scoring(0.5, 0.8, 0.9).assessment();

        WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, firm);

        assertThat(robustness.binding()).isEqualTo("S");
        assertThat(robustness.flipsTo()).isEqualTo("none");
        assertThat(robustness.stableWithin()).isCloseTo(2 * THIRD, within(1e-9));
        assertThat(robustness.at().s()).isZero();
        assertThat(robustness.sentence()).startsWith("S stays binding unless").contains("at S's expense")
                .endsWith("then nothing binds.");
    }

    @Test
    void firmWithoutWeightsOfItsOwnIsMeasuredFromTheKnowledgeBasesDefaults() {
        Assessment firm = new Assessment("Test Firm", java.time.LocalDate.of(2026, 11, 1), java.util.Map.of(), null,
                acceptanceFirm().assessment().indicators(), java.util.Map.of(), "test");

        WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, firm);

        assertThat(robustness.weights()).isEqualTo(KnowledgeBaseFixture.builtIn().defaultWeights());
        assertThat(robustness.flipsTo()).isEqualTo("S+T");
        assertThat(robustness.stableWithin()).as("the defaults, written 0.3333, are a third each")
                .isCloseTo(2 * TO_NEAR_TIE, within(1e-9));
    }

    @Test
    void regionsOfTheIssuesFirmAreItsLabelsWhereverTheDiagnosticianIsAsked() {
        Assessment firm = acceptanceFirm().assessment();

        WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, firm);

        assertThat(robustness.compared()).as("R is above its target, so its weight is never compared")
                .containsOnlyKeys(Dimension.S, Dimension.T);
        assertThat(robustness.boundaries()).hasSize(3);
        assertThat(robustness.cells()).as("three parallel lines cut the triangle in four").isEqualTo(4);
        assertThat(robustness.regions()).extracting(WeightRobustness.Region::binding).containsExactlyInAnyOrder("S", "S+T", "T");
        assertThat(regionAt(robustness, 0.5, 0.45, 0.05)).as("0.25 against 0.18: S leads by more than the margin").isEqualTo("S");
        assertThat(regionAt(robustness, 0.05, 0.5, 0.45)).as("0.025 against 0.2: T leads by more than the margin").isEqualTo("T");
        assertThat(regionAt(robustness, 0.45, 0.5, 0.05)).as("0.225 against 0.2: within the margin").isEqualTo("S+T");
        assertThat(totalShare(robustness)).as("the regions cover the triangle once").isCloseTo(1, within(1e-9));
    }

    @Test
    void withoutRegionsTheFlipIsTheSameAndNoRegionIsDrawn() {
        Assessment firm = acceptanceFirm().kpi("stockout_rate", 4, 4).kpi("transport_cost_per_unit", 1.5, 1.0).assessment();
        Diagnosis base = DIAGNOSTICIAN.diagnose(firm);

        WeightRobustness full = WeightRobustness.of(DIAGNOSTICIAN, firm, base, true);
        WeightRobustness flipOnly = WeightRobustness.of(DIAGNOSTICIAN, firm, base, false);

        assertThat(full.regions()).isNotEmpty();
        assertThat(flipOnly.regions()).isEmpty();
        assertThat(flipOnly.stableWithin()).isEqualTo(full.stableWithin());
        assertThat(flipOnly.flipsTo()).isEqualTo(full.flipsTo());
        assertThat(flipOnly.at()).isEqualTo(full.at());
        assertThat(flipOnly.cells()).isEqualTo(full.cells());
    }

    @Test
    void aFlipMustChangeTheLabel() {
        Weights w = new Weights(0.5, 0.25, 0.25);

        assertThatThrownBy(() -> new WeightRobustness("S", w, 0.1, "S", w, List.of(), Map.of(), 0.03, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("change of label");
        assertThatThrownBy(() -> new WeightRobustness("S", w, 0.1, null, null, List.of(), Map.of(), 0.03, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("or none of them");
    }

    /** On seeded random firms, every point of a fine grid inside a region has that region's label from the diagnostician. */
    @Test
    void regionsAgreeWithTheDiagnosticianOnAFineGrid() {
        Random random = new Random(20261202L);
        for (int i = 0; i < 6; i++) {
            Firm firm = scoring(0.25 + 0.45 * random.nextDouble(), 0.25 + 0.45 * random.nextDouble(),
                    0.25 + 0.45 * random.nextDouble());
            if (i % 3 == 1) { // KPI evidence that points at T
                firm.kpi("stockout_rate", 4, 4).kpi("transport_cost_per_unit", 1.5, 1.0).kpi("service_complaints", 30, 10);
            } else if (i % 3 == 2) { // KPI evidence that points at S
                firm.kpi("stockout_rate", 8, 2).kpi("transport_cost_per_unit", 1.02, 1.0);
            }
            Assessment assessment = firm.assessment();
            WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, assessment);
            int n = 25;
            int checked = 0;
            for (int a = 0; a <= n; a++) {
                for (int b = 0; a + b <= n; b++) {
                    double s = (double) a / n;
                    double t = (double) b / n;
                    String region = regionAt(robustness, s, t, 1 - s - t);
                    if (region != null) {
                        assertThat(WeightRobustness.labelAt(DIAGNOSTICIAN, assessment, new Weights(s, t, 1 - s - t)))
                                .as("firm %d at (%s, %s)", i, s, t).isEqualTo(region);
                        checked++;
                    }
                }
            }
            assertThat(checked).as("firm %d: most grid points inside the triangle lie inside a region", i).isGreaterThan(200);
            assertThat(totalShare(robustness)).isCloseTo(1, within(1e-9));
        }
    }

    /** The label of the region {@code (s, t, r)} lies strictly inside, or {@code null} on a region's border. */
    private static String regionAt(WeightRobustness robustness, double s, double t, double r) {
        String found = null;
        for (WeightRobustness.Region region : robustness.regions()) {
            Boolean inside = inside(region.polygon(), s, t);
            if (inside == null) {
                return null;
            }
            if (inside) {
                assertThat(found).as("(%s, %s, %s) lies in one region only", s, t, r).isNull();
                found = region.binding();
            }
        }
        return found;
    }

    /** Whether (s, t) is inside the polygon (seen with S right and T up) by ray casting; {@code null} within 1e-7 of it. */
    private static Boolean inside(java.util.List<Weights> polygon, double s, double t) {
        boolean inside = false;
        for (int i = 0; i < polygon.size(); i++) {
            Weights a = polygon.get(i);
            Weights b = polygon.get((i + 1) % polygon.size());
            double length = Math.hypot(b.s() - a.s(), b.t() - a.t());
            double along = ((s - a.s()) * (b.s() - a.s()) + (t - a.t()) * (b.t() - a.t())) / (length * length);
            double off = ((b.s() - a.s()) * (t - a.t()) - (b.t() - a.t()) * (s - a.s())) / length;
            if (Math.abs(off) < 1e-7 && along > -1e-7 && along < 1 + 1e-7) {
                return null;
            }
            if ((a.t() > t) != (b.t() > t) && s < a.s() + (t - a.t()) * (b.s() - a.s()) / (b.t() - a.t())) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static double totalShare(WeightRobustness robustness) {
        return robustness.regions().stream().mapToDouble(WeightRobustness.Region::share).sum();
    }

    /**
     * On seeded random firms, no point of a fine grid flips nearer than the exact answer (less the grid's resolution),
     * and the grid finds a flip not much further away either.
     */
    @Test
    void exactFlipIsNoFartherThanAFineGridsNearestFlipAndTheDiagnosticianConfirmsIt() {
        Random random = new Random(20261101L);
        for (int i = 0; i < 4; i++) {
            Firm firm = scoring(0.25 + 0.45 * random.nextDouble(), 0.25 + 0.45 * random.nextDouble(),
                    0.25 + 0.45 * random.nextDouble());
            double[] w = {0.15 + random.nextDouble(), 0.15 + random.nextDouble(), 0.15 + random.nextDouble()};
            double sum = w[0] + w[1] + w[2];
            firm.weights(w[0] / sum, w[1] / sum, 1 - w[0] / sum - w[1] / sum);
            if (i % 2 == 1) {
                firm.kpi("stockout_rate", 4, 4).kpi("transport_cost_per_unit", 1.5, 1.0).kpi("service_complaints", 30, 10);
            }
            Assessment assessment = firm.assessment();

            WeightRobustness robustness = WeightRobustness.of(DIAGNOSTICIAN, assessment);
            double grid = nearestFlipOnGrid(assessment, robustness, 0.01);

            assertThat(robustness.flips()).as("firm %d", i).isTrue();
            assertThat(grid).as("firm %d: grid against exact %s", i, robustness)
                    .isGreaterThanOrEqualTo(robustness.stableWithin() - 0.01)
                    .isLessThanOrEqualTo(robustness.stableWithin() + 0.05);
            assertConfirmedByTheDiagnostician(assessment, robustness);
        }
    }

    /** The L1 distance from the firm's weights to the nearest point of a grid of {@code step} with another label. */
    private static double nearestFlipOnGrid(Assessment assessment, WeightRobustness robustness, double step) {
        int n = (int) Math.round(1 / step);
        Weights w0 = robustness.weights();
        java.util.List<double[]> points = new java.util.ArrayList<>();
        for (int i = 0; i <= n; i++) {
            for (int j = 0; i + j <= n; j++) {
                double[] w = {(double) i / n, (double) j / n, (double) (n - i - j) / n};
                points.add(new double[] {w[0], w[1], w[2], Math.abs(w[0] - w0.s()) + Math.abs(w[1] - w0.t())
                        + Math.abs(w[2] - w0.r())});
            }
        }
        points.sort(java.util.Comparator.comparingDouble(p -> p[3]));
        for (double[] p : points) {
            if (!WeightRobustness.labelAt(DIAGNOSTICIAN, assessment, new Weights(p[0], p[1], p[2]))
                    .equals(robustness.binding())) {
                return p[3];
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The flip point's label is the firm's on the near side and the flip's just past it, moving straight on. */
    private static void assertConfirmedByTheDiagnostician(Assessment assessment, WeightRobustness robustness) {
        Weights w0 = robustness.weights();
        Weights at = robustness.at();
        double[] d = {at.s() - w0.s(), at.t() - w0.t(), at.r() - w0.r()};
        double length = Math.abs(d[0]) + Math.abs(d[1]) + Math.abs(d[2]);
        double e = 1e-6 / length;
        Weights before = new Weights(at.s() - e * d[0], at.t() - e * d[1], at.r() - e * d[2]);
        Weights after = new Weights(at.s() + e * d[0], at.t() + e * d[1], at.r() + e * d[2]);

        assertThat(WeightRobustness.labelAt(DIAGNOSTICIAN, assessment, before)).isEqualTo(robustness.binding());
        assertThat(WeightRobustness.labelAt(DIAGNOSTICIAN, assessment, after)).isEqualTo(robustness.flipsTo());
    }
}
