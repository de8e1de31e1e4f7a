package org.mliadvisor.knowledge;

import org.mliadvisor.source.FileTrouble;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Suggestions;
import org.mliadvisor.source.TreeReader;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Loads a knowledge-base folder (or the built-in one) and checks it whole: every problem in every
 * file is reported at once, with file, line, column and field.
 */
public final class KnowledgeBaseLoader {

    /** The files a knowledge base is made of, in reading order. */
    public static final List<String> FILES = List.of("method.yaml", "dimensions.yaml", "indicators.yaml",
            "kpis.yaml", "gates.yaml", "interventions.yaml", "roadmap.yaml", "consistency.yaml");

    /** The files a knowledge base may leave out: without items.yaml it has no survey, and assessments carry no respondents. */
    public static final List<String> OPTIONAL_FILES = List.of("items.yaml");

    /** A KB file larger than this is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    /** Where the built-in knowledge base lives on the class path. */
    public static final String BUILT_IN_RESOURCE = "org/mliadvisor/knowledge-base/";

    static final Pattern INDICATOR_ID = Pattern.compile("[STR]\\.[a-z][a-z0-9_]*");
    static final Pattern SNAKE_ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern KEBAB_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final Pattern ITEM_ID = Pattern.compile("[STR]\\.q[1-9][0-9]*");

    private final TreeReader reader;

    public KnowledgeBaseLoader() {
        this(MAX_FILE_BYTES);
    }

    public KnowledgeBaseLoader(long maxFileBytes) {
        this.reader = new TreeReader(maxFileBytes);
    }

    /** Loads the knowledge base shipped inside the application. */
    public KnowledgeBase loadBuiltIn() throws InputException {
        Problems problems = new Problems();
        Map<String, Node> trees = new LinkedHashMap<>();
        ClassLoader loader = KnowledgeBaseLoader.class.getClassLoader();
        List<String> files = withOptional(f -> loader.getResource(BUILT_IN_RESOURCE + f) != null);
        for (String file : files) {
            String display = "knowledge-base/" + file;
            InputStream in = loader.getResourceAsStream(BUILT_IN_RESOURCE + file);
            if (in == null) {
                throw InputException.missing(SourceLocation.ofFile(display), "the built-in knowledge base is incomplete");
            }
            readInto(trees, file, problems, () -> reader.read(in, display, problems));
        }
        return build(trees, files, "built-in (knowledge-base/)", problems);
    }

