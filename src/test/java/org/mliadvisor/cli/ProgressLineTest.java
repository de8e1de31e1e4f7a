package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch's progress line: rows, rate and time left on a terminal, nothing anywhere else. */
class ProgressLineTest {

    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void onATerminalItShowsRowsRateAndTimeLeftAndRedrawsAtMostFiveTimesASecond() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), true, now::get);
        line.update(1, 10_001); // the clock starts with the first row, after the knowledge base and rules are loaded

        now.addAndGet(2_000_000_000L); // 2 s for 1,000 more rows: 500 rows/s, 9,000 rows left take 18 s
        line.update(1_001, 10_001);
        String first = text.toString();
        now.addAndGet(100_000_000L);
        line.update(1_050, 10_001);

        assertThat(first).startsWith("\r\033[K").contains("1,001 rows of at most 10,001 (10%)", "500 rows/s",
                "about 0:18 left");
        assertThat(text.toString()).as("0.1 s later nothing is redrawn").isEqualTo(first);
        line.clear();
        assertThat(text.toString()).endsWith("\r\033[K");
    }

    @Test
    void inTheFirstSecondNothingIsDrawn() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), true, now::get);
        line.update(1, 10_000);

        now.addAndGet(900_000_000L);
        line.update(10, 10_000);

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void elsewhereItPrintsNothing() {
        ProgressLine line = new ProgressLine(new PrintWriter(text), false, now::get);
        line.update(1, 10_000);

        now.addAndGet(2_000_000_000L);
        line.update(1_000, 10_000);
        line.clear();

        assertThat(text.toString()).isEmpty();
    }
}
