package org.mliadvisor.batch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Table;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A firm table's header read into columns, and a row read into the assessment an assessment file would give. */
class FirmColumnsTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws InputException {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
    }

    private static Table.Row row(int number, List<String> texts) {
        List<Table.Cell> cells = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            cells.add(new Table.Cell(texts.get(c), new SourceLocation("t.csv", number, c + 1)));
        }
        return new Table.Row(number, cells);
    }

    @Test
    void aRowReadsToTheSameAssessmentAsTheAssessmentFileItTranscribes() throws InputException {
        Assessment file = new AssessmentLoader(kb).load(Path.of("examples/illustrative-firm.yaml"));
        List<String> header = new ArrayList<>(List.of("firm", "assessed_on"));
        List<String> values = new ArrayList<>(List.of(file.organization(), file.assessedOn().toString()));
        file.indicators().forEach((id, answer) -> {
            header.add(id);
            values.add(answer.number() == null ? (Boolean.TRUE.equals(answer.comparable()) ? "yes" : "no")
                    : answer.number().toString().replace('.', ','));
        });
        file.kpis().forEach((id, kpi) -> {
            header.add("kpi." + id + ".actual");
            values.add(Double.toString(kpi.actual()));
            header.add("kpi." + id + ".target");
            values.add(Double.toString(kpi.target()));
        });
        file.context().forEach((id, value) -> {
            header.add("context." + id);
            values.add(value);
        });
        Problems problems = new Problems();
        FirmColumns columns = FirmColumns.of(row(1, header), "t.csv", kb, problems);

        Assessment row = new AssessmentLoader(kb).load(columns.tree(row(2, values), LocalDate.of(2000, 1, 1), problems), "t.csv");

        assertThat(problems.all()).isEmpty();
        assertThat(row.organization()).isEqualTo(file.organization());
        assertThat(row.assessedOn()).isEqualTo(file.assessedOn());
        assertThat(row.indicators()).isEqualTo(file.indicators());
        assertThat(row.kpis()).isEqualTo(file.kpis());
        assertThat(row.context()).isEqualTo(file.context());
        assertThat(row.ownWeights()).isEmpty();
    }

    @Test
    void unknownAndRepeatedHeadingsAreProblemsAtTheirCellAndAreNotRead() {
        Problems problems = new Problems();

        FirmColumns columns = FirmColumns.of(row(1, List.of("firm", "S.sop_cycel", "weights.s", "kpi.otif.actual",
                "kpi.otif.actual")), "t.csv", kb, problems);

        assertThat(columns.columns()).containsOnlyKeys(0, 2, 3);
        assertThat(columns.columns().get(2).kind()).isEqualTo(FirmColumns.Kind.WEIGHT);
        assertThat(problems.all()).hasSize(2);
        assertThat(problems.all().get(0).toString()).startsWith("t.csv:1:2: S.sop_cycel: unknown column")
                .contains("did you mean", "S.sop_cycle");
        assertThat(problems.all().get(1).toString()).startsWith("t.csv:1:5:").contains("what column 4");
    }

    @Test
    void aHeaderWithoutAFirmColumnHasNoLayout() {
        Problems problems = new Problems();

        assertThat(FirmColumns.of(row(1, List.of("company", "S.sop_cycle")), "t.csv", kb, problems)).isNull();
        assertThat(problems.all()).anySatisfy(p -> assertThat(p.message()).contains("no column is headed `firm`"));
    }

    @Test
    void cellsAreTypedAsYamlWouldTypeThemWithADecimalComma() {
        assertThat(FirmColumns.typed("12")).isEqualTo(12L);
        assertThat(FirmColumns.typed("+12")).isEqualTo(12L);
        assertThat(FirmColumns.typed("3,5")).isEqualTo(3.5);
        assertThat(FirmColumns.typed("-0.25")).isEqualTo(-0.25);
        assertThat(FirmColumns.typed("Yes")).isEqualTo(true);
        assertThat(FirmColumns.typed("false")).isEqualTo(false);
        assertThat(FirmColumns.typed("about 3")).isEqualTo("about 3");
        assertThat(FirmColumns.typed("NaN")).isEqualTo("NaN");
    }

    @Test
    void fieldPathsAreNamedByTheirColumnHeadings() {
        assertThat(FirmColumns.heading("kpis.otif.actual")).isEqualTo("kpi.otif.actual");
        assertThat(FirmColumns.heading("indicators.S.sop_cycle")).isEqualTo("S.sop_cycle");
        assertThat(FirmColumns.heading("organization")).isEqualTo("firm");
        assertThat(FirmColumns.heading("context.demand_volatility")).isEqualTo("context.demand_volatility");
    }
}
