package org.mliadvisor.batch;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Suggestions;
import org.mliadvisor.source.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each column of a one-row-per-firm table holds: {@code firm}, optionally {@code assessed_on},
 * indicator ids, {@code kpi.<id>.actual} and {@code kpi.<id>.target}, {@code context.<id>} and
 * {@code weights.S|T|R}; and how a row becomes the assessment tree the assessment loader checks, so a
 * firm of a batch is read by the same rules as an assessment file.
 *
 * @param columns the columns that are read, by position; a column with an unknown heading is left out
 * @param headings every heading by position, for naming a column in a problem
 */
public record FirmColumns(String file, Map<Integer, Column> columns, List<String> headings) {

    /** The column naming the firm. */
    public static final String FIRM = "firm";
    /** The optional column of each firm's assessment date; without it the batch's date applies. */
    public static final String ASSESSED_ON = "assessed_on";

    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?");

    /** What a column holds. */
    public enum Kind { FIRM, ASSESSED_ON, INDICATOR, KPI_ACTUAL, KPI_TARGET, CONTEXT, WEIGHT }

    /**
     * One column that is read.
     *
     * @param id the indicator, KPI, context factor or dimension it is about; empty for the firm and the date
     */
    public record Column(int index, Kind kind, String id) {
        public Column {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }

    public FirmColumns {
        Objects.requireNonNull(file, "file");
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        headings = List.copyOf(headings);
        if (columns.values().stream().noneMatch(c -> c.kind() == Kind.FIRM)) {
            throw new IllegalArgumentException("a firm table has a firm column");
        }
    }

    /**
     * The layout of {@code header}; an unknown or repeated heading is a problem (that column is not
     * read), a missing {@code firm} column makes the layout {@code null}.
     */
    public static FirmColumns of(Table.Row header, String file, KnowledgeBase kb, Problems problems) {
        Map<Integer, Column> columns = new LinkedHashMap<>();
        List<String> headings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> expected = expected(kb);
        for (Table.Cell cell : header.cells()) {
            int index = headings.size();
            String heading = cell.text().strip();
            headings.add(heading);
            if (heading.isEmpty()) {
                continue; // a trailing separator; a value under it is refused row by row
            }
            Column column = column(index, heading, kb);
            if (column == null) {
                problems.error(cell.location(), heading, "unknown column" + Suggestions.hint(heading, expected)
                        + "; expected `firm`, `assessed_on`, an indicator id, kpi.<id>.actual, kpi.<id>.target,"
                        + " context.<id> or weights.S|T|R; the column is not read");
                continue;
            }
            String key = column.kind() + ":" + column.id();
            Integer twin = seen.putIfAbsent(key, index);
            if (twin != null) {
                problems.error(cell.location(), heading, "holds what column " + (twin + 1) + " (`" + headings.get(twin)
                        + "`) holds; only column " + (twin + 1) + " is read");
                continue;
            }
            columns.put(index, column);
        }
        if (columns.values().stream().noneMatch(c -> c.kind() == Kind.FIRM)) {
            problems.error(new SourceLocation(file, header.number(), 1), FIRM, "no column is headed `firm`"
                    + Suggestions.hint(FIRM, headings) + "; it names each firm, and no row can be read without it");
            return null;
        }
        return new FirmColumns(file, columns, headings);
    }

    private static Column column(int index, String heading, KnowledgeBase kb) {
        if (heading.equalsIgnoreCase(FIRM)) {
            return new Column(index, Kind.FIRM, "");
        }
        if (heading.equalsIgnoreCase(ASSESSED_ON)) {
            return new Column(index, Kind.ASSESSED_ON, "");
        }
        if (kb.indicators().containsKey(heading)) {
            return new Column(index, Kind.INDICATOR, heading);
        }
        if (heading.startsWith("kpi.")) {
            String rest = heading.substring(4);
            for (String kpi : kb.kpis().keySet()) {
                if (rest.equals(kpi + ".actual")) {
                    return new Column(index, Kind.KPI_ACTUAL, kpi);
                }
                if (rest.equals(kpi + ".target")) {
                    return new Column(index, Kind.KPI_TARGET, kpi);
                }
            }
            return null;
        }
        if (heading.startsWith("context.") && kb.context().containsKey(heading.substring(8))) {
            return new Column(index, Kind.CONTEXT, heading.substring(8));
        }
        if (heading.toLowerCase(Locale.ROOT).startsWith("weights.")) {
            for (Dimension d : Dimension.values()) {
                if (heading.substring(8).equalsIgnoreCase(d.name())) {
                    return new Column(index, Kind.WEIGHT, d.name());
                }
            }
        }
        return null;
    }

    /** Every heading a table may have, for a "did you mean". */
    private static Set<String> expected(KnowledgeBase kb) {
        Set<String> expected = new LinkedHashSet<>(List.of(FIRM, ASSESSED_ON));
        expected.addAll(kb.indicators().keySet());
        kb.kpis().keySet().forEach(k -> {
            expected.add("kpi." + k + ".actual");
            expected.add("kpi." + k + ".target");
        });
        kb.context().keySet().forEach(c -> expected.add("context." + c));
        for (Dimension d : Dimension.values()) {
            expected.add("weights." + d.name());
        }
        return expected;
    }

