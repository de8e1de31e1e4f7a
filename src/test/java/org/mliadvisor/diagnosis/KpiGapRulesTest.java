package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The rules of kpi-gaps.drl over the shipped KPIs: direction-aware gaps, relative to the target or to the target
 * failure rate, never below a KPI's floor, and their severity by the KPI's own bands or the method's (10 %, 30 %).
 */
class KpiGapRulesTest {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KnowledgeBaseFixture.builtIn());

    @ParameterizedTest(name = "{0}: {1} against {2} is {4}")
    @CsvSource({
        "otif, 90, 90, 0.0, ON_TARGET, kpi-gaps.on-target",
        "otif, 95, 90, -0.5, ON_TARGET, kpi-gaps.on-target",               // beyond target
        "otif, 89, 90, 0.1, MINOR, kpi-gaps.minor",                        // 11 % failing against 10 %
        "otif, 88, 90, 0.2, MODERATE, kpi-gaps.moderate",                  // OTIF's own moderate threshold itself
        "otif, 82, 90, 0.8, SEVERE, kpi-gaps.severe",                      // the seed's firm: 18 % failing against 10 %
        "otif, 85, 90, 0.5, SEVERE, kpi-gaps.severe",                      // OTIF's own severe threshold itself
        "otif, 99, 100, 1.0, SEVERE, kpi-gaps.severe",                     // a target of 100 % is measured against the floor
        "forecast_accuracy, 64, 80, 0.8, SEVERE, kpi-gaps.severe",
        "forecast_accuracy, 77, 80, 0.15, MODERATE, kpi-gaps.moderate",
        "inventory_days, 38, 40, -0.05, ON_TARGET, kpi-gaps.on-target",    // lower is better: below target is good
        "inventory_days, 41, 40, 0.025, MINOR, kpi-gaps.minor",
        "inventory_days, 48, 40, 0.2, MODERATE, kpi-gaps.moderate",
        "inventory_days, 52, 40, 0.3, SEVERE, kpi-gaps.severe",            // the method's severe threshold itself
        "transport_cost_per_unit, 1.08, 1.0, 0.08, MINOR, kpi-gaps.minor",
        "order_cycle_time, 6.6, 6, 0.1, MODERATE, kpi-gaps.moderate",      // 0.6 / 6 is 10 %, whatever floats make of it
        "inventory_days, 4.6, 4, 0.15, MODERATE, kpi-gaps.moderate",
        "expedite_share, 9, 5, 0.8, MODERATE, kpi-gaps.moderate",          // relative, with its own bands: below OTIF 82/90
        "stockout_rate, 2, 0, 2.0, SEVERE, kpi-gaps.severe",               // zero stockouts is a real target: against the floor
        "stockout_rate, 0, 0, 0.0, ON_TARGET, kpi-gaps.on-target",
        "service_complaints, 8, 0, 1.6, SEVERE, kpi-gaps.severe",          // floor 5 complaints a month
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
