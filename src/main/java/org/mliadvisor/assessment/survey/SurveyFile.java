package org.mliadvisor.assessment.survey;

import org.mliadvisor.source.InputException;
import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Suggestions;
import org.mliadvisor.source.Table;
import org.mliadvisor.source.TableReader;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads one survey export (CSV or XLSX) into respondents: a column of respondent ids, a column of
 * functions, and one column per item holding Likert values 1..the scale's points, a blank cell being
 * an item not answered. Every problem is reported at once, each at its {@code file:row:column}.
 *
 * <p>With no mapping ({@link SurveyColumns#PLAIN}) every column must be {@code respondent},
 * {@code function} or an item id. With a mapping, columns it does not name (a survey tool's
 * submission date, language, IP address) are left unread, with one warning that lists them.
 */
public final class SurveyFile {

    /** A survey export larger than this is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** A Likert value as a tool may write it: digits, perhaps with a decimal part ({@code 4.0}). */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]{1,9}(\\.[0-9]{1,9})?");
    /** The functions as a file writes them. */
    private static final List<String> FUNCTIONS = Arrays.stream(RespondentFunction.values()).map(MapReader::spelling).toList();

    /** How many unread columns one warning names before it says "and N more". */
    private static final int LISTED = 12;

    private final Set<String> itemIds;
    private final int points;
    private final SurveyColumns columns;
    private final TableReader reader = new TableReader(MAX_FILE_BYTES);

    /** A reader of plain exports: columns {@code respondent}, {@code function}, then item ids. */
    public SurveyFile(Set<String> itemIds, int points) {
        this(itemIds, points, SurveyColumns.PLAIN);
    }

    /**
     * A reader of exports laid out as {@code columns} says.
     *
     * @param itemIds the knowledge base's item ids
     * @param points  the Likert scale's points A: answers run 1..A
     */
    public SurveyFile(Set<String> itemIds, int points, SurveyColumns columns) {
        // sorted, so a "did you mean" between two equally close ids is the same on every run
        this.itemIds = Collections.unmodifiableSortedSet(new TreeSet<>(itemIds));
        if (points < 2) {
            throw new IllegalArgumentException("a Likert scale has at least 2 points, got " + points);
        }
        this.points = points;
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /** Reads and checks the export in {@code file}. */
    public SurveyResponses read(Path file) throws InputException {
        Problems problems = new Problems();
        String display = file.toString();
        return respondents(reader.read(file, display, problems), display, problems);
    }

    /** Reads and checks an export already in memory, naming it {@code name} in every problem. */
    public SurveyResponses read(byte[] content, String name) throws InputException {
        Problems problems = new Problems();
        return respondents(reader.parse(content, name, problems), name, problems);
    }

    /**
     * Reads and checks respondents already read as a table (a batch's rows of one firm, with the header),
     * every problem at the cell's own location.
     */
    public SurveyResponses read(Table table) throws InputException {
        return respondents(table, table.file(), new Problems());
    }

    /** What each column of the header is. */
    private record Layout(int respondent, int function, Map<Integer, String> items) {
    }

    private SurveyResponses respondents(Table table, String file, Problems problems) throws InputException {
        if (table.rows().isEmpty()) {
            problems.error(SourceLocation.ofFile(file), "", "the file is empty; expected a header row naming the columns `"
                    + columns.respondentColumn() + "`, `" + columns.functionColumn() + "` and item ids");
            problems.throwIfErrors();
        }
        Layout layout = layout(table, problems);
        List<Table.Row> answers = table.rows().subList(Math.min(columns.headerRows(), table.rows().size()), table.rows().size());
        if (answers.isEmpty()) {
            problems.error(SourceLocation.ofFile(file), "", "holds no respondents: there is no row after the header"
                    + (columns.headerRows() > 1 ? "'s " + columns.headerRows() + " rows" : ""));
        }
        List<Respondent> respondents = new ArrayList<>();
        Map<String, Integer> rowOfId = new HashMap<>();
        for (Table.Row row : answers) {
            String id = id(row, layout, rowOfId, problems);
            RespondentFunction function = function(row, layout, table, problems);
            Map<String, Integer> given = new LinkedHashMap<>();
            layout.items().forEach((column, item) -> {
                Integer value = value(row.cell(column), heading(table, column), problems);
                if (value != null) {
                    given.put(item, value);
                }
            });
            if (id != null && function != null) {
                respondents.add(new Respondent(id, function, given, row.cell(layout.respondent()).location()));
            }
        }
        problems.throwIfErrors();
        return new SurveyResponses(file, respondents, problems.all());
    }

    private Layout layout(Table table, Problems problems) {
        Table.Row header = table.rows().get(0);
        int respondent = -1;
        int function = -1;
        Map<Integer, String> items = new LinkedHashMap<>();
        Map<String, Integer> columnOfItem = new HashMap<>();
        Map<String, Integer> columnOfHeading = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (int c = 0; c < table.width(); c++) {
            Table.Cell cell = header.cell(c);
            String heading = cell.text().strip();
            if (heading.isEmpty()) {
                unheaded(table, c, problems, unread);
                continue;
            }
            Integer twin = columnOfHeading.putIfAbsent(heading, c);
            if (twin != null) {
                problems.error(cell.location(), heading, "the heading is also column " + (twin + 1)
                        + "'s; each column needs its own heading");
                continue;
            }
            if (heading.equalsIgnoreCase(columns.respondentColumn())) {
                respondent = c;
                continue;
            }
            if (heading.equalsIgnoreCase(columns.functionColumn())) {
                function = c;
                continue;
            }
            String item = columns.items().getOrDefault(heading, itemIds.contains(heading) ? heading : null);
            if (item != null) {
                Integer earlier = columnOfItem.putIfAbsent(item, c);
                if (earlier != null) {
                    problems.error(cell.location(), heading, "holds item " + item + ", as column " + (earlier + 1) + " (`"
                            + heading(table, earlier) + "`) does; an item is read from one column only");
                } else {
                    items.put(c, item);
                }
                continue;
            }
            unknown(cell, heading, problems, unread);
        }
        if (!unread.isEmpty()) {
            problems.warning(header.cell(0).location(), "", unread.size() + (unread.size() == 1 ? " column is" : " columns are")
                    + " not read, being neither an item id nor under `items` in " + columns.source() + ": "
                    + String.join(", ", unread.subList(0, Math.min(LISTED, unread.size())))
                    + (unread.size() > LISTED ? " and " + (unread.size() - LISTED) + " more" : ""));
        }
        missing(respondent, columns.respondentColumn(), "the respondent ids, which tell respondents apart", header, table, problems);
        missing(function, columns.functionColumn(), "each respondent's function", header, table, problems);
        return new Layout(respondent, function, items);
    }

    /** A column with no heading is harmless when empty (a trailing separator), a problem when it holds answers. */
    private void unheaded(Table table, int column, Problems problems, List<String> unread) {
        for (Table.Row row : table.rows()) {
            Table.Cell cell = row.cell(column);
            if (!cell.isBlank()) {
                if (columns.mapped()) {
                    unread.add("column " + (column + 1) + " (no heading)");
                } else {
                    problems.error(table.rows().get(0).cell(column).location(), "", "this column has no heading but holds values"
                            + " (first at row " + row.number() + "); head it with an item id, or remove it");
                }
                return;
            }
        }
    }

    private void unknown(Table.Cell cell, String heading, Problems problems, List<String> unread) {
        if (!columns.mapped()) {
            Set<String> expected = new LinkedHashSet<>(List.of(columns.respondentColumn(), columns.functionColumn()));
            expected.addAll(itemIds);
            problems.error(cell.location(), heading, "unknown item column" + Suggestions.hint(heading, expected)
                    + "; expected `" + columns.respondentColumn() + "`, `" + columns.functionColumn() + "` or one of the "
                    + itemIds.size() + " item ids of the knowledge base (a survey tool's codes are mapped to item ids"
                    + " in a column-mapping file)");
            return;
        }
        Set<String> near = new LinkedHashSet<>(columns.items().keySet());
        near.addAll(itemIds);
        String hint = Suggestions.hint(heading, near);
        if (hint.isEmpty()) {
            unread.add("`" + shown(heading) + "`");
        } else {
            // close to a code or an item: probably an item the mapping misses, worth its own word
            problems.warning(cell.location(), heading, "this column is not read: it is neither an item id nor under `items` in "
                    + columns.source() + hint);
        }
    }

    private void missing(int column, String name, String why, Table.Row header, Table table, Problems problems) {
        if (column >= 0) {
            return;
        }
        List<String> headings = new ArrayList<>();
        for (int c = 0; c < table.width(); c++) {
            headings.add(heading(table, c));
        }
        problems.error(new SourceLocation(table.file(), header.number(), 1), name, "no column is headed `" + name + "`"
                + Suggestions.hint(name, headings) + "; it holds " + why
                + (columns.mapped() ? " (the mapping names it)" : ""));
    }

    private String id(Table.Row row, Layout layout, Map<String, Integer> rowOfId, Problems problems) {
        if (layout.respondent() < 0) {
            return null;
        }
        Table.Cell cell = row.cell(layout.respondent());
        String id = cell.text().strip();
        if (id.isEmpty()) {
            problems.error(cell.location(), columns.respondentColumn(), "the respondent id is blank; every row needs one");
            return null;
        }
        Integer earlier = rowOfId.putIfAbsent(id, row.number());
        if (earlier != null) {
            problems.error(cell.location(), columns.respondentColumn(), "respondent `" + shown(id) + "` is already at row "
                    + earlier + "; each respondent appears once (a second row for the same person would count them twice)");
            return null;
        }
        return id;
    }

    private RespondentFunction function(Table.Row row, Layout layout, Table table, Problems problems) {
        if (layout.function() < 0) {
            return null;
        }
        Table.Cell cell = row.cell(layout.function());
        String field = heading(table, layout.function());
        String text = cell.text().strip();
        if (text.isEmpty()) {
            problems.error(cell.location(), field, "the function is blank; expected one of: " + String.join(", ", FUNCTIONS)
                    + alsoFunctionLabels() + " (write `other` when it is not known)");
            return null;
        }
        RespondentFunction mapped = columns.functions().isEmpty() ? null : columns.functions().get(SurveyColumns.label(text));
        if (mapped != null) {
            return mapped;
        }
        for (RespondentFunction f : RespondentFunction.values()) {
            if (MapReader.spelling(f).equalsIgnoreCase(text)) {
                return f;
            }
        }
        Set<String> candidates = new LinkedHashSet<>(FUNCTIONS);
        candidates.addAll(columns.functions().keySet());
        problems.error(cell.location(), field, "`" + shown(text) + "` is not a function" + Suggestions.hint(text, candidates)
                + "; expected one of: " + String.join(", ", FUNCTIONS) + alsoFunctionLabels());
        return null;
    }

    /** Where else a function may be named, for a problem's expected list: the mapping file's labels, if it has any. */
    private String alsoFunctionLabels() {
        return columns.functions().isEmpty() ? "" : ", or a label under `functions` in " + columns.source();
    }

    /** The Likert value of a cell, or {@code null} when it is blank or wrong (with a problem). */
    private Integer value(Table.Cell cell, String field, Problems problems) {
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!columns.notAnswered().isEmpty() || !columns.answers().isEmpty()) {
            String label = SurveyColumns.label(text);
            if (columns.notAnswered().contains(label)) {
                return null;
            }
            Integer labelled = columns.answers().get(label);
            if (labelled != null) {
                return labelled;
            }
        }
        String expected = "expected a whole number from 1 to " + points;
        if (!NUMBER.matcher(text).matches()) {
            problems.error(cell.location(), field, "`" + shown(text) + "` is not a number; " + expected + labels());
            return null;
        }
        BigDecimal number = new BigDecimal(text);
        if (number.stripTrailingZeros().scale() > 0) {
            problems.error(cell.location(), field, text + " is not a whole number; " + expected);
            return null;
        }
        int value = number.intValueExact();
        if (value < 1 || value > points) {
            problems.error(cell.location(), field, "value " + value + " is out of range; " + expected
                    + " (the scale has " + points + " points)");
            return null;
        }
        return value;
    }

    private String labels() {
        if (!columns.answers().isEmpty()) {
            List<String> known = new ArrayList<>(columns.answers().keySet());
            return ", or an answer label under `answers` in " + columns.source() + " ("
                    + String.join(", ", known.subList(0, Math.min(LISTED, known.size())))
                    + (known.size() > LISTED ? ", …" : "") + ")";
        }
        return columns.mapped() ? " (answer labels are mapped to values under `answers` in " + columns.source() + ")"
                : " (answer labels are mapped to values in a column-mapping file)";
    }

    private static String heading(Table table, int column) {
        return table.rows().get(0).cell(column).text().strip();
    }

    /** A value as a message quotes it: long ones cut, so one bad cell cannot flood the terminal. */
    private static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
