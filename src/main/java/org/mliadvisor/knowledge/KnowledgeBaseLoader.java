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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a knowledge-base folder (or the built-in one) and checks it whole: every problem in every
 * file is reported at once, with file, line, column and field.
 */
public final class KnowledgeBaseLoader {

    /** The files a knowledge base is made of, in reading order. */
    public static final List<String> FILES = List.of("method.yaml", "dimensions.yaml", "indicators.yaml",
            "kpis.yaml", "gates.yaml", "interventions.yaml", "roadmap.yaml", "consistency.yaml");

    /** A KB file larger than this is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    /** Where the built-in knowledge base lives on the class path. */
    public static final String BUILT_IN_RESOURCE = "org/mliadvisor/knowledge-base/";

    static final Pattern INDICATOR_ID = Pattern.compile("[STR]\\.[a-z][a-z0-9_]*");
    static final Pattern SNAKE_ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern KEBAB_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

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
        for (String file : FILES) {
            String display = "knowledge-base/" + file;
            InputStream in = loader.getResourceAsStream(BUILT_IN_RESOURCE + file);
            if (in == null) {
                throw InputException.missing(SourceLocation.ofFile(display), "the built-in knowledge base is incomplete");
            }
            readInto(trees, file, problems, () -> reader.read(in, display, problems));
        }
        return build(trees, "built-in (knowledge-base/)", problems);
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
        for (String file : FILES) {
            Path path = folder.resolve(file);
            if (!Files.exists(path)) { // a folder, pipe or device of that name is refused by the reader, saying so
                missing.add(Problem.error(SourceLocation.ofFile(path.toString()), "",
                        "file not found; a knowledge base needs " + String.join(", ", FILES)));
                continue;
            }
            if (!Files.isReadable(path)) {
                missing.add(Problem.error(SourceLocation.ofFile(path.toString()), "", FileTrouble.UNREADABLE));
                continue;
            }
            readInto(trees, file, problems, () -> reader.read(path, path.toString(), problems));
        }
        if (!missing.isEmpty()) {
            throw new InputException(InputException.Kind.MISSING, missing);
        }
        return build(trees, folder.toString(), problems);
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
        for (String file : FILES) {
            String display = location + "/" + file;
            readInto(trees, file, problems, () -> reader.parse(files.get(file), display, TreeReader.Syntax.YAML, problems));
        }
        return build(trees, location, problems);
    }

    private interface TreeSource {
        Node read() throws InputException;
    }

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

    private KnowledgeBase build(Map<String, Node> trees, String location, Problems problems) throws InputException {
        if (trees.size() != FILES.size()) {
            problems.throwIfErrors();
        }
        return new Builder(trees, location, problems).build();
    }

    /** Reads the parsed files into the model, one pass per file, then checks references between them. */
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
        private Map<Dimension, DimensionDefinition> dimensions = Map.of();
        private Map<String, IndicatorDefinition> indicators = Map.of();
        private Map<String, KpiDefinition> kpis = Map.of();
        private KpiReferences kpiReferences;
        private final List<Gate> gates = new ArrayList<>();
        private final Map<String, Intervention> interventions = new LinkedHashMap<>();
        private Roadmap roadmap;
        private List<ConsistencyCheck> consistency = List.of();

        Builder(Map<String, Node> trees, String location, Problems problems) {
            this.trees = trees;
            this.location = location;
            this.problems = problems;
            this.entries = new Entries(problems);
            this.ids = entries.ids();
        }

        KnowledgeBase build() throws InputException {
            readMethod();
            readKpis();
            kpiReferences = new KpiReferences(problems, kpis, ids);
            readDimensions();
            readIndicators();
            checkEvidenceMinimum();
            readRoadmap();
            ConditionReader conditions = new ConditionReader(problems, indicators, kpis, context, ids);
            readGates(conditions);
            readInterventions(conditions);
            MapReader checks = root("consistency.yaml");
            if (checks != null) {
                consistency = new ConsistencyReader(problems, entries, conditions, indicators).read(checks);
            }
            checkCitations();
            checkPrerequisites();
            problems.throwIfErrors();
            return new KnowledgeBase(info, sources, context, method, dimensions, indicators, kpis, gates,
                    interventions, roadmap, consistency);
        }

        private MapReader root(String file) {
            return MapReader.of(trees.get(file), "", problems).orElse(null);
        }

        private void readMethod() {
            MapReader root = root("method.yaml");
            if (root == null) {
                return;
            }
            info = new ManifestReader(problems, entries, location).read(root);
            sources = new SourceReader(problems, entries).read(root);
            context = new ContextReader(problems, entries).read(root);
            method = new MethodReader(problems, entries).read(root);
        }

        private void readKpis() {
            MapReader root = root("kpis.yaml");
            if (root != null) {
                kpis = new KpiReader(problems, entries).read(root);
            }
        }

        private void readDimensions() {
            MapReader root = root("dimensions.yaml");
            if (root != null) {
                dimensions = new DimensionReader(problems, entries).read(root);
            }
        }

        private void readIndicators() {
            MapReader root = root("indicators.yaml");
            if (root != null) {
                indicators = new IndicatorReader(problems, entries, kpiReferences).read(root);
            }
        }

        private void readRoadmap() {
            MapReader root = root("roadmap.yaml");
            if (root == null) {
                return;
            }
            MapReader map = root.optional("roadmap").flatMap(n -> MapReader.of(n, "roadmap", problems)).orElse(null);
            root.rejectUnknown();
            if (map == null) {
                if (!root.has("roadmap")) {
                    problems.error(root.location(), "roadmap", "is required but missing");
                }
                return;
            }
            int[] total = map.optional("total_weeks").flatMap(n -> MapReader.of(n, "roadmap.total_weeks", problems)).map(m -> {
                Integer min = m.requiredWholeNumber("min", 1, 104);
                Integer max = m.requiredWholeNumber("max", 1, 104);
                m.rejectUnknown();
                if (min == null || max == null) {
                    return null;
                }
                if (max < min) {
                    problems.error(m.location("max"), m.path("max"), "must be at least min (" + min + ")");
                    return null;
                }
                return new int[] {min, max};
            }).orElse(null);
            if (!map.has("total_weeks")) {
                map.required("total_weeks");
            }
            List<RoadmapStep> steps = map.requiredList("steps", false, (node, path) -> MapReader.of(node, path, problems).map(m -> {
                Integer step = m.requiredWholeNumber("step", 1, 20);
                Text title = entries.text(m, "title");
                int[] weeks = m.optional("weeks").flatMap(n -> MapReader.of(n, m.path("weeks"), problems)).map(w -> {
                    Integer from = w.requiredWholeNumber("from", 1, 104);
                    Integer to = w.requiredWholeNumber("to", 1, 104);
                    w.rejectUnknown();
                    if (from == null || to == null) {
                        return null;
                    }
                    if (to < from) {
                        problems.error(w.location("to"), w.path("to"), "must not be before from (week " + from + ")");
                        return null;
                    }
                    if (total != null && to > total[1]) {
                        problems.error(w.location("to"), w.path("to"), "week " + to + " is past the roadmap's "
                                + total[1] + " weeks");
                        return null;
                    }
                    return new int[] {from, to};
                }).orElse(null);
                if (!m.has("weeks")) {
                    m.required("weeks");
                }
                List<Text> deliverables = m.requiredList("deliverables", false, entries::text);
                Citation source = entries.citation(m);
                m.rejectUnknown();
                if (step == null || title == null || weeks == null || deliverables == null) {
                    return null;
                }
                return new RoadmapStep(step, title, weeks[0], weeks[1], deliverables, source, m.location());
            }).orElse(null));
            map.rejectUnknown();
            if (steps == null || total == null) {
                return;
            }
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).step() != i + 1) {
                    problems.error(steps.get(i).origin(), "roadmap.steps[" + i + "].step", "steps are numbered 1, 2, 3 … in order; expected "
                            + (i + 1) + ", found " + steps.get(i).step());
                    return;
                }
            }
            roadmap = new Roadmap(total[0], total[1], steps);
        }

        private void readGates(ConditionReader conditions) {
            MapReader root = root("gates.yaml");
            if (root == null) {
                return;
            }
            root.requiredList("gates", true, (node, path) -> MapReader.of(node, path, problems).map(m -> {
                EntryIds.Claim claim = ids.claim(m, "gate", KEBAB_ID, "kebab-case, e.g. data-before-planning");
                String id = claim.id();
                String where = id == null ? path : "gates[" + id + "]";
                Dimension binding = m.requiredEnum("binding", Dimension.class);
                Node whenNode = m.required("when");
                Condition when = whenNode == null ? null : conditions.read(whenNode, where + ".when");
                Text because = entries.text(m, "because");
                Text precedence = m.has("precedence") ? entries.text(m, "precedence") : null;
                Citation source = entries.citation(m);
                m.rejectUnknown();
                if (!claim.keep(binding != null && when != null && because != null && (!m.has("precedence") || precedence != null))) {
                    return null;
                }
                Gate gate = new Gate(id, binding, when, because, precedence, source, m.location());
                gates.add(gate);
                return gate;
            }).orElse(null));
            root.rejectUnknown();
        }

        private void readInterventions(ConditionReader conditions) {
            MapReader root = root("interventions.yaml");
            if (root == null) {
                return;
            }
            root.requiredList("interventions", false, (node, path) -> MapReader.of(node, path, problems).map(m -> {
                EntryIds.Claim claim = ids.claim(m, "intervention", KEBAB_ID, "kebab-case, e.g. sop-cycle");
                String id = claim.id();
                String where = id == null ? path : "interventions[" + id + "]";
                Dimension dimension = m.requiredEnum("dimension", Dimension.class);
                Text title = entries.text(m, "title");
                Text action = entries.text(m, "action");
                Node whenNode = m.required("when");
                Condition when = whenNode == null ? null : conditions.read(whenNode, where + ".when");
                Condition early = m.optional("start_early_when")
                        .map(n -> conditions.read(n, where + ".start_early_when")).orElse(null);
                boolean earlyBad = m.has("start_early_when") && early == null;
                Set<String> variantIds = new HashSet<>();
                List<Variant> variants = m.optionalList("variants", (v, vPath) -> MapReader.of(v, vPath, problems).map(vm -> {
                    String variantId = vm.requiredId("id", KEBAB_ID, "kebab-case, e.g. weekly");
                    Node variantWhen = vm.required("when");
                    Condition vWhen = variantWhen == null ? null : conditions.read(variantWhen, vm.path("when"));
                    Text vTitle = entries.text(vm, "title");
                    Text vAction = vm.has("action") ? entries.text(vm, "action") : null;
                    vm.rejectUnknown();
                    if (variantId != null && !variantIds.add(variantId)) {
                        problems.error(vm.location("id"), vm.path("id"), "variant `" + variantId + "` is listed twice");
                        return null;
                    }
                    if (variantId == null || vWhen == null || vTitle == null) {
                        return null;
                    }
                    return new Variant(variantId, vWhen, vTitle, vAction, vm.location());
                }).orElse(null));
                List<String> moves = m.textList("moves", true);
                if (moves != null) {
                    moves = kpiReferences.check(moves, m, "moves");
                }
                Effort effort = m.requiredEnum("effort", Effort.class);
                Integer weeks = m.requiredWholeNumber("weeks_to_impact", 1, 52);
                Integer step = m.requiredWholeNumber("roadmap_step", 1, 20);
                if (step != null && roadmap != null && roadmap.step(step).isEmpty()) {
                    problems.error(m.location("roadmap_step"), m.path("roadmap_step"), "roadmap step " + step
                            + " does not exist; roadmap.yaml has steps 1 to " + roadmap.steps().size());
                    step = null;
                }
                List<String> requires = m.textList("requires", false);
                Text rationale = entries.text(m, "rationale");
                Citation source = entries.citation(m);
                m.rejectUnknown();
                if (!claim.keep(dimension != null && title != null && action != null && when != null && variants != null
                        && moves != null && effort != null && weeks != null && step != null && requires != null
                        && rationale != null && !earlyBad)) {
                    return null;
                }
                Intervention intervention = new Intervention(id, dimension, title, action, when, early, variants, Set.copyOf(moves),
                        effort, weeks, step, requires, rationale, source, m.location());
                interventions.put(id, intervention);
                return intervention;
            }).orElse(null));
            root.rejectUnknown();
        }

        private void checkPrerequisites() {
            for (Intervention intervention : interventions.values()) {
                Set<String> listed = new HashSet<>();
                for (String required : intervention.requires()) {
                    if (!listed.add(required)) {
                        problems.error(intervention.origin(), "interventions[" + intervention.id() + "].requires",
                                "`" + required + "` is listed twice");
                        continue;
                    }
                    Intervention prerequisite = interventions.get(required);
                    String field = "interventions[" + intervention.id() + "].requires";
                    if (prerequisite == null) {
                        if (!ids.isRejected("intervention", required)) {
                            problems.error(intervention.origin(), field, "unknown intervention `" + required + "`"
                                    + Suggestions.hint(required, interventions.keySet()));
                        }
                    } else if (required.equals(intervention.id())) {
                        problems.error(intervention.origin(), field, "an intervention cannot require itself");
                    } else if (prerequisite.roadmapStep() > intervention.roadmapStep()) {
                        problems.error(intervention.origin(), field, "requires `" + required + "`, which is on a later roadmap step ("
                                + prerequisite.roadmapStep() + " > " + intervention.roadmapStep() + "); a prerequisite comes first");
                    }
                }
            }
            findCycle().ifPresent(cycle -> problems.error(interventions.get(cycle.get(0)).origin(),
                    "interventions[" + cycle.get(0) + "].requires", "prerequisites form a cycle: " + String.join(" → ", cycle)));
        }

        private java.util.Optional<List<String>> findCycle() {
            Map<String, Integer> state = new HashMap<>();
            for (String start : interventions.keySet()) {
                List<String> path = new ArrayList<>();
                java.util.Optional<List<String>> cycle = visit(start, state, path);
                if (cycle.isPresent()) {
                    return cycle;
                }
            }
            return java.util.Optional.empty();
        }

        private java.util.Optional<List<String>> visit(String id, Map<String, Integer> state, List<String> path) {
            Integer seen = state.get(id);
            if (seen != null && seen == 2) {
                return java.util.Optional.empty();
            }
            if (seen != null && seen == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
                cycle.add(id);
                return java.util.Optional.of(cycle);
            }
            state.put(id, 1);
            path.add(id);
            Intervention intervention = interventions.get(id);
            if (intervention != null) {
                for (String next : intervention.requires()) {
                    if (!next.equals(id) && interventions.containsKey(next)) {
                        java.util.Optional<List<String>> cycle = visit(next, state, path);
                        if (cycle.isPresent()) {
                            return cycle;
                        }
                    }
                }
            }
            path.remove(path.size() - 1);
            state.put(id, 2);
            return java.util.Optional.empty();
        }

        /** Each dimension must have at least as many indicators as the method asks to be answered. */
        private void checkEvidenceMinimum() {
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
