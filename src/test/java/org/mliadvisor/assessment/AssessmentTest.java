package org.mliadvisor.assessment;

import org.junit.jupiter.api.Test;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Weights;
import org.mliadvisor.source.SourceLocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The changed copies of an assessment a what-if asks for keep everything they do not change. */
class AssessmentTest {

    private final Implementation dashboard = new Implementation("transport-visibility-dashboard", LocalDate.of(2026, 11, 2),
            new SourceLocation("firm.yaml", 3, 5));
    private final Assessment firm = new Assessment("Firm", LocalDate.of(2027, 1, 24), Map.of("demand_volatility", "medium"),
            null, Map.of("S.sop_cycle", Answer.of(3)), Map.of("otif", new KpiObservation("otif", 90, 90)), List.of(),
            List.of(dashboard), "firm.yaml", List.of());

    @Test
    void everyChangedCopyKeepsWhatTheFirmHasImplementedAndChangesOnlyWhatItSays() {
        List<Assessment> copies = List.of(firm.withIndicator("S.sop_cycle", Answer.of(4)),
                firm.withKpi(new KpiObservation("otif", 88, 90)), firm.withContext("demand_volatility", "high"),
                firm.withOwnWeights(Weights.of(Map.of(org.mliadvisor.knowledge.Dimension.S, 0.5,
                        org.mliadvisor.knowledge.Dimension.T, 0.25, org.mliadvisor.knowledge.Dimension.R, 0.25))));

        assertThat(copies).allSatisfy(copy -> {
            assertThat(copy.implemented()).containsExactly(dashboard);
            assertThat(copy.organization()).isEqualTo("Firm");
            assertThat(copy.assessedOn()).isEqualTo(firm.assessedOn());
        });
        assertThat(copies.get(0).indicators()).containsEntry("S.sop_cycle", Answer.of(4));
        assertThat(copies.get(1).kpis().get("otif").actual()).isEqualTo(88);
        assertThat(copies.get(2).context()).containsEntry("demand_volatility", "high");
        assertThat(firm.indicators()).containsEntry("S.sop_cycle", Answer.of(3));
        assertThat(firm.kpis().get("otif").actual()).isEqualTo(90);
    }
}
