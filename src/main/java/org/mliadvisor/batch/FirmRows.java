package org.mliadvisor.batch;

import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Table;
import org.mliadvisor.source.TableStream;

import java.time.LocalDate;
import java.util.List;

/** A table with one row per firm, each row read as an assessment by the assessment loader. */
final class FirmRows implements FirmSource {

    private final TableStream table;
    private final FirmColumns columns;
    private final KnowledgeBase kb;
    private final LocalDate assessedOn;
    private final List<Problem> opening;

    /**
     * The firms of {@code table}, whose header was read into {@code opening}'s problems; {@code columns} is
     * {@code null} when the header is unusable, and then there is no firm.
     */
    FirmRows(TableStream table, FirmColumns columns, KnowledgeBase kb, LocalDate assessedOn, Problems opening) {
        this.table = table;
        this.columns = columns;
        this.kb = kb;
        this.assessedOn = assessedOn;
        this.opening = opening.all();
    }

    @Override
    public List<Problem> opening() {
        return opening;
    }

    @Override
    public String heading(int column) {
        return columns == null ? "" : columns.heading(column);
    }

    @Override
    public long expected() {
        return table.lines();
    }

    @Override
    public Firm next(Problems problems) throws InputException {
        Table.Row row = columns == null ? null : table.next(problems);
        if (row == null) {
            return null;
        }
        return new Firm(row.number(), found -> {
            if (columns.firm(row).isEmpty()) {
                found.error(new SourceLocation(table.file(), row.number(), 0), FirmColumns.FIRM,
                        "the firm's name is blank; every row needs one");
            }
            return new AssessmentLoader(kb).load(columns.tree(row, assessedOn, found), table.file());
        });
    }

    @Override
    public void close() {
        try {
            table.close();
        } catch (InputException ignored) {
            // every row was read, or the batch stopped for a reason of its own, which is the one to tell
        }
    }
}
