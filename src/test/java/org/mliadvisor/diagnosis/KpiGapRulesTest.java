package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The rules of kpi-gaps.drl: direction-aware relative gaps and their severity (moderate from 5 %, severe from 15 %). */
class KpiGapRulesTest {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KnowledgeBaseFixture.builtIn());

    @ParameterizedTest(name = "{0}: {1} against {2} is {4}")
    @CsvSource({
        "otif, 90, 90, 0.0, ON_TARGET, kpi-gaps.on-target",
        "otif, 95, 90, -0.0555556, ON_TARGET, kpi-gaps.on-target",        // beyond target
        "otif, 88, 90, 0.0222222, MINOR, kpi-gaps.minor",
        "otif, 95, 100, 0.05, MODERATE, kpi-gaps.moderate",              // the moderate threshold itself
        "otif, 82, 90, 0.0888889, MODERATE, kpi-gaps.moderate",          // the seed's illustrative firm
        "otif, 85, 100, 0.15, SEVERE, kpi-gaps.severe",                  // the severe threshold itself
        "forecast_accuracy, 64, 80, 0.2, SEVERE, kpi-gaps.severe",
        "inventory_days, 38, 40, -0.05, ON_TARGET, kpi-gaps.on-target",  // lower is better: below target is good
        "inventory_days, 41, 40, 0.025, MINOR, kpi-gaps.minor",
        "inventory_days, 48, 40, 0.2, SEVERE, kpi-gaps.severe",
        "transport_cost_per_unit, 1.08, 1.0, 0.08, MODERATE, kpi-gaps.moderate",
        "order_cycle_time, 6.3, 6, 0.05, MODERATE, kpi-gaps.moderate",      // 0.3 / 6 is 5 %, whatever floats make of it
        "inventory_days, 4.6, 4, 0.15, SEVERE, kpi-gaps.severe",
        "inventory_days, 6.6, 6, 0.1, MODERATE, kpi-gaps.moderate",
    })
    void gapIsDirectionAwareRelativeToTargetWithASeverity(String kpi, double actual, double target, double gap,
                                                         GapSeverity severity, String rule) {
        Diagnosis diagnosis = DIAGNOSTICIAN.diagnose(Firm.firm().kpi(kpi, actual, target).assessment());

        assertThat(diagnosis.kpiGaps()).singleElement().satisfies(g -> {
            assertThat(g.kpiId()).isEqualTo(kpi);
            assertThat(g.gap()).isCloseTo(gap, within(1e-6));
            assertThat(g.severity()).isEqualTo(severity);
            assertThat(g.reason().rule()).isEqualTo(rule);
            assertThat(g.reason().kb()).extracting(at -> at.file())
                    .containsExactly("knowledge-base/kpis.yaml", "knowledge-base/method.yaml");
        });
    }

    @Test
    void unreportedKpisHaveNoGap() {
        assertThat(DIAGNOSTICIAN.diagnose(Firm.firm().balanced().assessment()).kpiGaps()).isEmpty();
    }

    @Test
    void gapsFollowTheKnowledgeBaseOrderOfKpis() {
        Diagnosis diagnosis = DIAGNOSTICIAN.diagnose(Firm.firm().kpi("expedite_share", 10, 5).kpi("otif", 82, 90).assessment());

        assertThat(diagnosis.kpiGaps()).extracting(KpiGap::kpiId).containsExactly("otif", "expedite_share");
    }
}
