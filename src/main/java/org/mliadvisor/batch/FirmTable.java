package org.mliadvisor.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.knowledge.Dimension;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of {@code firms.csv} and {@code firms.xlsx}, one line per diagnosed firm: the index,
 * the dimensions, the binding constraint, the first actions, the consistency findings and, for a
 * surveyed firm, Cronbach's α per dimension.
 */
public final class FirmTable {

    /** The header line. */
    public static final List<String> HEADER = header();

    private FirmTable() {
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("row", "firm", "mli", "mli_partial"));
        for (Dimension d : Dimension.values()) {
            header.add(d.name());
        }
        header.addAll(List.of("binding", "basis", "margin", "joint"));
        for (int i = 1; i <= FirmResult.ACTIONS; i++) {
            header.add("action_" + i);
        }
        header.add("consistency_findings");
        for (Dimension d : Dimension.values()) {
            header.add("alpha_" + d.name());
        }
        return List.copyOf(header);
    }

    /** One cell of a line: a number the spreadsheet may compute with, or text made inert. */
    public record Cell(String text, boolean number) {
        static Cell of(Double value, int decimals) {
            return new Cell(value == null ? "" : Numbers.format(value, decimals), value != null);
        }

        static Cell text(String text) {
            return new Cell(CellText.inert(text), false);
        }

        /** The number this cell holds; only for a number cell. */
        public double value() {
            return Double.parseDouble(text);
        }
    }

    /** The cells of {@code firm}'s line, in {@link #HEADER}'s order. */
    public static List<Cell> line(FirmResult firm) {
        List<Cell> cells = new ArrayList<>(HEADER.size());
        cells.add(new Cell(Integer.toString(firm.row()), true));
        cells.add(Cell.text(firm.firm()));
        cells.add(Cell.of(firm.mli(), 4));
        cells.add(Cell.of(firm.mliPartial(), 4));
        for (Dimension d : Dimension.values()) {
            cells.add(Cell.of(firm.scores().get(d), 4));
        }
        cells.add(Cell.text(firm.binding()));
        cells.add(Cell.text(firm.basis()));
        cells.add(Cell.of(firm.margin(), 4));
        cells.add(Cell.text(Boolean.toString(firm.joint())));
        for (int i = 0; i < FirmResult.ACTIONS; i++) {
            cells.add(Cell.text(i < firm.actions().size() ? firm.actions().get(i) : ""));
        }
        cells.add(Cell.text(String.join("; ", firm.findings())));
        for (Dimension d : Dimension.values()) {
            cells.add(Cell.of(firm.alpha().get(d), 3));
        }
        return cells;
    }

    /** A CSV writer as both CSV outputs use it: UTF-8, comma, double quotes where needed, CRLF (RFC 4180). */
    static CsvWriter csv(OutputStream out) {
        return CsvWriter.builder().build(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    }
}
