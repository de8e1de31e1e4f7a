package org.mliadvisor.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Did you mean …?" hints: the closest known name within a small edit distance, whatever order the names come in. */
class SuggestionsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "otiff, otif",
            "OTIF, otif",
            "forecast_acuracy, forecast_accuracy",
            "S.sop_cycel, S.sop_cycle",
    })
    void aMisspeltNameGetsTheClosestKnownOne(String wrong, String meant) {
        assertThat(Suggestions.closest(wrong, List.of("otif", "forecast_accuracy", "S.sop_cycle", "inventory_days")))
                .contains(meant);
    }

    @Test
    void aNameFarFromEveryKnownOneGetsNoHint() {
        assertThat(Suggestions.closest("warehouse", List.of("otif", "forecast_accuracy"))).isEmpty();
        assertThat(Suggestions.hint("warehouse", List.of("otif"))).isEmpty();
    }

    @Test
    void equallyCloseNamesGiveTheFirstByNameInWhateverOrderTheyCome() {
        List<String> names = List.of("low", "mid", "lot");

        assertThat(Suggestions.closest("loq", names)).contains("lot");
        assertThat(Suggestions.closest("loq", new LinkedHashSet<>(List.of("low", "lot")))).contains("lot");
        assertThat(Suggestions.closest("loq", List.of("lot", "low"))).contains("lot");
        assertThat(Suggestions.hint("loq", names)).isEqualTo(" (did you mean `lot`?)");
    }
}
