package org.mliadvisor.batch;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code firms.xlsx}: the lines of {@code firms.csv} as a worksheet, numbers as numbers, text as inline
 * strings (no shared-string table growing with the firms) made inert as in the CSV, written to its
 * stream every {@value #FLUSH_ROWS} rows so memory stays bounded.
 */
final class FirmWorkbook {

    /** A worksheet holds 1,048,576 rows; the header takes one. */
    static final int MAX_FIRMS = 1_048_575;

    private static final int FLUSH_ROWS = 1_000;

    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    FirmWorkbook(OutputStream out) {
        this.out = new java.io.BufferedOutputStream(out, 1 << 16);
        workbook = new Workbook(this.out, "MLI Advisor", null);
        sheet = workbook.newWorksheet("firms");
        List<String> header = FirmTable.HEADER;
        for (int c = 0; c < header.size(); c++) {
            sheet.inlineString(0, c, header.get(c));
        }
        sheet.freezePane(0, 1);
    }

    /** Adds a firm's line; false, adding nothing, when the sheet is full. */
    boolean add(List<FirmTable.Cell> cells) throws IOException {
        if (row >= MAX_FIRMS) {
            return false;
        }
        row++;
        for (int c = 0; c < cells.size(); c++) {
            FirmTable.Cell cell = cells.get(c);
            if (cell.text().isEmpty()) {
                continue;
            }
            if (cell.number()) {
                sheet.value(row, c, cell.value());
            } else {
                sheet.inlineString(row, c, cell.text());
            }
        }
        if (row % FLUSH_ROWS == 0) {
            sheet.flush();
        }
        return true;
    }

    /** Writes what remains and the workbook's closing parts. */
    void finish() throws IOException {
        sheet.finish();
        workbook.finish();
        out.flush();
    }
}
