package org.mliadvisor.batch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Cell text a spreadsheet would run as a formula gets a leading apostrophe; other text stays as it is. */
class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void textStartingLikeAFormulaIsMadeInert(String text) {
        assertThat(CellText.inert(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme", "Firm 1", "1=2", "O'Brien", " =x"})
    void otherTextIsLeftAsItIs(String text) {
        assertThat(CellText.inert(text)).isEqualTo(text);
    }
}
