package org.mliadvisor.assessment;

import org.mliadvisor.assessment.survey.Respondent;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.assessment.survey.SurveyColumns;
import org.mliadvisor.assessment.survey.SurveyFile;
import org.mliadvisor.assessment.survey.SurveyResponses;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.AnswerReader;
import org.mliadvisor.knowledge.ContextFactor;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.Weights;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Suggestions;
import org.mliadvisor.source.TreeReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads an assessment (YAML or JSON) and checks every value against the knowledge base.
 *
 * <p>Survey respondents are written under {@code respondents}, or read from the survey export that
 * {@code responses} names, relative to the assessment's folder. Only an assessment read from a file
 * has a folder: one loaded from memory or written inside another file refuses {@code responses}
 * rather than read whatever the current directory holds under that name.
 */
public final class AssessmentLoader {

    /** An assessment file larger than this is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** A date as written: YYYY-MM-DD with exactly four digits for the year, no sign. */
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final KnowledgeBase kb;
    private final TreeReader reader = new TreeReader(MAX_FILE_BYTES);
    private final List<Path> filesRead = new ArrayList<>();
    /** The item ids of the knowledge base, sorted so that a "did you mean" is the same on every run. */
    private final Set<String> itemIds = new TreeSet<>();

    public AssessmentLoader(KnowledgeBase kb) {
        this.kb = kb;
        kb.items().forEach(item -> itemIds.add(item.id()));
    }

    /** Reads and checks the assessment in {@code file}. */
    public Assessment load(Path file) throws InputException {
        String display = file.toString();
        Problems problems = new Problems();
        Path parent = file.getParent();
        return read(reader.read(file, display, problems), display, parent == null ? Path.of("") : parent, problems);
    }

    /** Reads and checks an assessment already in memory ({@code name} decides YAML or JSON). */
    public Assessment load(byte[] content, String name) throws InputException {
        Problems problems = new Problems();
        return read(reader.parse(content, name, TreeReader.syntaxOf(name), problems), name, null, problems);
    }

    /**
     * Checks an assessment already parsed, e.g. written inline in another file; every problem keeps
     * the location of the file it was written in and a field path relative to the assessment.
     */
    public Assessment load(Node tree, String name) throws InputException {
        return read(tree, name, null, new Problems());
    }

    /**
     * Checks {@code tree}, adding to the {@code problems} found while reading it (a duplicate key);
     * {@code folder} is where {@code responses} is looked for, {@code null} when the tree has none.
     */
    private Assessment read(Node tree, String display, Path folder, Problems problems) throws InputException {
        filesRead.clear();
        MapReader root = MapReader.of(tree, "", problems).orElse(null);
        if (root == null) {
            problems.throwIfErrors();
        }
        String organization = root.requiredText("organization");
        LocalDate assessedOn = date(root, "assessed_on", problems);
        Map<String, String> context = context(root, problems);
        Weights weights = root.optional("weights").map(n -> weights(n, problems)).orElse(null);
        Map<String, Answer> indicators = indicators(root, problems);
        Map<String, KpiObservation> kpis = kpis(root, problems);
        List<Implementation> implemented = implemented(root, assessedOn, problems);
        boolean missingExport = false;
        List<Respondent> respondents = List.of();
        if (root.has("respondents") && root.has("responses")) {
            problems.error(root.location("responses"), "responses", "the assessment already lists `respondents`;"
                    + " give the survey either inline under `respondents` or as an export under `responses`, not both");
        } else if (root.has("respondents")) {
            respondents = respondents(root, problems);
        } else if (root.has("responses")) {
            Export export = responses(root, folder, problems);
            missingExport = export.missing();
            if (export.read() != null) {
                respondents = export.read().respondents();
                problems.addAll(export.read().warnings());
            }
        }
        // editors such as VS Code attach a schema to a JSON file by this key; what it names is theirs, not ours
        root.optional("$schema");
        root.rejectUnknown();
        if (missingExport) {
            // the export is absent, not wrong: the same exit as a missing assessment
            throw new InputException(InputException.Kind.MISSING, problems.all());
        }
        problems.throwIfErrors();
        return new Assessment(organization, assessedOn, context, weights, indicators, kpis, respondents, implemented, display,
                problems.all().stream().filter(p -> !p.isError()).toList());
    }

