package org.mliadvisor.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Text measured in the embedded DejaVu Sans, and labels wrapped by that measure. */
class TextWidthTest {

    @Test
    void widthIsTheSumOfTheFontsOwnAdvanceWidths() {
        // DejaVu Sans: 'M' advances 1767 and 'i' 569 of 2048 units per em; the bold 'M' 2038
        assertThat(TextWidth.of("M", 2048, false)).isCloseTo(1767, within(0.01));
        assertThat(TextWidth.of("Mi", 20.48, false)).isCloseTo(23.36, within(0.01));
        assertThat(TextWidth.of("M", 2048, true)).isCloseTo(2038, within(0.01));
        assertThat(TextWidth.of("M", 10, true)).isGreaterThan(TextWidth.of("M", 10, false));
    }

    @Test
    void cyrillicAndTheUzbekTurnedCommaAreMeasuredAsTheFontDrawsThemNotAsMissing() {
        double em = 10;
        assertThat(TextWidth.of("Ж", 2048, false)).isCloseTo(2206, within(0.01));
        assertThat(TextWidth.of("ʻ", 2048, false)).isCloseTo(651, within(0.01));
        assertThat(TextWidth.of("\u4E00", 10, false)).as("a letter the font lacks counts a full em").isEqualTo(em);
    }

    @Test
    void aLabelThatFitsStaysOnOneLine() {
        TextWidth.Lines lines = TextWidth.wrap("Forecast accuracy", 11, false, 200);

        assertThat(lines.lines()).containsExactly("Forecast accuracy");
        assertThat(lines.shortened()).isFalse();
    }

    @Test
    void aLongLabelIsBrokenAtSpacesIntoLinesNoneWiderThanTheWidth() {
        String label = "Доля заказов, доставленных вовремя и в полном объёме (OTIF), по всем каналам сбыта";

        TextWidth.Lines lines = TextWidth.wrap(label, 12, true, 150);

        assertThat(lines.count()).isGreaterThanOrEqualTo(3);
        assertThat(lines.lines()).allSatisfy(l -> assertThat(TextWidth.of(l, 12, true)).isLessThanOrEqualTo(150));
        assertThat(String.join(" ", lines.lines())).isEqualTo(label);
        assertThat(lines.shortened()).isFalse();
    }

    @Test
    void onlyAWordWiderThanTheWholeWidthIsShortenedWithAnEllipsis() {
        TextWidth.Lines lines = TextWidth.wrap("Ein Donaudampfschifffahrtsgesellschaftskapitän kommt", 10, false, 120);

        assertThat(lines.lines()).hasSize(3);
        assertThat(lines.lines().get(0)).isEqualTo("Ein");
        assertThat(lines.lines().get(1)).startsWith("Donaudampf").endsWith("…");
        assertThat(TextWidth.of(lines.lines().get(1), 10, false)).isLessThanOrEqualTo(120);
        assertThat(lines.lines().get(2)).isEqualTo("kommt");
        assertThat(lines.shortened()).isTrue();
    }
}
