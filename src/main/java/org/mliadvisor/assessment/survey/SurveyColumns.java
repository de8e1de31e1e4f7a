package org.mliadvisor.assessment.survey;

import org.mliadvisor.source.InputException;
import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.Suggestions;
import org.mliadvisor.source.TreeReader;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a survey tool's export names things: which columns hold the respondent and the function, which
 * column code is which item, and which answer or function label means which value. Read from a
 * column-mapping file ({@code --columns map.yaml}) with {@link #read}; {@link #PLAIN} is the layout
 * with no mapping, columns named {@code respondent}, {@code function} and item ids.
 *
 * @param respondentColumn the heading of the column holding respondent ids
 * @param functionColumn   the heading of the column holding functions
 * @param items            column code → item id
 * @param answers          answer label, {@linkplain #label(String) folded} → Likert value
 * @param notAnswered      answer labels, folded, that count as a blank ("Don't know")
 * @param functions        function label, folded → function
 * @param headerRows       how many rows the header takes; the first holds the column codes
 * @param source           the mapping file's name, or {@code null} for the plain layout
 */
public record SurveyColumns(String respondentColumn, String functionColumn, Map<String, String> items,
                            Map<String, Integer> answers, Set<String> notAnswered,
                            Map<String, RespondentFunction> functions, int headerRows, String source) {

    /** A mapping file larger than this is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 256 * 1024;

    /** Qualtrics writes three header rows; ten leaves room and still catches a stray number. */
    static final int MAX_HEADER_ROWS = 10;

    /** No mapping: columns {@code respondent}, {@code function}, then item ids; answers written as numbers. */
    public static final SurveyColumns PLAIN = new SurveyColumns("respondent", "function", Map.of(), Map.of(), Set.of(),
            Map.of(), 1, null);

    public SurveyColumns {
        Objects.requireNonNull(respondentColumn, "respondentColumn");
        Objects.requireNonNull(functionColumn, "functionColumn");
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        notAnswered = Collections.unmodifiableSet(new LinkedHashSet<>(notAnswered));
        functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        if (headerRows < 1) {
            throw new IllegalArgumentException("a survey has at least one header row, got " + headerRows);
        }
    }

    /** Whether this came from a mapping file: then columns it does not name are left unread, not refused. */
    public boolean mapped() {
        return source != null;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A label as it is looked up: trimmed, inner spaces collapsed, lower case, so "Agree " finds "agree". */
    public static String label(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * Reads and checks a column-mapping file against the knowledge base's item ids and its scale of
     * {@code points} points; every problem is reported at once.
     */
    public static SurveyColumns read(Path file, Set<String> itemIds, int points) throws InputException {
        Problems problems = new Problems();
        String display = file.toString();
        Node tree = new TreeReader(MAX_FILE_BYTES).read(file, display, problems);
        return read(tree, display, itemIds, points, problems);
    }

    /** Reads a mapping already in memory ({@code name} decides YAML or JSON). */
    public static SurveyColumns parse(byte[] content, String name, Set<String> itemIds, int points) throws InputException {
        Problems problems = new Problems();
        Node tree = new TreeReader(MAX_FILE_BYTES).parse(content, name, TreeReader.syntaxOf(name), problems);
        return read(tree, name, itemIds, points, problems);
    }

    private static SurveyColumns read(Node tree, String display, Set<String> unsortedIds, int points, Problems problems)
            throws InputException {
        Set<String> itemIds = new TreeSet<>(unsortedIds); // a "did you mean" is the same on every run
        MapReader root = MapReader.of(tree, "", problems).orElse(null);
        if (root == null) {
            problems.throwIfErrors();
        }
        String respondent = root.has("respondent") ? root.requiredText("respondent") : PLAIN.respondentColumn();
        String function = root.has("function") ? root.requiredText("function") : PLAIN.functionColumn();
        if (respondent != null && respondent.strip().equals(function == null ? null : function.strip())) {
            problems.error(root.location("function"), "function", "names the same column as `respondent`;"
                    + " the respondent and the function are two columns");
        }
        Map<String, String> items = items(root, itemIds, problems);
        Map<String, Integer> answers = new LinkedHashMap<>();
        Set<String> notAnswered = new LinkedHashSet<>();
        Map<String, Node.Entry> seenAnswers = new LinkedHashMap<>();
        labels(root, "answers", problems, seenAnswers, (entry, path) -> {
            Node value = entry.value();
            if (value instanceof Node.ScalarNode scalar && scalar.value() == null) {
                notAnswered.add(label(entry.key())); // "Don't know": left blank, as the respondent meant
                return;
            }
            Integer likert = root.wholeNumber(value, path, 1, points);
            if (likert != null) {
                answers.put(label(entry.key()), likert);
            }
        });
        Map<String, RespondentFunction> functions = new LinkedHashMap<>();
        labels(root, "functions", problems, new LinkedHashMap<>(), (entry, path) -> {
            RespondentFunction f = root.enumValue(entry.value(), path, RespondentFunction.class);
            if (f != null) {
                functions.put(label(entry.key()), f);
            }
        });
        Integer headerRows = root.has("header_rows")
                ? root.wholeNumber(root.required("header_rows"), "header_rows", 1, MAX_HEADER_ROWS)
                : Integer.valueOf(1);
        root.rejectUnknown();
        problems.throwIfErrors();
        return new SurveyColumns(respondent.strip(), function.strip(), items, answers, notAnswered, functions, headerRows,
                display);
    }

    private static Map<String, String> items(MapReader root, Set<String> itemIds, Problems problems) {
        Map<String, String> items = new LinkedHashMap<>();
        root.optional("items").flatMap(n -> MapReader.of(n, "items", problems)).ifPresent(m -> {
            for (Node.Entry entry : m.node().entries().values()) {
                String path = m.path(entry.key());
                String item = m.text(entry.value(), path);
                if (item == null) {
                    continue;
                }
                if (!itemIds.contains(item)) {
                    problems.error(entry.value().location(), path, "`" + item + "` is not an item of the knowledge base"
                            + Suggestions.hint(item, itemIds) + "; expected one of its " + itemIds.size() + " item ids");
                    continue;
                }
                items.put(entry.key().strip(), item);
            }
        });
        return items;
    }

    /** One label of {@code answers} or {@code functions}. */
    private interface LabelReader {
        void read(Node.Entry entry, String path);
    }

    /** Each label of a section, refusing two that differ only in case or spacing: they would be one label. */
    private static void labels(MapReader root, String key, Problems problems, Map<String, Node.Entry> seen,
                               LabelReader reader) {
        root.optional(key).flatMap(n -> MapReader.of(n, key, problems)).ifPresent(m -> {
            for (Node.Entry entry : m.node().entries().values()) {
                String path = m.path(entry.key());
                String folded = label(entry.key());
                if (folded.isEmpty()) {
                    problems.error(entry.keyLocation(), path, "a label must not be blank");
                    continue;
                }
                Node.Entry earlier = seen.putIfAbsent(folded, entry);
                if (earlier != null) {
                    problems.error(entry.keyLocation(), path, "is the same label as `" + earlier.key() + "` (line "
                            + earlier.keyLocation().line() + "): labels are matched ignoring case and spaces");
                    continue;
                }
                reader.read(entry, path);
            }
        });
    }
}
