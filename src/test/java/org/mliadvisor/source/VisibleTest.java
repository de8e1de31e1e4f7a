package org.mliadvisor.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Control characters made visible. */
class VisibleTest {

    @Test
    void everyC0AndC1ControlAndDelShowsAsAnEscape() {
        assertThat(Visible.controls("a\u001B]0;t\u0007b\u0000c\u007Fd\u0085e\u009Bf\n\t\r"))
                .isEqualTo("a\\u001B]0;t\\u0007b\\u0000c\\u007Fd\\u0085e\\u009Bf\\u000A\\u0009\\u000D");
    }

    @Test
    void layoutKeepsLineFeedsAndTabsOnly() {
        assertThat(Visible.controlsExceptLayout("a\n\tb\r\u001B")).isEqualTo("a\n\tb\\u000D\\u001B");
    }

    @Test
    void printableTextIsReturnedAsItIs() {
        String text = "Завод «Ёлка» — Çelik, 82 % ≥ 80";
        assertThat(Visible.controls(text)).isSameAs(text);
    }
}