    /**
     * The heading an assessment's field path stands under in a firm table ({@code kpis.otif.actual} under
     * {@code kpi.otif.actual}, {@code indicators.S.x} under {@code S.x}), so a problem names what the user sees.
     */
    public static String heading(String field) {
        if (field.equals("organization")) {
            return FIRM;
        }
        if (field.startsWith("indicators.")) {
            return field.substring("indicators.".length());
        }
        if (field.startsWith("kpis.")) {
            return "kpi." + field.substring("kpis.".length());
        }
        return field;
    }

    /** The heading of column {@code column} (1-based), or empty when there is none. */
    public String heading(int column) {
        return column >= 1 && column <= headings.size() ? headings.get(column - 1) : "";
    }

    /** The firm's name in {@code row}, stripped; empty when blank. */
    public String firm(Table.Row row) {
        for (Column column : columns.values()) {
            if (column.kind() == Kind.FIRM) {
                return row.cell(column.index()).text().strip();
            }
        }
        throw new IllegalStateException("a firm table has a firm column");
    }

    /**
     * The assessment tree of {@code row}: what an assessment file would say, each value at its cell,
     * so the loader's problems name the row and column. A blank cell is left out (an indicator not
     * answered, a KPI not reported); numbers may be written with a decimal comma; {@code assessedOn}
     * is the date of a firm whose row gives none. Cells under unread columns that hold a value are
     * problems of the row.
     */
    public Node tree(Table.Row row, LocalDate assessedOn, Problems problems) {
        SourceLocation rowAt = row.cell(0).location();
        Map<String, Node.Entry> root = new LinkedHashMap<>();
        Map<String, Node.Entry> indicators = new LinkedHashMap<>();
        Map<String, Node.Entry> context = new LinkedHashMap<>();
        Map<String, Node.Entry> weights = new LinkedHashMap<>();
        Map<String, Map<String, Node.Entry>> kpis = new LinkedHashMap<>();
        Map<String, SourceLocation> kpiAt = new HashMap<>();
        boolean dated = false;
        for (Table.Cell cell : row.cells()) {
            int index = cell.location().column() - 1;
            Column column = columns.get(index);
            String text = cell.text().strip();
            if (column == null) {
                if (!text.isEmpty() && headings.get(index).isEmpty()) {
                    problems.error(cell.location(), "", "this cell has no heading but holds a value; head its column"
                            + " or remove it");
                }
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            SourceLocation at = cell.location();
            switch (column.kind()) {
                case FIRM -> root.put("organization", entry("organization", at, text));
                case ASSESSED_ON -> {
                    root.put("assessed_on", entry("assessed_on", at, text));
                    dated = true;
                }
                case INDICATOR -> indicators.put(column.id(), entry(column.id(), at, typed(text)));
                case CONTEXT -> context.put(column.id(), entry(column.id(), at, text));
                case WEIGHT -> weights.put(column.id(), entry(column.id(), at, typed(text)));
                case KPI_ACTUAL, KPI_TARGET -> {
                    String key = column.kind() == Kind.KPI_ACTUAL ? "actual" : "target";
                    kpis.computeIfAbsent(column.id(), k -> new LinkedHashMap<>()).put(key, entry(key, at, typed(text)));
                    kpiAt.putIfAbsent(column.id(), at);
                }
                default -> throw new IllegalStateException(column.kind().toString());
            }
        }
        if (!dated) {
            root.put("assessed_on", entry("assessed_on", rowAt, assessedOn.toString()));
        }
        put(root, "context", rowAt, context);
        put(root, "weights", rowAt, weights);
        put(root, "indicators", rowAt, indicators);
        Map<String, Node.Entry> kpiEntries = new LinkedHashMap<>();
        kpis.forEach((id, fields) -> kpiEntries.put(id, new Node.Entry(id, kpiAt.get(id),
                new Node.MapNode(kpiAt.get(id), fields))));
        put(root, "kpis", rowAt, kpiEntries);
        return new Node.MapNode(rowAt, root);
    }

    private static void put(Map<String, Node.Entry> root, String key, SourceLocation at, Map<String, Node.Entry> entries) {
        if (!entries.isEmpty()) {
            root.put(key, new Node.Entry(key, at, new Node.MapNode(entries.values().iterator().next().keyLocation(), entries)));
        }
    }

    private static Node.Entry entry(String key, SourceLocation at, Object value) {
        return new Node.Entry(key, at, new Node.ScalarNode(at, value));
    }

    /**
     * A cell's value as YAML would type it: true/false (also yes/no), a whole number, a decimal number
     * (a decimal comma as Excel writes it in Russian or Uzbek locales), or else the text itself, which
     * the loader then refuses where a number was expected.
     */
    static Object typed(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("yes")) {
            return Boolean.TRUE;
        }
        if (lower.equals("false") || lower.equals("no")) {
            return Boolean.FALSE;
        }
        if (INTEGER.matcher(text).matches()) {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        }
        if (DECIMAL.matcher(text).matches()) {
            double value = Double.parseDouble(text.replace(',', '.'));
            if (Double.isFinite(value)) {
                return value;
            }
        }
        return text;
    }
}