    /** Loads the knowledge base in {@code folder}. */
    public KnowledgeBase load(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            // a file given for --kb exists: "not found" would send the user looking for it
            throw InputException.missing(SourceLocation.ofFile(folder.toString()), Files.exists(folder)
                    ? "is a file, not a folder; a knowledge base is a folder of YAML files"
                    : "knowledge-base folder not found");
        }
        Problems problems = new Problems();
        List<Problem> missing = new ArrayList<>();
        Map<String, Node> trees = new LinkedHashMap<>();
        List<String> files = withOptional(f -> Files.exists(folder.resolve(f)));
        for (String file : files) {
            Path path = folder.resolve(file);
            // an optional file is read only when it exists, and the reader says why one cannot be read
            if (!Files.exists(path)) { // a folder, pipe or device of that name is refused by the reader, saying so
                missing.add(Problem.error(SourceLocation.ofFile(path.toString()), "",
                        "file not found; a knowledge base needs " + String.join(", ", FILES)));
                continue;
            }
            if (FILES.contains(file) && !Files.isReadable(path)) {
                missing.add(Problem.error(SourceLocation.ofFile(path.toString()), "", FileTrouble.UNREADABLE));
                continue;
            }
            readInto(trees, file, problems, () -> reader.read(path, path.toString(), problems));
        }
        if (!missing.isEmpty()) {
            throw new InputException(InputException.Kind.MISSING, missing);
        }
        return build(trees, files, folder.toString(), problems);
    }

    /**
     * Loads a knowledge base from file contents in memory, by file name (e.g. {@code "gates.yaml"});
     * {@code location} names it in messages. Every file of {@link #FILES} is required.
     */
    public KnowledgeBase load(Map<String, byte[]> files, String location) throws InputException {
        List<Problem> missing = new ArrayList<>();
        for (String file : FILES) {
            if (!files.containsKey(file)) {
                missing.add(Problem.error(SourceLocation.ofFile(location + "/" + file), "", "file not found"));
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(InputException.Kind.MISSING, missing);
        }
        Problems problems = new Problems();
        Map<String, Node> trees = new LinkedHashMap<>();
        List<String> names = withOptional(files::containsKey);
        for (String file : names) {
            String display = location + "/" + file;
            readInto(trees, file, problems, () -> reader.parse(files.get(file), display, TreeReader.Syntax.YAML, problems));
        }
        return build(trees, names, location, problems);
    }

    private interface TreeSource {
        Node read() throws InputException;
    }

    /** The required files, then those of {@link #OPTIONAL_FILES} that are {@code present}. */
    private static List<String> withOptional(Predicate<String> present) {
        List<String> files = new ArrayList<>(FILES);
        OPTIONAL_FILES.stream().filter(present).forEach(files::add);
        return files;
    }

    /** Reads one file's tree into {@code trees}; when it cannot be parsed, its problems are recorded and it is left out. */
    private static void readInto(Map<String, Node> trees, String file, Problems problems, TreeSource source)
            throws InputException {
        try {
            trees.put(file, source.read());
        } catch (InputException e) {
            if (e.kind() == InputException.Kind.MISSING) {
                throw e;
            }
            problems.addAll(e.problems());
        }
    }

    /** The knowledge base of the trees read; when one of {@code files} could not be parsed, its problems are all there is to say. */
    private KnowledgeBase build(Map<String, Node> trees, List<String> files, String location, Problems problems)
            throws InputException {
        if (trees.size() != files.size()) {
            problems.throwIfErrors();
        }
        return new Builder(trees, location, problems).build();
    }

    /**
     * Calls each file's reader, in an order where every file finds what it refers to read already,
     * then checks what spans files; a new file's reader is one more line in {@link #build()}.
     */
    private static final class Builder {
        private final Map<String, Node> trees;
        private final String location;
        private final Problems problems;
        private final Entries entries;
        private final EntryIds ids;

        private KnowledgeBaseInfo info;
        /** Null when method.yaml's sources could not be read, so that citations of them cannot be checked. */
        private List<SourceDocument> sources;
        private Map<String, ContextFactor> context = Map.of();
        private MethodSettings method;
        private SurveySettings survey = SurveySettings.defaults(SourceLocation.ofFile("method.yaml"));

        Builder(Map<String, Node> trees, String location, Problems problems) {
            this.trees = trees;
            this.location = location;
            this.problems = problems;
            this.entries = new Entries(problems);
            this.ids = entries.ids();
        }

        KnowledgeBase build() throws InputException {
            readMethod();
            Map<String, KpiDefinition> kpis = read("kpis.yaml", root -> new KpiReader(problems, entries).read(root), Map.of());
            KpiReferences kpiReferences = new KpiReferences(problems, kpis, ids);
            Map<Dimension, DimensionDefinition> dimensions = read("dimensions.yaml",
                    root -> new DimensionReader(problems, entries).read(root), new EnumMap<>(Dimension.class));
            Map<String, IndicatorDefinition> indicators = read("indicators.yaml",
                    root -> new IndicatorReader(problems, entries, kpiReferences).read(root), Map.of());
            checkEvidenceMinimum(indicators);
            Roadmap roadmap = read("roadmap.yaml", root -> new RoadmapReader(problems, entries).read(root), null);
            ConditionReader conditions = new ConditionReader(problems, indicators, kpis, context, ids);
            List<Gate> gates = read("gates.yaml", root -> new GateReader(problems, entries, conditions).read(root), List.of());
            Map<String, Intervention> interventions = read("interventions.yaml",
                    root -> new InterventionReader(problems, entries, conditions, kpiReferences, roadmap,
                            new AnswerReader(indicators, problems, id -> ids.isRejected("indicator", id))).read(root), Map.of());
            List<ConsistencyCheck> consistency = read("consistency.yaml",
                    root -> new ConsistencyReader(problems, entries, conditions, indicators).read(root), List.of());
            List<SurveyItem> items = trees.containsKey("items.yaml")
                    ? read("items.yaml", root -> new ItemReader(problems, entries, indicators).read(root), List.of()) : List.of();
            checkCitations();
            new Prerequisites(problems, ids, interventions).check();
            problems.throwIfErrors();
            return new KnowledgeBase(info, sources, context, method, dimensions, indicators, kpis, gates,
                    interventions, roadmap, consistency, survey, items);
        }

        /** What {@code reader} makes of {@code file}, or {@code otherwise} when the file is not a mapping (reported already). */
        private <T> T read(String file, Function<MapReader, T> reader, T otherwise) {
            MapReader root = root(file);
            return root == null ? otherwise : reader.apply(root);
        }

        private MapReader root(String file) {
            return MapReader.of(trees.get(file), "", problems).orElse(null);
        }

        /** method.yaml has four parts, a reader each; MethodReader comes last as it reports the keys none asked for. */
        private void readMethod() {
            MapReader root = root("method.yaml");
            if (root == null) {
                return;
            }
            info = new ManifestReader(problems, entries, location).read(root);
            sources = new SourceReader(problems, entries).read(root);
            context = new ContextReader(problems, entries).read(root);
            survey = new SurveySettingsReader(problems, entries).read(root);
            method = new MethodReader(problems, entries).read(root);
        }

        /** Each dimension must have at least as many indicators as the method asks to be answered. */
        private void checkEvidenceMinimum(Map<String, IndicatorDefinition> indicators) {
            if (method == null) {
                return;
            }
            for (Dimension d : Dimension.values()) {
                long count = indicators.values().stream().filter(i -> i.dimension() == d).count();
                if (count < method.minAnsweredPerDimension() && !ids.anyRejected("indicator", d + ".")) {
                    problems.error(method.origin(), "scoring.min_answered_per_dimension", "dimension " + d + " has " + count
                            + " indicator(s), fewer than the " + method.minAnsweredPerDimension()
                            + " that must be answered; it could never be scored");
                }
            }
        }

        private void checkCitations() {
            if (sources == null) {
                return; // method.yaml's own problems are reported; citing its sources cannot be checked
            }
            Set<String> known = new HashSet<>();
            sources.forEach(s -> known.add(s.id()));
            for (Entries.Cited cited : entries.citations()) {
                Citation citation = cited.citation();
                if (!known.contains(citation.doc())) {
                    problems.error(cited.at(), cited.path(), "unknown source `" + citation.doc() + "`"
                            + Suggestions.hint(citation.doc(), known) + "; declare it under `sources` in method.yaml");
                }
            }
        }
    }
}
