package org.mliadvisor.casebook;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.BindingBasis;
import org.mliadvisor.diagnosis.BindingConfidence;
import org.mliadvisor.diagnosis.SurveyFinding;
import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Variant;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Suggestions;
import org.mliadvisor.source.TreeReader;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads golden-case files ({@code knowledge-base/tests/*.yaml}) strictly, as the knowledge base and
 * assessments are read: every problem of every file at once, with file, line, column and field,
 * unknown keys refused with a suggestion, and every intervention and variant id checked against the
 * knowledge base the cases run on.
 */
public final class CaseLoader {

    /** The folder of a knowledge base that holds its golden cases. */
    public static final String FOLDER = "tests";

    /** A case file larger than this is refused before it is parsed. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final KnowledgeBase kb;
    private final AssessmentLoader assessments;
    private final TreeReader reader = new TreeReader(MAX_FILE_BYTES);

    public CaseLoader(KnowledgeBase kb) {
        this.kb = kb;
        this.assessments = new AssessmentLoader(kb);
    }

    /**
     * The folder of the built-in knowledge base's golden cases, inside the application: a folder on the
     * class path, or in the jar through a zip file system, so that the example assessments the cases
     * name ({@code ../../examples/…}, packaged beside the knowledge base) resolve as they do on disk.
     */
    public static Path builtInFolder() throws InputException {
        SourceLocation builtIn = SourceLocation.ofFile("built-in knowledge-base/" + FOLDER);
        URL marker = CaseLoader.class.getClassLoader()
                .getResource(KnowledgeBaseLoader.BUILT_IN_RESOURCE + KnowledgeBaseLoader.FILES.get(0));
        if (marker == null) {
            throw InputException.missing(builtIn, "the built-in knowledge base is not in the application");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of()); // stays open for the process: the cases are read from it
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call
                }
            }
            return Path.of(uri).resolveSibling(FOLDER);
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            throw InputException.missing(builtIn, "cannot be read: " + e.getMessage());
        }
    }

    /** The case files in {@code folder}: its {@code .yaml}, {@code .yml} and {@code .json} files, by name. */
    public static List<Path> caseFiles(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw InputException.missing(SourceLocation.ofFile(folder.toString()), "golden-case folder not found");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(Files::isRegularFile).filter(CaseLoader::isCaseFile).sorted().toList();
        } catch (IOException e) {
            throw InputException.missing(SourceLocation.ofFile(folder.toString()), "cannot be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw InputException.missing(SourceLocation.ofFile(folder.toString()),
                    "no golden-case files (*.yaml, *.yml or *.json) in this folder");
        }
        return files;
    }

    /** Reads and checks every case file of {@code folder}. */
    public List<GoldenCase> loadFolder(Path folder) throws InputException {
        return load(caseFiles(folder));
    }

    /** Reads and checks {@code files}; case names are unique across all of them. */
    public List<GoldenCase> load(List<Path> files) throws InputException {
        Run run = new Run();
        for (Path file : files) {
            Node tree;
            try {
                tree = reader.read(file, file.toString(), run.problems);
            } catch (InputException e) {
                if (e.kind() == InputException.Kind.MISSING) {
                    throw e;
                }
                run.problems.addAll(e.problems());
                continue;
            }
            run.readFile(tree, file);
        }
        run.problems.throwIfErrors();
        return List.copyOf(run.cases);
    }

    private static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Where an id of an expectation list is written. */
    private record Written(SourceLocation at, String path) {
    }

    /** One reading of a set of case files: the problems, the names taken, the assessment files read. */
    private final class Run {
        final Problems problems = new Problems();
        final List<GoldenCase> cases = new ArrayList<>();
        final Map<String, SourceLocation> names = new HashMap<>();
        final Map<Path, Assessment> assessmentFiles = new HashMap<>();
        final Set<Path> invalidAssessmentFiles = new HashSet<>();

        void readFile(Node tree, Path file) {
            MapReader root = MapReader.of(tree, "", problems).orElse(null);
            if (root == null) {
                return;
            }
            root.requiredList("cases", false, (node, path) -> readCase(node, path, file));
            root.rejectUnknown();
        }

        private GoldenCase readCase(Node node, String indexPath, Path file) {
            String path = indexPath;
            if (node instanceof Node.MapNode map && map.entries().get("name") != null
                    && map.entries().get("name").value() instanceof Node.ScalarNode scalar
                    && scalar.value() instanceof String text && NAME.matcher(text).matches()) {
                path = "cases[" + text + "]";
            }
            MapReader c = MapReader.of(node, path, problems).orElse(null);
            if (c == null) {
                return null;
            }
            String name = c.requiredId("name", NAME, "kebab-case, e.g. weekly-sop-for-volatile-demand");
            if (name != null) {
                SourceLocation earlier = names.putIfAbsent(name, c.location("name"));
                if (earlier != null) {
                    problems.error(c.location("name"), c.path("name"), "duplicate case name `" + name
                            + "`; it is already used at " + earlier + " (names are unique across all case files)");
                    name = null;
                }
            }
            String description = c.optionalText("description");
            Node assessmentNode = c.required("assessment");
            Assessment assessment = assessmentNode == null ? null : assessment(assessmentNode, c.path("assessment"), file);
            Node expectNode = c.required("expect");
            Expectations expect = expectNode == null ? null : expectations(expectNode, c.path("expect"));
            c.rejectUnknown();
            if (name == null || assessment == null || expect == null) {
                return null;
            }
            GoldenCase golden = new GoldenCase(name, description, assessment, expect, c.location());
            cases.add(golden);
            return golden;
        }

        // ------------------------------------------------------------------ the assessment

        private Assessment assessment(Node node, String path, Path file) {
            if (node instanceof Node.ScalarNode scalar && scalar.value() instanceof String text && !text.isBlank()) {
                return assessmentFile(text, node.location(), path, file);
            }
            if (node instanceof Node.MapNode) {
                try {
                    return assessments.load(node, file.toString());
                } catch (InputException e) {
                    for (Problem p : e.problems()) {
                        problems.add(new Problem(p.location(), p.field().isEmpty() ? path : path + "." + p.field(),
                                p.message(), p.severity()));
                    }
                    return null;
                }
            }
            problems.error(node.location(), path, "expected the path of an assessment file (relative to this file) "
                    + "or the assessment itself as a mapping, found " + node.describe());
            return null;
        }

        private Assessment assessmentFile(String written, SourceLocation at, String path, Path caseFile) {
            Path target = caseFile.resolveSibling(written).normalize();
            if (!Files.exists(target)) { // a folder, pipe or device is refused by the reader, saying so
                problems.error(at, path, "assessment file `" + written + "` not found (looked for " + target
                        + "; the path is relative to this case file)");
                return null;
            }
            Assessment cached = assessmentFiles.get(target);
            if (cached != null || invalidAssessmentFiles.contains(target)) {
                return cached;
            }
            try {
                Assessment assessment = assessments.load(target);
                assessmentFiles.put(target, assessment);
                return assessment;
            } catch (InputException e) {
                invalidAssessmentFiles.add(target);
                if (e.kind() == InputException.Kind.MISSING) {
                    problems.error(at, path, "assessment file `" + written + "` cannot be read: "
                            + e.problems().get(0).message());
                } else {
                    problems.addAll(e.problems());
                    long errors = e.problems().stream().filter(Problem::isError).count();
                    problems.error(at, path, "assessment file `" + target + "` is invalid (" + errors
                            + (errors == 1 ? " problem" : " problems") + ", listed under its name)");
                }
                return null;
            }
        }

        // ------------------------------------------------------------------ the expectations

        private Expectations expectations(Node node, String path) {
            MapReader e = MapReader.of(node, path, problems).orElse(null);
            if (e == null) {
                return null;
            }
            if (e.node().entries().isEmpty()) {
                problems.error(e.location(), path, "at least one expectation is required; expected one or more of: "
                        + String.join(", ", Expectations.KEYS));
                return null;
            }
            int before = problems.all().size();
            ExpectedBinding binding = e.optionalEnum("binding", ExpectedBinding.class);
            BindingBasis basis = e.optionalEnum("basis", BindingBasis.class);
            Expectations.MliRange mli = e.optional("mli").map(n -> mli(n, e.path("mli"))).orElse(null);
            Map<String, Written> recommends = interventionList(e, "recommends");
            Map<String, Written> doesNotRecommend = interventionList(e, "does_not_recommend");
            Map<String, Written> needsData = interventionList(e, "needs_data");
            Map<String, String> variants = e.optional("variant").map(n -> variants(n, e.path("variant"))).orElse(Map.of());
            List<Expectations.Order> ranksBefore = e.optional("ranks_before")
                    .map(n -> ranksBefore(n, e.path("ranks_before"))).orElse(List.of());
            String first = e.optionalText("first");
            if (first != null) {
                knownIntervention(first, e.location("first"), e.path("first"));
            }
            Map<String, Written> firstThree = interventionList(e, "first_three");
            if (firstThree.size() > 3) {
                problems.error(e.location("first_three"), e.path("first_three"), "names " + firstThree.size()
                        + " interventions; at most the three ranked first");
            }
            boolean nothingRecommended = false;
            if (e.has("recommendations")) {
                Node value = e.required("recommendations");
                if (value instanceof Node.ScalarNode scalar && "none".equals(scalar.value())) {
                    nothingRecommended = true;
                } else {
                    problems.error(value.location(), e.path("recommendations"), "expected `none` (no programme), found "
                            + value.describe());
                }
            }
            Expectations.Findings findings = e.optional("findings").map(n -> findings(n, e.path("findings"))).orElse(null);
            BindingConfidence.Level confidence = e.optionalEnum("confidence", BindingConfidence.Level.class);
            e.rejectUnknown();
            if (findings != null && findings.none() && confidence != null && confidence != BindingConfidence.Level.HIGH) {
                problems.error(e.location("confidence"), e.path("confidence"), "without findings the confidence is high; "
                        + "`findings: none` and `confidence: " + MapReader.spelling(confidence) + "` cannot both hold");
            }
            if (binding == ExpectedBinding.NONE && basis != null) {
                problems.error(e.location("basis"), e.path("basis"), "a basis cannot be expected with `binding: none`; "
                        + "leave one of them out");
            }
            Set<String> recommended = new LinkedHashSet<>(recommends.keySet());
            if (first != null) {
                recommended.add(first);
            }
            recommended.addAll(variants.keySet());
            recommended.addAll(firstThree.keySet());
            ranksBefore.forEach(o -> recommended.addAll(List.of(o.ahead(), o.behind())));
            contradiction(doesNotRecommend, recommended);
            contradiction(needsData, recommended);
            if (nothingRecommended && !recommended.isEmpty()) {
                problems.error(e.location("recommendations"), e.path("recommendations"), "`recommendations: none` expects no "
                        + "programme, but the case also expects " + String.join(", ", recommended) + " to be recommended");
            }
            if (problems.all().size() > before) {
                return null;
            }
            return new Expectations(binding, basis, mli, List.copyOf(recommends.keySet()),
                    List.copyOf(doesNotRecommend.keySet()), List.copyOf(needsData.keySet()), variants, ranksBefore, first,
                    List.copyOf(firstThree.keySet()), nothingRecommended, findings, confidence);
        }

        /**
         * {@code none}, or a list of consistency check ids (the knowledge base's or built in) and survey finding ids
         * ({@link SurveyFinding.Kind}), each known and listed once.
         */
        private Expectations.Findings findings(Node node, String path) {
            if (node instanceof Node.ScalarNode scalar && Expectations.NO_FINDINGS.equals(scalar.value())) {
                return new Expectations.Findings(List.of(), true);
            }
            List<String> known = new ArrayList<>(kb.consistency().stream().map(ConsistencyCheck::id).toList());
            known.addAll(ConsistencyCheck.BUILT_IN);
            List<String> survey = Arrays.stream(SurveyFinding.Kind.values()).map(SurveyFinding.Kind::id).toList();
            known.addAll(survey);
            if (!(node instanceof Node.ListNode list) || list.items().isEmpty()) {
                problems.error(node.location(), path, "expected `none` (no consistency finding) or a non-empty list of "
                        + "consistency check ids, e.g. [closure-without-reviews], found " + node.describe());
                return null;
            }
            Set<String> ids = new LinkedHashSet<>();
            boolean ok = true;
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                String itemPath = path + "[" + i + "]";
                if (!(item instanceof Node.ScalarNode scalar) || !(scalar.value() instanceof String id) || id.isBlank()) {
                    problems.error(item.location(), itemPath, "expected a consistency check id, found " + item.describe());
                    ok = false;
                } else if (!known.contains(id)) {
                    problems.error(item.location(), itemPath, "unknown consistency check `" + id + "`"
                            + Suggestions.hint(id, known) + "; the checks are listed in consistency.yaml, and "
                            + String.join(" and ", ConsistencyCheck.BUILT_IN) + " are built in, as are the survey's "
                            + String.join(", ", survey));
                    ok = false;
                } else if (!ids.add(id)) {
                    problems.error(item.location(), itemPath, "`" + id + "` is listed twice");
                    ok = false;
                }
            }
            return ok ? new Expectations.Findings(List.copyOf(ids), false) : null;
        }

        private Expectations.MliRange mli(Node node, String path) {
            if (node instanceof Node.ScalarNode scalar && "none".equals(scalar.value())) {
                return new Expectations.MliRange(null, null, true);
            }
            if (!(node instanceof Node.MapNode)) {
                problems.error(node.location(), path, "expected `none` (the MLI cannot be computed) or a range "
                        + "{ at_least: N, at_most: N } within 0..1, found " + node.describe());
                return null;
            }
            MapReader m = MapReader.of(node, path, problems).orElseThrow();
            Double atLeast = m.optionalNumber("at_least", 0, 1);
            Double atMost = m.optionalNumber("at_most", 0, 1);
            boolean written = m.has("at_least") || m.has("at_most");
            m.rejectUnknown();
            if (!written) {
                problems.error(m.location(), path, "give at_least, at_most or both");
                return null;
            }
            if (atLeast != null && atMost != null && atLeast > atMost) {
                problems.error(m.location("at_most"), m.path("at_most"), "must not be below at_least ("
                        + MapReader.plain(atLeast) + ")");
                return null;
            }
            return atLeast == null && atMost == null ? null : new Expectations.MliRange(atLeast, atMost, false);
        }

        /** A list of intervention ids, each known and listed once, with where each is written. */
        private Map<String, Written> interventionList(MapReader e, String key) {
            Map<String, Written> ids = new LinkedHashMap<>();
            Node node = e.optional(key).orElse(null);
            if (node == null) {
                return ids;
            }
            String path = e.path(key);
            if (!(node instanceof Node.ListNode list)) {
                problems.error(node.location(), path, "expected a list of intervention ids, e.g. [sop-cycle, process-ownership-map], found "
                        + node.describe());
                return ids;
            }
            if (list.items().isEmpty()) {
                problems.error(node.location(), path, "must not be empty; leave it out instead");
            }
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                String itemPath = path + "[" + i + "]";
                String id = e.text(item, itemPath);
                if (id == null || !knownIntervention(id, item.location(), itemPath)) {
                    continue;
                }
                if (ids.putIfAbsent(id, new Written(item.location(), itemPath)) != null) {
                    problems.error(item.location(), itemPath, "`" + id + "` is listed twice");
                }
            }
            return ids;
        }

        private Map<String, String> variants(Node node, String path) {
            Map<String, String> variants = new LinkedHashMap<>();
            MapReader m = MapReader.of(node, path, problems).orElse(null);
            if (m == null) {
                return variants;
            }
            if (m.node().entries().isEmpty()) {
                problems.error(m.location(), path, "must not be empty; leave it out instead");
            }
            for (Node.Entry entry : m.node().entries().values()) {
                String entryPath = m.path(entry.key());
                String variant = m.text(entry.value(), entryPath);
                if (!knownIntervention(entry.key(), entry.keyLocation(), entryPath) || variant == null) {
                    continue;
                }
                Intervention intervention = kb.interventions().get(entry.key());
                List<String> allowed = new ArrayList<>(intervention.variants().stream().map(Variant::id).toList());
                if (!variant.equals(Expectations.NO_VARIANT) && !allowed.contains(variant)) {
                    allowed.add(Expectations.NO_VARIANT);
                    problems.error(entry.value().location(), entryPath, "unknown variant `" + variant + "` of `"
                            + entry.key() + "`" + Suggestions.hint(variant, allowed) + "; expected one of: "
                            + String.join(", ", allowed));
                    continue;
                }
                variants.put(entry.key(), variant);
            }
            return variants;
        }

        private List<Expectations.Order> ranksBefore(Node node, String path) {
            List<Expectations.Order> orders = new ArrayList<>();
            if (!(node instanceof Node.ListNode list) || list.items().isEmpty()) {
                problems.error(node.location(), path, "expected a list of pairs, e.g. [[shared-kpi-set, shared-kpi-incentives]], "
                        + "found " + (node instanceof Node.ListNode ? "an empty list" : node.describe()));
                return orders;
            }
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                String itemPath = path + "[" + i + "]";
                if (!(item instanceof Node.ListNode pair) || pair.items().size() != 2) {
                    problems.error(item.location(), itemPath, "expected a pair [ahead, behind] of two intervention ids, found "
                            + (item instanceof Node.ListNode l ? "a list of " + l.items().size() : item.describe()));
                    continue;
                }
                String[] ids = new String[2];
                boolean ok = true;
                for (int j = 0; j < 2; j++) {
                    Node idNode = pair.items().get(j);
                    String idPath = itemPath + "[" + j + "]";
                    ids[j] = textOf(idNode, idPath);
                    ok &= ids[j] != null && knownIntervention(ids[j], idNode.location(), idPath);
                }
                if (ok && ids[0].equals(ids[1])) {
                    problems.error(item.location(), itemPath, "an intervention cannot rank ahead of itself");
                    ok = false;
                }
                if (ok) {
                    orders.add(new Expectations.Order(ids[0], ids[1]));
                }
            }
            return orders;
        }

        private String textOf(Node node, String path) {
            if (node instanceof Node.ScalarNode scalar && scalar.value() instanceof String text && !text.isBlank()) {
                return text;
            }
            problems.error(node.location(), path, "expected an intervention id, found " + node.describe());
            return null;
        }

        private boolean knownIntervention(String id, SourceLocation at, String path) {
            if (kb.interventions().containsKey(id)) {
                return true;
            }
            problems.error(at, path, "unknown intervention `" + id + "`" + Suggestions.hint(id, kb.interventions().keySet())
                    + "; the interventions are listed in interventions.yaml");
            return false;
        }

        private void contradiction(Map<String, Written> notRecommended, Set<String> recommended) {
            notRecommended.forEach((id, written) -> {
                if (recommended.contains(id)) {
                    problems.error(written.at(), written.path(), "`" + id + "` is also expected to be recommended "
                            + "(by recommends, first, first_three, variant or ranks_before); a case cannot expect both");
                }
            });
        }
    }
}