    /** The date under {@code key}, or {@code null} with a problem when it is missing or not a date. */
    private static LocalDate date(MapReader m, String key, Problems problems) {
        String text = m.requiredText(key);
        if (text == null) {
            return null;
        }
        if (ISO_DATE.matcher(text).matches()) {
            try {
                // the pattern has fixed the digits' places; a batch reads one date a row, and LocalDate.parse
                // costs several times what this does
                return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10));
            } catch (DateTimeException e) {
                // a month or day out of range (2026-02-30): refused below like any other
            }
        }
        problems.error(m.location(key), m.path(key), "`" + text + "` is not a date; expected YYYY-MM-DD with a four-digit"
                + " year (e.g. 2026-11-01)");
        return null;
    }

    private Map<String, String> context(MapReader root, Problems problems) {
        Map<String, String> context = new LinkedHashMap<>();
        root.optional("context").flatMap(n -> MapReader.of(n, "context", problems)).ifPresent(m -> {
            for (Node.Entry entry : m.node().entries().values()) {
                String path = m.path(entry.key());
                ContextFactor factor = kb.context().get(entry.key());
                if (factor == null) {
                    problems.error(entry.keyLocation(), path, "unknown context factor" + Suggestions.hint(entry.key(), kb.context().keySet())
                            + "; expected one of: " + String.join(", ", kb.context().keySet()));
                    continue;
                }
                String value = m.text(entry.value(), path);
                if (value == null) {
                    continue;
                }
                if (!factor.values().contains(value)) {
                    problems.error(entry.value().location(), path, "`" + value + "` is not allowed" + Suggestions.hint(value, factor.values())
                            + "; expected one of: " + String.join(", ", factor.values()));
                    continue;
                }
                context.put(entry.key(), value);
            }
        });
        return context;
    }

    private static Weights weights(Node node, Problems problems) {
        return MapReader.of(node, "weights", problems).map(m -> {
            Map<Dimension, Double> byDimension = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                Double w = m.requiredNumber(d.name(), 0, 1);
                if (w != null) {
                    byDimension.put(d, w);
                }
            }
            m.rejectUnknown();
            if (byDimension.size() != Dimension.values().length) {
                return null;
            }
            double sum = byDimension.values().stream().mapToDouble(Double::doubleValue).sum();
            if (!Weights.sumsToOne(sum)) {
                problems.error(m.location(), "weights", "the weights sum to " + MapReader.plain(Math.round(sum * 10000) / 10000.0)
                        + "; wS + wT + wR must equal 1");
                return null;
            }
            return Weights.of(byDimension);
        }).orElse(null);
    }

    private Map<String, Answer> indicators(MapReader root, Problems problems) {
        return root.optional("indicators").flatMap(n -> MapReader.of(n, "indicators", problems))
                .map(m -> new AnswerReader(kb.indicators(), problems).read(m, true)).orElse(Map.of());
    }

    private Map<String, KpiObservation> kpis(MapReader root, Problems problems) {
        Map<String, KpiObservation> kpis = new LinkedHashMap<>();
        root.optional("kpis").flatMap(n -> MapReader.of(n, "kpis", problems)).ifPresent(m -> {
            for (Node.Entry entry : m.node().entries().values()) {
                String path = m.path(entry.key());
                KpiDefinition kpi = kb.kpis().get(entry.key());
                if (kpi == null) {
                    problems.error(entry.keyLocation(), path, "unknown KPI" + Suggestions.hint(entry.key(), kb.kpis().keySet()));
                    continue;
                }
                double max = kpi.unit().max();
                MapReader.of(entry.value(), path, problems).ifPresent(k -> {
                    Double actual = k.requiredNumber("actual", 0, max);
                    Double target = k.requiredNumber("target", 0, max);
                    k.rejectUnknown();
                    if (target != null && !kpi.measurableAgainst(target)) {
                        problems.error(k.location("target"), k.path("target"), "a target of " + MapReader.plain(target)
                                + " leaves nothing to measure the gap against: the knowledge base gives `" + kpi.id()
                                + "` no floor (kpis.yaml gap.floor)");
                        return;
                    }
                    if (actual != null && target != null) {
                        kpis.put(entry.key(), new KpiObservation(entry.key(), actual, target));
                    }
                });
            }
        });
        return kpis;
    }

    /**
     * The interventions the firm has put in place: each a known intervention, recorded once, since a date no later than
     * the assessment's (a later one would record what had not happened when the firm was assessed).
     */
    private List<Implementation> implemented(MapReader root, LocalDate assessedOn, Problems problems) {
        Set<String> ids = new TreeSet<>(kb.interventions().keySet());
        Map<String, SourceLocation> seen = new HashMap<>();
        List<Implementation> implemented = root.optionalList("implemented", (item, path) ->
                MapReader.of(item, path, problems).map(m -> {
                    String id = m.requiredText("id");
                    LocalDate since = date(m, "since", problems);
                    m.rejectUnknown();
                    if (id != null && !ids.contains(id)) {
                        problems.error(m.location("id"), m.path("id"), "unknown intervention" + Suggestions.hint(id, ids)
                                + "; expected one of the " + ids.size() + " intervention ids of the knowledge base"
                                + " (interventions.yaml)");
                        return null;
                    }
                    if (id != null) {
                        SourceLocation earlier = seen.putIfAbsent(id, m.location("id"));
                        if (earlier != null) {
                            problems.error(m.location("id"), m.path("id"), "intervention `" + id + "` is already recorded"
                                    + " at line " + earlier.line() + "; each implemented intervention appears once, with"
                                    + " the date it has been in place since");
                            return null;
                        }
                    }
                    if (since != null && assessedOn != null && since.isAfter(assessedOn)) {
                        problems.error(m.location("since"), m.path("since"), "`" + since + "` is after the assessment's"
                                + " date (" + assessedOn + "); an assessment records what was in place when it was made");
                        return null;
                    }
                    return id == null || since == null ? null : new Implementation(id, since, item.location());
                }).orElse(null));
        return implemented == null ? List.of() : implemented;
    }

    /** Refuses a survey against a knowledge base with no items: there would be nothing its answers answer. */
    private boolean hasItems(MapReader root, String key, Problems problems) {
        if (kb.items().isEmpty()) {
            problems.error(root.location(key), key, "the knowledge base has no survey items (items.yaml), so there is"
                    + " nothing for respondents to answer; remove `" + key + "` or use a knowledge base with items");
            return false;
        }
        return true;
    }

    private List<Respondent> respondents(MapReader root, Problems problems) {
        if (!hasItems(root, "respondents", problems)) {
            return List.of();
        }
        int points = kb.survey().scalePoints();
        Map<String, SourceLocation> seen = new HashMap<>();
        List<Respondent> respondents = root.optionalList("respondents", (item, path) ->
                MapReader.of(item, path, problems).map(m -> {
                    String id = m.requiredText("id");
                    RespondentFunction function = m.requiredEnum("function", RespondentFunction.class);
                    Map<String, Integer> answers = answers(m, itemIds, points, problems);
                    m.rejectUnknown();
                    if (id != null) {
                        SourceLocation earlier = seen.putIfAbsent(id, m.location("id"));
                        if (earlier != null) {
                            problems.error(m.location("id"), m.path("id"), "respondent `" + id + "` is already at line "
                                    + earlier.line() + "; each respondent appears once (a second entry for the same person"
                                    + " would count them twice)");
                            return null;
                        }
                    }
                    return id == null || function == null || answers == null ? null
                            : new Respondent(id, function, answers, item.location());
                }).orElse(null));
        return respondents == null ? List.of() : respondents;
    }

    /** One respondent's answers by item id; {@code null} (with problems) when any is unusable. */
    private static Map<String, Integer> answers(MapReader respondent, Set<String> itemIds, int points, Problems problems) {
        Node node = respondent.required("answers");
        if (node == null) {
            return null;
        }
        return MapReader.of(node, respondent.path("answers"), problems).map(m -> {
            Map<String, Integer> answers = new LinkedHashMap<>();
            boolean complete = true;
            for (Node.Entry entry : m.node().entries().values()) {
                String path = m.path(entry.key());
                if (!itemIds.contains(entry.key())) {
                    problems.error(entry.keyLocation(), path, "unknown survey item" + Suggestions.hint(entry.key(), itemIds)
                            + "; expected one of the " + itemIds.size() + " item ids of the knowledge base (items.yaml)");
                    complete = false;
                    continue;
                }
                if (entry.value() instanceof Node.ScalarNode scalar
                        && (scalar.value() == null || scalar.value() instanceof String text && text.isBlank())) {
                    continue; // written but left blank: not answered
                }
                Integer value = m.wholeNumber(entry.value(), path, 1, points);
                if (value == null) {
                    complete = false;
                } else {
                    answers.put(entry.key(), value);
                }
            }
            return complete ? answers : null;
        }).orElse(null);
    }

    /** A survey export as read for {@code responses}: its respondents, or why there are none. */
    private record Export(SurveyResponses read, boolean missing) {
        static final Export NONE = new Export(null, false);
    }

    /** Where a field of the assessment was written, for a problem about it. */
    private record Location(SourceLocation at, String field) {
    }

    /**
     * The file {@code name} names, relative to the assessment's folder, or {@code null} with a problem when
     * it is absolute or leads out of that folder: an assessment only brings the files that travel with it.
     */
    private static Path inside(Path folder, String name, Location location, Problems problems) {
        Path base = folder.toAbsolutePath().normalize();
        if (Path.of(name).isAbsolute() || !base.resolve(name).normalize().startsWith(base)) {
            problems.error(location.at(), location.field(), "`" + name + "` is outside the assessment's folder; put the file "
                    + "beside the assessment (or in a folder below it) and name it relative to it");
            return null;
        }
        // named as the user would find it, relative to where the assessment was named from
        return folder.resolve(name).normalize();
    }

    /** The files other than the assessment that the last load read (a survey export, its column mapping). */
    public List<Path> filesRead() {
        return List.copyOf(filesRead);
    }

    /** Reads the export {@code responses} names, its problems joining the assessment's with their own locations. */
    private Export responses(MapReader root, Path folder, Problems problems) {
        Node node = root.optional("responses").orElseThrow();
        if (folder == null) {
            problems.error(node.location(), "responses", "a survey export is read only for an assessment read from a"
                    + " file, relative to its folder; this one has none, so write the answers under `respondents` instead");
            return Export.NONE;
        }
        String file;
        String columns = null;
        Location fileAt;
        Location columnsAt = null;
        if (node instanceof Node.MapNode) {
            MapReader m = MapReader.of(node, "responses", problems).orElseThrow();
            file = m.requiredText("file");
            columns = m.optionalText("columns");
            m.rejectUnknown();
            if (m.has("columns") && columns == null) {
                return Export.NONE;
            }
            fileAt = new Location(m.location("file"), "responses.file");
            columnsAt = new Location(m.location("columns"), "responses.columns");
        } else if (node instanceof Node.ScalarNode scalar && scalar.value() instanceof String) {
            file = root.text(node, "responses");
            fileAt = new Location(node.location(), "responses");
        } else {
            problems.error(node.location(), "responses", "expected the survey export's file name (`responses: survey.csv`)"
                    + " or a mapping {file: survey.csv, columns: map.yaml}, found " + node.describe());
            return Export.NONE;
        }
        if (file == null || !hasItems(root, "responses", problems)) {
            return Export.NONE;
        }
        Path export = inside(folder, file, fileAt, problems);
        Path mapFile = columns == null ? null : inside(folder, columns, columnsAt, problems);
        if (export == null || (columns != null && mapFile == null)) {
            return Export.NONE;
        }
        int points = kb.survey().scalePoints();
        SurveyColumns layout = SurveyColumns.PLAIN;
        if (columns != null) {
            try {
                filesRead.add(mapFile);
                layout = SurveyColumns.read(mapFile, itemIds, points);
            } catch (InputException e) {
                return failed(e, columnsAt, problems);
            }
        }
        try {
            filesRead.add(export);
            return new Export(new SurveyFile(itemIds, points, layout).read(export), false);
        } catch (InputException e) {
            return failed(e, fileAt, problems);
        }
    }

    /**
     * The problems of an export or mapping that could not be used: a file that is not there is said at
     * the assessment's field naming it, where the name is to be corrected; a file that is wrong keeps
     * each problem at its own row and column.
     */
    private static Export failed(InputException e, Location named, Problems problems) {
        if (e.kind() == InputException.Kind.MISSING) {
            for (Problem p : e.problems()) {
                problems.error(named.at(), named.field(), p.location().file() + ": " + p.message()
                        + " (a name under `responses` is relative to the assessment's folder)");
            }
            return new Export(null, true);
        }
        problems.addAll(e.problems());
        return Export.NONE;
    }
}
