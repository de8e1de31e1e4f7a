package org.mliadvisor.batch;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.survey.SurveyFile;
import org.mliadvisor.assessment.survey.SurveyResponses;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.SurveyItem;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Table;
import org.mliadvisor.source.TableStream;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A survey export with one row per respondent and a {@code firm} column: each firm's consecutive rows
 * are its respondents, read by the survey import ({@link SurveyFile}) as an export of that firm alone,
 * and the firm is diagnosed on its survey. Rows stream, so a firm's respondents must stand together
 * (an export sorted by firm); a firm met again after another is refused at its later rows.
 */
final class SurveyRows implements FirmSource {

    /** The most respondents one firm may have, so one firm cannot hold the whole file in memory. */
    static final int MAX_RESPONDENTS = 10_000;

    private final TableStream table;
    private final int firmColumn;
    private final SurveyFile survey;
    private final LocalDate assessedOn;
    private final List<Problem> opening;
    private final Table.Row header;
    /** Each firm already read, with the rows it was read from, to refuse it when it comes again. */
    private final Map<String, String> done = new HashMap<>();
    private Table.Row ahead;
    private Problems aheadProblems = new Problems();

    private SurveyRows(TableStream table, int firmColumn, KnowledgeBase kb, LocalDate assessedOn, Problems opening) {
        this.table = table;
        this.firmColumn = firmColumn;
        this.survey = new SurveyFile(kb.items().stream().map(SurveyItem::id).collect(Collectors.toSet()),
                kb.survey().scalePoints());
        this.assessedOn = assessedOn;
        this.opening = opening.all();
        this.header = withoutFirm(table.header());
    }

    /** Whether {@code header} is a survey export's: it has a {@code respondent} column. */
    static boolean isSurvey(Table.Row header) {
        return header != null && header.cells().stream().anyMatch(c -> c.text().strip().equalsIgnoreCase("respondent"));
    }

    /** The firms of the survey export {@code table}; its header's problems go to {@code opening}. */
    static SurveyRows of(TableStream table, KnowledgeBase kb, LocalDate assessedOn, Problems opening) {
        int firm = -1;
        List<Table.Cell> cells = table.header().cells();
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).text().strip().equalsIgnoreCase(FirmColumns.FIRM)) {
                firm = c;
            }
        }
        if (firm < 0) {
            opening.error(new SourceLocation(table.file(), table.header().number(), 1), FirmColumns.FIRM,
                    "no column is headed `firm`; a survey export of many firms names each respondent's firm in it");
        }
        if (kb.items().isEmpty()) {
            opening.error(SourceLocation.ofFile(table.file()), "", "the knowledge base has no survey items (items.yaml),"
                    + " so there is nothing for respondents to answer");
        }
        return new SurveyRows(table, opening.hasErrors() ? -1 : firm, kb, assessedOn, opening);
    }

    @Override
    public List<Problem> opening() {
        return opening;
    }

    @Override
    public String heading(int column) {
        List<Table.Cell> cells = table.header().cells();
        return column >= 1 && column <= cells.size() ? cells.get(column - 1).text().strip() : "";
    }

    @Override
    public long expected() {
        return table.lines();
    }

    @Override
    public Firm next(Problems problems) throws InputException {
        if (firmColumn < 0) {
            return null;
        }
        if (ahead == null) {
            ahead = table.next(aheadProblems);
            if (ahead == null) {
                return null;
            }
        }
        String firm = ahead.cell(firmColumn).text().strip();
        List<Table.Row> rows = new ArrayList<>();
        int first = ahead.number();
        int last = first;
        while (ahead != null && ahead.cell(firmColumn).text().strip().equals(firm)) {
            if (rows.size() < MAX_RESPONDENTS) {
                rows.add(withoutFirm(ahead));
            } else if (rows.size() == MAX_RESPONDENTS) {
                problems.error(ahead.cell(firmColumn).location(), FirmColumns.FIRM, "firm `" + firm + "` has more than "
                        + MAX_RESPONDENTS + " respondents; the limit is " + MAX_RESPONDENTS);
            }
            problems.addAll(aheadProblems.all());
            last = ahead.number();
            aheadProblems = new Problems();
            ahead = table.next(aheadProblems);
        }
        SourceLocation at = new SourceLocation(table.file(), first, firmColumn + 1);
        if (firm.isEmpty()) {
            problems.error(at, FirmColumns.FIRM, "the firm's name is blank; every respondent's row names the firm");
        }
        String earlier = done.putIfAbsent(firm, first == last ? "row " + first : "rows " + first + "–" + last);
        if (earlier != null && !firm.isEmpty()) {
            problems.error(at, FirmColumns.FIRM, "firm `" + firm + "` was already read at " + earlier + "; a firm's"
                    + " respondents must stand on consecutive rows (sort the export by firm)");
        }
        List<Table.Row> group = new ArrayList<>();
        group.add(header);
        group.addAll(rows);
        Table respondents = new Table(table.file(), group);
        return new Firm(first, found -> {
            SurveyResponses responses = survey.read(respondents);
            return new Assessment(firm, assessedOn, Map.of(), null, Map.of(), Map.of(), responses.respondents(),
                    table.file(), responses.warnings());
        });
    }

    /** The row without its firm cell: what the survey import reads is one firm's export. */
    private Table.Row withoutFirm(Table.Row row) {
        if (firmColumn < 0) {
            return row;
        }
        List<Table.Cell> cells = new ArrayList<>(row.cells());
        cells.remove(firmColumn);
        return new Table.Row(row.number(), cells);
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
