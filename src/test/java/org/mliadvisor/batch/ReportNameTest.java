package org.mliadvisor.batch;

import org.junit.jupiter.api.Test;
import org.mliadvisor.report.ReportFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** A per-firm report's file name: the row first, then the firm's letters and digits in any script. */
class ReportNameTest {

    @Test
    void lettersOfAnyScriptAreKeptAndEverythingElseIsOneDash() {
        assertThat(Batch.ReportName.of(2, "ООО «Акме» / Textiles", ReportFormat.HTML)).isEqualTo("000002-ооо-акме-textiles.html");
        assertThat(Batch.ReportName.of(1_234_567, "Chirchiq oʻram", ReportFormat.PDF)).isEqualTo("1234567-chirchiq-oʻram.pdf");
    }

    @Test
    void aNameWithoutLettersOrPathPartsCannotLeaveTheFolder() {
        assertThat(Batch.ReportName.of(7, "../../etc/passwd", ReportFormat.MARKDOWN)).isEqualTo("000007-etc-passwd.md");
        assertThat(Batch.ReportName.of(8, "=+-@", ReportFormat.JSON)).isEqualTo("000008.json");
    }

    @Test
    void aLongNameIsCutWithoutSplittingALetter() {
        String name = Batch.ReportName.of(3, "𝔸".repeat(100), ReportFormat.MARKDOWN);

        assertThat(name).startsWith("000003-").endsWith(".md");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(7 + 60 + 3);
    }
}
