package org.mliadvisor.source;

import java.util.List;
import java.util.Objects;

/**
 * A sheet of text cells read from a CSV or XLSX file: the first row is the header, blank rows are
 * left out, and every row has exactly as many cells as the header, so a cell can be taken by column.
 *
 * @param file the file's name as problems show it
 * @param rows the rows that hold at least one non-blank cell, header first
 */
public record Table(String file, List<Row> rows) {

    public Table {
        Objects.requireNonNull(file, "file");
        rows = List.copyOf(rows);
        int width = rows.isEmpty() ? 0 : rows.get(0).cells().size();
        for (Row row : rows) {
            if (row.cells().size() != width) {
                throw new IllegalArgumentException("row " + row.number() + " has " + row.cells().size()
                        + " cells, the header " + width);
            }
        }
    }

    /** How many columns the header has. */
    public int width() {
        return rows.isEmpty() ? 0 : rows.get(0).cells().size();
    }

    /**
     * One row of cells.
     *
     * @param number the row's number as a spreadsheet shows it (1-based, blank rows counted)
     */
    public record Row(int number, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in column {@code index} (0-based). */
        public Cell cell(int index) {
            return cells.get(index);
        }

        /** Whether every cell is blank. */
        public boolean isBlank() {
            return cells.stream().allMatch(Cell::isBlank);
        }
    }

    /**
     * One cell: its text as written (a whole number from a workbook without {@code .0}) and where it
     * stands, {@code file:row:column} with 1-based row and column as a spreadsheet shows them.
     */
    public record Cell(String text, SourceLocation location) {
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
        }

        public boolean isBlank() {
            return text.isBlank();
        }
    }
}
