package org.mliadvisor.benchmark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;

import java.io.IOException;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic firm table: one header, one row per firm, the same for the same seed. */
class FirmTableGeneratorTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws InputException {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
    }

    private static String table(long seed, long firms) throws IOException {
        StringWriter out = new StringWriter();
        new FirmTableGenerator(kb, seed).write(out, firms);
        return out.toString();
    }

    @Test
    void theSameSeedWritesTheSameTableAndAnotherSeedAnother() throws IOException {
        assertThat(table(1, 20)).isEqualTo(table(1, 20)).isNotEqualTo(table(2, 20));
    }

    @Test
    void everyRowHasOneCellPerHeadingAndTheHeaderNamesEveryIndicatorAndKpi() throws IOException {
        String[] lines = table(3, 50).split("\r\n");

        assertThat(lines).hasSize(51);
        int width = lines[0].split(",", -1).length;
        assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(width));
        assertThat(lines[0]).startsWith("firm,").contains(kb.indicators().keySet().iterator().next(), "kpi.otif.actual",
                "kpi.otif.target");
        assertThat(lines[1]).startsWith("Firm 1,");
    }
}
