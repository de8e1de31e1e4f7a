package org.mliadvisor.batch;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.survey.SurveyColumns;
import org.mliadvisor.assessment.survey.SurveyFile;
import org.mliadvisor.assessment.survey.SurveyResponses;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.SurveyItem;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Suggestions;
import org.mliadvisor.source.Table;
import org.mliadvisor.source.TableStream;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A survey export with one row per respondent and a {@code firm} column: each firm's consecutive rows
 * are its respondents, read by the survey import ({@link SurveyFile}) as an export of that firm alone,
 * and the firm is diagnosed on its survey. Rows stream, so a firm's respondents must stand together
 * (an export sorted by firm); a firm met again after another is refused at its later rows.
 */
final class SurveyRows implements FirmSource {

    /** The respondent and function columns as the survey import reads an export without a column-mapping file. */
    private static final String RESPONDENT = SurveyColumns.PLAIN.respondentColumn();
    private static final String FUNCTION = SurveyColumns.PLAIN.functionColumn();

    /** The most respondents one firm may have, so one firm cannot hold the whole file in memory. */
    static final int MAX_RESPONDENTS = 10_000;

    private final TableStream table;
    private final int firmColumn;
    /** The columns a firm's export leaves out: the firm's, and those the header check found unknown. */
    private final Set<Integer> left;
    private final SurveyFile survey;
    private final LocalDate assessedOn;
    private final List<Problem> opening;
    private final Table.Row header;
    /** Each firm already read, with the rows it was read from, to refuse it when it comes again. */
    private final Map<String, String> done = new HashMap<>();
    private Table.Row ahead;
    private Problems aheadProblems = new Problems();

    private SurveyRows(TableStream table, int firmColumn, Set<Integer> unknown, KnowledgeBase kb, LocalDate assessedOn,
                       Problems opening) {
        this.table = table;
        this.firmColumn = firmColumn;
        this.left = new TreeSet<>(unknown);
        if (firmColumn >= 0) {
            left.add(firmColumn);
        }
        this.survey = new SurveyFile(kb.items().stream().map(SurveyItem::id).collect(Collectors.toSet()),
                kb.survey().scalePoints());
        this.assessedOn = assessedOn;
        this.opening = opening.all();
        this.header = readable(table.header());
    }

    /** Whether {@code header} is a survey export's: it has a {@code respondent} column. */
    static boolean isSurvey(Table.Row header) {
        return header != null && header.cells().stream().anyMatch(c -> c.text().strip().equalsIgnoreCase(RESPONDENT));
    }

    /**
     * The firms of the survey export {@code table}; its header's problems go to {@code opening}. A column that is
     * neither {@code firm}, {@code respondent}, {@code function} nor an item id is a problem of the header, told once,
     * and is not read, as in a table of firms: the firms are read without it.
     */
    static SurveyRows of(TableStream table, KnowledgeBase kb, LocalDate assessedOn, Problems opening) {
        boolean refused = opening.hasErrors(); // what opening the file found leaves no row to read
        int firm = -1;
        Set<Integer> unknown = new TreeSet<>();
        Set<String> items = kb.items().stream().map(SurveyItem::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new LinkedHashSet<>(List.of(FirmColumns.FIRM, RESPONDENT, FUNCTION));
        expected.addAll(items);
        List<Table.Cell> cells = table.header().cells();
        for (int c = 0; c < cells.size(); c++) {
            String heading = cells.get(c).text().strip();
            if (heading.equalsIgnoreCase(FirmColumns.FIRM)) {
                firm = c;
            } else if (!heading.isEmpty() && !heading.equalsIgnoreCase(RESPONDENT) && !heading.equalsIgnoreCase(FUNCTION)
                    && !items.contains(heading)) {
                unknown.add(c);
                opening.error(cells.get(c).location(), heading, "unknown column" + Suggestions.hint(heading, expected)
                        + "; expected `firm`, `respondent`, `function` or one of the " + items.size() + " item ids of the"
                        + " knowledge base; the column is not read");
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
        boolean readable = !refused && firm >= 0 && !kb.items().isEmpty();
        return new SurveyRows(table, readable ? firm : -1, unknown, kb, assessedOn, opening);
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
                rows.add(readable(ahead));
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

    /** The row without its firm cell and the unknown columns' cells: what the survey import reads is one firm's export. */
    private Table.Row readable(Table.Row row) {
        if (left.isEmpty()) {
            return row;
        }
        List<Table.Cell> cells = new ArrayList<>(row.cells().size());
        for (int c = 0; c < row.cells().size(); c++) {
            if (!left.contains(c)) {
                cells.add(row.cells().get(c));
            }
        }
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
