package org.mliadvisor.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Spearman's ρ with its t-approximation p-value, checked against computations by hand. */
class SpearmanTest {

    /**
     * x = 1..5, y = (2, 1, 4, 3, 5): no ties, so the ranks are the values; d = (−1, 1, −1, 1, 0), Σd² = 4 and
     * ρ = 1 − 6·4 / (5·(25 − 1)) = 0.8. t = 0.8·√(3 / 0.36) = 2.309401 with 3 degrees of freedom, whose CDF has
     * the closed form 1/2 + (1/π)·(u/(1 + u²) + atan u) with u = t/√3 = 1.333333: 1/2 + (0.48 + 0.927295)/π
     * = 0.947956, so p = 2·(1 − 0.947956) = 0.104088 (R: cor.test(1:5, c(2,1,4,3,5), method = "spearman",
     * exact = FALSE) gives rho 0.8, p-value 0.1041).
     */
    @Test
    void rhoAndPValueOfASampleWithoutTiesEqualTheHandComputation() {
        Spearman s = Spearman.of(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5});

        assertThat(s.n()).isEqualTo(5);
        assertThat(s.rho()).isCloseTo(0.8, within(1e-12));
        assertThat(s.p()).isCloseTo(0.104088, within(1e-6));
    }

    /**
     * x = (10, 20, 20, 30, 40) ranks (1, 2.5, 2.5, 4, 5), the tie taking the mean of ranks 2 and 3; y = (1, 3, 2, 5, 4)
     * ranks as it is. Around the mean rank 3: dx = (−2, −0.5, −0.5, 1, 2), dy = (−2, 0, −1, 2, 1), Σdx·dy = 8.5,
     * Σdx² = 9.5, Σdy² = 10, so ρ = 8.5 / √95 = 0.872082 (with ties the 1 − 6Σd²/… shortcut no longer holds).
     * t = ρ·√(3 / (1 − ρ²)) = 3.086660; u = t/√3 = 1.782084, 1 + u² = 4.175823, so the CDF is
     * 1/2 + (0.426762 + atan 1.782084 = 1.059160)/π = 0.973073 and p = 0.053854.
     */
    @Test
    void tiedValuesTakeTheMeanOfTheirRanksAsInTheHandComputation() {
        Spearman s = Spearman.of(new double[] {10, 20, 20, 30, 40}, new double[] {1, 3, 2, 5, 4});

        assertThat(Spearman.ranks(new double[] {10, 20, 20, 30, 40})).containsExactly(1, 2.5, 2.5, 4, 5);
        assertThat(s.rho()).isCloseTo(8.5 / Math.sqrt(95), within(1e-12));
        assertThat(s.rho()).isCloseTo(0.872082, within(1e-6));
        assertThat(s.p()).isCloseTo(0.053854, within(1e-6));
    }

    @Test
    void aPerfectlyReversedOrderHasRhoMinusOneAndPZero() {
        Spearman s = Spearman.of(new double[] {1, 2, 3, 4}, new double[] {9, 7, 5, 1});

        assertThat(s.rho()).isEqualTo(-1.0);
        assertThat(s.p()).isZero();
    }

    @Test
    void fewerThanThreeCasesOrAConstantVariableLeaveRhoUndefined() {
        assertThat(Spearman.of(new double[] {1, 2}, new double[] {2, 1}).rho()).isNull();
        Spearman constant = Spearman.of(new double[] {1, 2, 3, 4}, new double[] {5, 5, 5, 5});
        assertThat(constant.rho()).isNull();
        assertThat(constant.p()).isNull();
        assertThat(constant.n()).isEqualTo(4);
    }

    @Test
    void casesMissingEitherFigureAreLeftOutPairwise() {
        DoubleColumn x = new DoubleColumn();
        DoubleColumn y = new DoubleColumn();
        double[][] cases = {{1, 2}, {2, 1}, {Double.NaN, 8}, {3, 4}, {4, 3}, {5, Double.NaN}, {5, 5}};
        for (int i = 0; i < cases.length; i++) {
            x.set(i, cases[i][0]);
            y.set(i, cases[i][1]);
        }

        Spearman s = Spearman.of(x, y);

        assertThat(s.n()).isEqualTo(5);
        assertThat(s.rho()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void negativeAndPositiveZeroAreOneTiedValue() {
        assertThat(Spearman.ranks(new double[] {-0.0, 1, 0.0, -1})).containsExactly(2.5, 4, 2.5, 1);
    }

    /** Seeded columns with many ties, complete and with gaps: ranking each complete column once gives what pairing them does. */
    @Test
    void completeColumnsRankedOnceGiveTheSameRhoAsThePairwiseComputation() {
        java.util.Random random = new java.util.Random(13);
        for (int sample = 0; sample < 20; sample++) {
            int n = 3 + random.nextInt(400);
            DoubleColumn x = new DoubleColumn();
            DoubleColumn y = new DoubleColumn();
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = random.nextInt(12) - 6; // few distinct values: ties everywhere
                if (a[i] == 0 && random.nextBoolean()) {
                    a[i] = -0.0; // as an attainment of −gap with no gap comes out
                }
                b[i] = Math.round(random.nextGaussian() * 30) / 10.0;
                x.set(i, a[i]);
                y.set(i, b[i]);
            }
            assertThat(x.complete()).isTrue();
            Spearman once = Spearman.of(x, y);
            Spearman pairwise = Spearman.of(a, b);
            assertThat(once).isEqualTo(pairwise);

            x.set(n, 1.0); // y has no figure for this firm: the pair is no longer complete and is paired case by case
            assertThat(x.complete()).isTrue();
            assertThat(Spearman.of(x, y)).isEqualTo(pairwise);
            y.set(n + 1, 2.0);
            assertThat(y.complete()).isFalse();
            assertThat(Spearman.of(x, y)).isEqualTo(pairwise);
        }
    }
}
