package org.mliadvisor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.knowledge.Condition;
import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.Effort;
import org.mliadvisor.knowledge.GapMeasure;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.KpiUnit;
import org.mliadvisor.knowledge.ScaleType;
import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problem;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mliadvisor.schema.Schemas.ASSESSMENT;
import static org.mliadvisor.schema.Schemas.EXAMPLES;
import static org.mliadvisor.schema.Schemas.KNOWLEDGE_BASE;
import static org.mliadvisor.schema.Schemas.changed;
import static org.mliadvisor.schema.Schemas.loaderPath;
import static org.mliadvisor.schema.Schemas.readYaml;
import static org.mliadvisor.schema.Schemas.schemaOf;
import static org.mliadvisor.schema.Schemas.tree;
import static org.mliadvisor.schema.Schemas.validate;

/**
 * Fails when the shipped JSON Schemas ({@code schemas/}) and the Java loaders disagree. The loaders
 * are the truth; the schemas are what editors use to complete and check YAML as it is typed.
 *
 * <ul>
 *   <li>every shipped knowledge-base file and example assessment validates against its schema;</li>
 *   <li>every closed object of the schemas ({@code additionalProperties: false}) is matched to a place in
 *       a shipped (or slightly prepared) document, and at that place: its properties are exactly the keys
 *       the loader accepts (an unknown key is injected and the loader's "expected one of: …" is read),
 *       its {@code required} fields are exactly those whose removal the loader reports as
 *       "is required but missing", and every number's range agrees at and just past the loader's
 *       bounds (read from the loader's "out of range" message);</li>
 *   <li>the condition grammar's keys are the loader's, and its literal ranges agree;</li>
 *   <li>every enum equals its Java enum, every id pattern is one of the loader's regexes;</li>
 *   <li>a table of invalid documents is rejected by both, a table of valid ones accepted by both;</li>
 *   <li>a table of documents only the loader can refuse (a conflict between two fields, or with another file) is
 *       accepted by the schema, and each such check is listed in the schema's description as one the tool makes.</li>
 * </ul>
 *
 * Where a bound depends on another file (an indicator's own scale, a KPI's unit), the schema can
 * only be looser than the loader; those places are declared and checked in that direction only.
 * Each changed document is loaded in memory in place of its shipped file, the others as shipped.
 */
class SchemaAgreementTest {

    /** A key no loader knows, injected to read the keys it does know. */
    private static final String PROBE = "zz_probe";

    private static final Pattern EXPECTED_KEYS = Pattern.compile("; expected one of: (.*)$");
    private static final Pattern RANGE = Pattern.compile("is out of range; expected (a whole number from )?(\\S+) to (\\S+)$");
    private static final Pattern CONDITION_KEYS = Pattern.compile(
            "expected (.*), or one subject \\((.*)\\) with one operator \\((.*)\\)$");

    private final Schemas.Loaders loaders = new Schemas.Loaders();

    // ------------------------------------------------------------------ the shipped files

    static Stream<Arguments> shippedFiles() {
        Stream<Arguments> kb = Stream.concat(KnowledgeBaseLoader.FILES.stream(), KnowledgeBaseLoader.OPTIONAL_FILES.stream())
                .map(f -> arguments(KNOWLEDGE_BASE.resolve(f), schemaOf(f)));
        Stream<Arguments> examples = Schemas.examples().stream().map(f -> arguments(f, ASSESSMENT));
        return Stream.concat(kb, examples);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFiles")
    void shippedFileValidatesAgainstItsSchema(Path file, String schema) {
        List<Error> errors = validate(schema, readYaml(file));

        assertThat(errors).as(file + " against schemas/" + schema).extracting(Error::toString).isEmpty();
    }

    // ------------------------------------------------------------------ places: a schema object and where it occurs

    /**
     * A closed object of a schema ({@code objectSchema} at {@code schemaPointer}) and a place in a
     * document of {@code documentSchema} where it occurs ({@code pointer}).
     *
     * @param loose whether the object's number bounds depend on another file (an indicator's scale, a KPI's
     *              unit), so that the schema can only be looser than the loader
     * @param closed whether the object has fixed keys (false for a map of ids, whose values alone are checked)
     */
    record Place(String name, String documentSchema, String objectSchema, String schemaPointer, JsonNode document,
                 String pointer, boolean loose, boolean closed) {

        ObjectNode object() {
            return (ObjectNode) document.at(pointer);
        }

        JsonNode schema() {
            return tree(objectSchema).at(schemaPointer);
        }

        String path(String key) {
            String base = loaderPath(pointer);
            return base.isEmpty() ? key : base + "." + key;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Place place(String schema, String schemaPointer, JsonNode document, String pointer) {
        return new Place(schema + "#" + schemaPointer + " at " + pointer, schema, schema, schemaPointer, document, pointer,
                false, true);
    }

    private static JsonNode kb(String file) {
        return readYaml(KNOWLEDGE_BASE.resolve(file));
    }

    private static int first(JsonNode list, Predicate<JsonNode> test) {
        int i = firstOrNone(list, test);
        if (i < 0) {
            throw new IllegalStateException("the shipped knowledge base has no such entry: " + list);
        }
        return i;
    }

    private static String scaleType(JsonNode indicator) {
        return indicator.path("scale").path("type").asText();
    }

    static List<Place> places() {
        List<Place> places = new ArrayList<>();

        JsonNode method = kb("method.yaml");
        String m = "method.schema.json";
        places.add(place(m, "", method, ""));
        places.add(place(m, "/properties/knowledge_base", method, "/knowledge_base"));
        places.add(place(m, "/properties/sources/items", method, "/sources/0"));
        places.add(place(m, "/properties/context/items", method, "/context/0"));
        places.add(place(m, "/properties/scoring", method, "/scoring"));
        places.add(place(m, "/properties/kpi_gaps", method, "/kpi_gaps"));
        places.add(place(m, "/properties/kpi_gaps/properties/weights", method, "/kpi_gaps/weights"));
        places.add(place(m, "/properties/binding", method, "/binding"));
        places.add(place(m, "/properties/ranking", method, "/ranking"));
        places.add(place(m, "/properties/planning", method, "/planning"));
        places.add(place(m, "/properties/survey", method, "/survey"));

        JsonNode items = kb("items.yaml");
        places.add(place("items.schema.json", "", items, ""));
        places.add(place("items.schema.json", "/definitions/item", items, "/items/0"));

        JsonNode dimensions = kb("dimensions.yaml");
        places.add(place("dimensions.schema.json", "", dimensions, ""));
        places.add(place("dimensions.schema.json", "/properties/dimensions/items", dimensions, "/dimensions/0"));

        JsonNode kpis = kb("kpis.yaml");
        places.add(place("kpis.schema.json", "", kpis, ""));
        int kpi = first(kpis.get("kpis"), k -> k.has("source") && k.has("gap"));
        places.add(place("kpis.schema.json", "/properties/kpis/items", kpis, "/kpis/" + kpi));
        places.add(new Place("source.schema.json# at kpis.yaml /kpis/" + kpi + "/source", "kpis.schema.json",
                "source.schema.json", "", kpis, "/kpis/" + kpi + "/source", false, true));
        places.addAll(kpiGapPlaces(kpis));

        places.addAll(indicatorPlaces());

        JsonNode gates = kb("gates.yaml");
        places.add(place("gates.schema.json", "", gates, ""));
        places.add(place("gates.schema.json", "/properties/gates/items", gates, "/gates/0"));

        JsonNode consistency = kb("consistency.yaml");
        String cs = "consistency.schema.json";
        places.add(place(cs, "", consistency, ""));
        places.add(place(cs, "/definitions/contradiction", consistency, "/checks/"
                + first(consistency.get("checks"), c -> c.path("kind").asText().equals("contradiction") && c.has("source"))));
        places.add(place(cs, "/definitions/triangulation", consistency, "/checks/"
                + first(consistency.get("checks"), c -> c.path("kind").asText().equals("triangulation") && c.has("source"))));

        JsonNode interventions = kb("interventions.yaml");
        String iv = "interventions.schema.json";
        int full = first(interventions.get("interventions"), i -> i.has("variants") && i.has("requires") && i.has("source")
                && i.has("start_early_when") && i.get("variants").get(0).has("action"));
        places.add(place(iv, "", interventions, ""));
        places.add(place(iv, "/definitions/intervention", interventions, "/interventions/" + full));
        places.add(place(iv, "/definitions/variant", interventions, "/interventions/" + full + "/variants/0"));
        places.add(place(iv, "/definitions/expectedEffect", interventions, "/interventions/" + first(interventions.get("interventions"),
                i -> i.path("expected_effect").has("reaches") && i.path("expected_effect").has("kpis")
                        && i.path("expected_effect").has("also_improves")) + "/expected_effect"));
        places.add(new Place("text.schema.json#/oneOf/1 at interventions.yaml /interventions/0/title", iv,
                "text.schema.json", "/oneOf/1", interventions, "/interventions/0/title", false, true));

        JsonNode roadmap = kb("roadmap.yaml");
        String r = "roadmap.schema.json";
        places.add(place(r, "", roadmap, ""));
        places.add(place(r, "/properties/roadmap", roadmap, "/roadmap"));
        places.add(place(r, "/properties/roadmap/properties/total_weeks", roadmap, "/roadmap/total_weeks"));
        places.add(place(r, "/properties/roadmap/properties/steps/items", roadmap, "/roadmap/steps/0"));
        places.add(place(r, "/properties/roadmap/properties/steps/items/properties/weeks", roadmap, "/roadmap/steps/0/weeks"));

        JsonNode firm = firm();
        places.add(place(ASSESSMENT, "", firm, ""));
        places.add(place(ASSESSMENT, "/properties/weights", firm, "/weights"));
        places.add(new Place(ASSESSMENT + "#/definitions/kpi at /kpis/otif (bounds depend on the KPI's unit)", ASSESSMENT,
                ASSESSMENT, "/definitions/kpi", firm, "/kpis/otif", true, true));
        JsonNode survey = readYaml(EXAMPLES.resolve("survey-firm.yaml"));
        places.add(place(ASSESSMENT, "/properties/respondents/items", survey, "/respondents/0"));
        JsonNode export = changed(readYaml(EXAMPLES.resolve("survey-firm.csv.yaml")), "",
                o -> o.putObject("responses").put("file", "survey-firm.responses.csv"));
        places.add(place(ASSESSMENT, "/properties/responses/oneOf/1", export, "/responses"));
        places.add(place(ASSESSMENT, "/properties/implemented/items", implementing(firm, "transport-visibility-dashboard",
                "2026-10-05"), "/implemented/0"));
        // one indicator of each scale type: the bounds are the indicator's own scale
        JsonNode indicators = kb("indicators.yaml");
        Set<String> typesSeen = new LinkedHashSet<>();
        JsonNode answers = changed(firm, "/indicators", o -> {
            o.removeAll();
            for (JsonNode indicator : indicators.get("indicators")) {
                if (!scaleType(indicator).equals("yes_no") && typesSeen.add(scaleType(indicator))) {
                    o.set(indicator.get("id").asText(), firm.get("indicators").get(indicator.get("id").asText()));
                }
            }
        });
        places.add(new Place(ASSESSMENT + "#/properties/indicators at /indicators (bounds depend on each indicator's scale)",
                ASSESSMENT, ASSESSMENT, "/properties/indicators", answers, "/indicators", true, false));
        return places;
    }

    /**
     * The shipped example assessment, with weights (which the example leaves to the knowledge base) so that every
     * key of an assessment is present.
     */
    private static JsonNode firm() {
        return changed(readYaml(EXAMPLES.resolve("illustrative-firm.yaml")), "",
                o -> o.putObject("weights").put("S", 0.4).put("T", 0.3).put("R", 0.3));
    }

    /** {@code firm} recording {@code intervention} as implemented since {@code since}, after whatever it records already. */
    private static JsonNode implementing(JsonNode firm, String intervention, String since) {
        return changed(firm, "", o -> {
            ArrayNode list = o.has("implemented") ? (ArrayNode) o.get("implemented") : o.putArray("implemented");
            list.addObject().put("id", intervention).put("since", since);
        });
    }

    /**
     * A KPI's {@code gap} on one KPI of each unit, whose largest value bounds the floor: the shipped gap where the
     * KPI has one with every key, else one prepared with every key.
     */
    private static List<Place> kpiGapPlaces(JsonNode kpis) {
        List<Place> places = new ArrayList<>();
        String s = "kpis.schema.json";
        JsonNode list = kpis.get("kpis");
        for (KpiUnit unit : KpiUnit.values()) {
            String spelling = MapReader.spelling(unit);
            int full = firstOrNone(list, k -> k.path("unit").asText().equals(spelling) && hasEveryGapKey(k));
            int i = full >= 0 ? full : first(list, k -> k.path("unit").asText().equals(spelling));
            JsonNode document = full >= 0 ? kpis : changed(kpis, "/kpis/" + i, o -> o.putObject("gap")
                    .put("measure", "relative").put("floor", 1).put("moderate_from", 0.25).put("severe_from", 1.0));
            places.add(new Place(s + "#/properties/kpis/items/properties/gap on a " + spelling + " KPI"
                    + (full >= 0 ? "" : " (prepared)"), s, s, "/properties/kpis/items/properties/gap", document,
                    "/kpis/" + i + "/gap", false, true));
        }
        return places;
    }

    private static boolean hasEveryGapKey(JsonNode kpi) {
        return Stream.of("measure", "floor", "moderate_from", "severe_from").allMatch(kpi.path("gap")::has);
    }

    private static int firstOrNone(JsonNode list, Predicate<JsonNode> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The indicator places, with scoring prepared on one indicator of each scale type so every range is probed. */
    private static List<Place> indicatorPlaces() {
        List<Place> places = new ArrayList<>();
        String s = "indicators.schema.json";
        JsonNode indicators = kb("indicators.yaml");
        JsonNode list = indicators.get("indicators");
        places.add(place(s, "", indicators, ""));
        int full = first(list, i -> i.has("scoring") && i.has("source"));
        places.add(place(s, "/definitions/indicator", indicators, "/indicators/" + full));
        places.add(place(s, "/definitions/scale/oneOf/0", indicators,
                "/indicators/" + first(list, i -> !scaleType(i).equals("count")) + "/scale"));
        places.add(place(s, "/definitions/scale/oneOf/1", indicators,
                "/indicators/" + first(list, i -> scaleType(i).equals("count")) + "/scale"));
        places.add(place(s, "/definitions/scoring", indicators, "/indicators/" + full + "/scoring"));
        for (ScaleType type : ScaleType.values()) {
            if (type == ScaleType.YES_NO) {
                continue;
            }
            String spelling = MapReader.spelling(type);
            int i = first(list, indicator -> scaleType(indicator).equals(spelling));
            JsonNode scale = list.get(i).get("scale");
            double min = type.min();
            double max = type == ScaleType.COUNT ? scale.get("max").asDouble() : type.defaultMax();
            boolean loose = type == ScaleType.COUNT;
            String why = type == ScaleType.COUNT ? " (bounds depend on the indicator's max)" : "";
            String at = "/indicators/" + i + "/scoring";
            JsonNode linear = changed(indicators, "/indicators/" + i, o -> {
                ObjectNode scoring = o.putObject("scoring");
                scoring.putObject("linear").put("zero_at", min).put("full_at", max);
            });
            places.add(new Place(s + "#/definitions/scoring/properties/linear on a " + spelling + " scale" + why, s, s,
                    "/definitions/scoring/properties/linear", linear, at + "/linear", loose, true));
            JsonNode bands = changed(indicators, "/indicators/" + i, o -> {
                ArrayNode two = o.putObject("scoring").putArray("bands");
                double middle = (min + max) / 2;
                two.addObject().put("from", min).put("to", middle).put("score", 0.0);
                two.addObject().put("from", middle).put("to", max).put("score", 1.0);
            });
            places.add(new Place(s + "#/definitions/scoring/properties/bands/items on a " + spelling + " scale" + why, s, s,
                    "/definitions/scoring/properties/bands/items", bands, at + "/bands/0", loose, true));
        }
        return places;
    }

    static Stream<Place> closedPlaces() {
        return places().stream().filter(Place::closed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void everyPlaceIsValidToBothBeforeItIsProbed(Place place) {
        assertThat(validate(place.documentSchema(), place.document())).extracting(Error::toString).isEmpty();
        assertThat(loaders.load(place.documentSchema(), place.document())).extracting(Problem::toString).isEmpty();
        assertThat(place.schema().isMissingNode()).as("schema pointer exists").isFalse();
        assertThat(place.document().at(place.pointer()).isObject()).as("document pointer names an object").isTrue();
    }

    // ------------------------------------------------------------------ keys

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedPlaces")
    void schemaPropertiesAreExactlyTheKeysTheLoaderAccepts(Place place) {
        JsonNode probed = changed(place.document(), place.pointer(), o -> o.put(PROBE, 1));

        List<Problem> problems = loaders.load(place.documentSchema(), probed);

        Problem unknown = problems.stream()
                .filter(p -> p.field().equals(place.path(PROBE))
                        && (p.message().startsWith("unknown field") || p.message().startsWith("unknown language")))
                .findFirst().orElseThrow(() -> new AssertionError("the loader did not reject `" + PROBE + "` at "
                        + place.path(PROBE) + "; it reported " + problems));
        Matcher keys = EXPECTED_KEYS.matcher(unknown.message());
        assertThat(keys.find()).as(unknown.message()).isTrue();
        Set<String> loaderKeys = new TreeSet<>(Arrays.asList(keys.group(1).split(", ")));
        assertThat(properties(place.schema())).as("properties of " + place.objectSchema() + "#" + place.schemaPointer()
                + " against the keys the loader accepts at `" + loaderPath(place.pointer()) + "`").isEqualTo(loaderKeys);
        assertThat(validate(place.documentSchema(), probed)).as("the schema rejects the unknown key too").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedPlaces")
    void requiredFieldsAreExactlyThoseTheLoaderRequires(Place place) {
        Set<String> required = strings(place.schema().path("required"));
        List<String> disagreements = new ArrayList<>();
        for (String key : properties(place.schema())) {
            if (!place.object().has(key)) {
                assertThat(required).as(key + " is absent here, so it must be optional").doesNotContain(key);
                continue;
            }
            JsonNode without = changed(place.document(), place.pointer(), o -> o.remove(key));
            boolean loaderRequires = loaders.load(place.documentSchema(), without).stream()
                    .anyMatch(p -> p.field().equals(place.path(key)) && p.message().equals("is required but missing"));
            if (loaderRequires != required.contains(key)) {
                disagreements.add(key + ": the loader " + (loaderRequires ? "requires" : "does not require")
                        + " it, the schema " + (required.contains(key) ? "does" : "does not"));
            }
            if (required.contains(key)) {
                assertThat(validate(place.documentSchema(), without)).as("the schema rejects a missing " + key).isNotEmpty();
            }
        }
        assertThat(disagreements).isEmpty();
    }

    // ------------------------------------------------------------------ numbers

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void numericRangesAgreeAtAndJustPastTheLoadersBounds(Place place) {
        List<String> disagreements = new ArrayList<>();
        for (Iterator<String> it = place.object().fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (place.object().get(key).isNumber()) {
                disagreements.addAll(checkRange(place, key));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private List<String> checkRange(Place place, String key) {
        String path = place.path(key);
        List<Problem> huge = loadWith(place, key, LongNode.valueOf(1_000_000_000_000L));
        Matcher range = huge.stream().filter(p -> p.field().equals(path)).map(p -> RANGE.matcher(p.message()))
                .filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("the loader did not range-check " + path + ": " + huge));
        boolean whole = range.group(1) != null;
        BigDecimal lo = new BigDecimal(range.group(2));
        BigDecimal hi = new BigDecimal(range.group(3));
        List<String> disagreements = new ArrayList<>();
        List<JsonNode> candidates = new ArrayList<>();
        for (BigDecimal bound : List.of(lo, hi)) {
            BigDecimal step = whole ? BigDecimal.ONE : new BigDecimal("0.000001").multiply(bound.abs().max(BigDecimal.ONE));
            candidates.add(number(bound.subtract(step)));
            candidates.add(number(bound));
            candidates.add(number(bound.add(step)));
        }
        if (whole) {
            candidates.add(DecimalNode.valueOf(lo.add(new BigDecimal("0.5"))));
        }
        for (JsonNode value : candidates) {
            boolean loaderRejects = loadWith(place, key, value).stream()
                    .anyMatch(p -> p.field().equals(path) && isRangeProblem(p.message()));
            JsonNode document = changed(place.document(), place.pointer(), o -> o.set(key, value));
            boolean schemaRejects = !validate(place.documentSchema(), document).isEmpty();
            boolean agree = place.loose() ? loaderRejects || !schemaRejects : loaderRejects == schemaRejects;
            if (!agree) {
                disagreements.add(path + " = " + value + ": the loader " + (loaderRejects ? "rejects" : "accepts")
                        + " it, the schema " + (schemaRejects ? "rejects" : "accepts") + " it (loader range "
                        + range.group(2) + " to " + range.group(3) + (whole ? ", whole numbers" : "") + ")");
            }
        }
        return disagreements;
    }

    /**
     * A value off its own bounds, as opposed to one that conflicts with another field (e.g. max below min, or a
     * target of 0 for a KPI without a floor).
     */
    private static boolean isRangeProblem(String message) {
        return message.contains("is out of range") || message.startsWith("expected a whole number");
    }

    private List<Problem> loadWith(Place place, String key, JsonNode value) {
        return loaders.load(place.documentSchema(), changed(place.document(), place.pointer(), o -> o.set(key, value)));
    }

    private static JsonNode number(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? LongNode.valueOf(value.longValueExact()) : DecimalNode.valueOf(value);
    }

    // ------------------------------------------------------------------ every closed object is probed

    @Test
    void everyClosedObjectOfEverySchemaIsProbedAbove() {
        Set<String> probed = places().stream().filter(Place::closed).map(p -> p.objectSchema() + "#" + p.schemaPointer())
                .collect(Collectors.toCollection(TreeSet::new));
        // the condition grammar's objects are checked by the condition tests below
        Stream.of("all", "any", "not", "comparison").forEach(d -> probed.add("condition.schema.json#/definitions/" + d));
        Set<String> closed = new TreeSet<>();
        for (String file : Schemas.files()) {
            walk(tree(file), "", (node, pointer) -> {
                if (node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean()) {
                    closed.add(file + "#" + pointer);
                }
            });
        }
        assertThat(probed).isEqualTo(closed);
    }

    // ------------------------------------------------------------------ conditions

    @Test
    void conditionKeysAreTheLoadersGroupsSubjectsAndOperators() {
        JsonNode gates = kb("gates.yaml");
        JsonNode probed = changed(gates, "/gates/0/when", o -> o.put(PROBE, 1));

        List<Problem> problems = loaders.loadKb("gates.yaml", probed);

        Problem unknown = problems.stream()
                .filter(p -> p.field().endsWith(".when." + PROBE) && p.message().startsWith("unknown condition key"))
                .findFirst().orElseThrow(() -> new AssertionError("no unknown condition key reported: " + problems));
        Matcher keys = CONDITION_KEYS.matcher(unknown.message());
        assertThat(keys.find()).as(unknown.message()).isTrue();
        JsonNode definitions = tree("condition.schema.json").get("definitions");
        Set<String> groups = new TreeSet<>();
        Stream.of("all", "any", "not").forEach(g -> groups.addAll(properties(definitions.get(g))));
        JsonNode comparison = definitions.get("comparison");
        Set<String> subjects = requiredOfOneOf(comparison.get("allOf").get(0));
        Set<String> operators = requiredOfOneOf(comparison.get("allOf").get(1));

        assertThat(groups).isEqualTo(new TreeSet<>(Arrays.asList(keys.group(1).split(", "))));
        assertThat(subjects).isEqualTo(new TreeSet<>(Arrays.asList(keys.group(2).split(", "))));
        assertThat(operators).isEqualTo(new TreeSet<>(Arrays.asList(keys.group(3).split(", "))));
        assertThat(subjects).isEqualTo(Arrays.stream(Condition.Subject.values()).map(Condition.Subject::key)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(operators).isEqualTo(Arrays.stream(Condition.Operator.values()).map(Condition.Operator::key)
                .collect(Collectors.toCollection(TreeSet::new)));
        Set<String> both = new TreeSet<>(subjects);
        both.addAll(operators);
        assertThat(properties(comparison)).isEqualTo(both);
        assertThat(validate("gates.schema.json", probed)).isNotEmpty();
    }

    static Stream<Arguments> conditionSubjects() {
        return Stream.of(
                arguments("indicator_score", "S.sop_cycle", false),
                arguments("dimension", "T", false),
                arguments("kpi_gap", "otif", false),
                // an indicator's raw value is bounded by its own scale, which the schema cannot see
                arguments("indicator", "T.crm_erp_consistency", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conditionSubjects")
    void conditionLiteralRangesAgree(String subject, String target, boolean loose) {
        JsonNode range = Stream.of(tree("condition.schema.json").at("/definitions/comparison/allOf"))
                .flatMap(all -> Stream.iterate(0, i -> i < all.size(), i -> i + 1).map(all::get))
                .filter(c -> c.at("/if/required/0").asText().equals(subject))
                .map(c -> c.at("/then/properties/at_least")).findFirst().orElseThrow();
        BigDecimal lo = range.get("minimum").decimalValue();
        BigDecimal hi = range.get("maximum").decimalValue();
        JsonNode gates = kb("gates.yaml");
        List<String> disagreements = new ArrayList<>();
        for (String operator : List.of("below", "at_most", "above", "at_least")) {
            for (BigDecimal value : List.of(lo.subtract(new BigDecimal("0.001")), lo, hi, hi.add(new BigDecimal("0.001")))) {
                JsonNode document = changed(gates, "/gates/0", o -> o.putObject("when").put(subject, target)
                        .set(operator, number(value)));
                boolean loaderRejects = !loaders.loadKb("gates.yaml", document).isEmpty();
                boolean schemaRejects = !validate("gates.schema.json", document).isEmpty();
                boolean agree = loose ? loaderRejects || !schemaRejects : loaderRejects == schemaRejects;
                if (!agree) {
                    disagreements.add(subject + " " + operator + " " + value + ": the loader "
                            + (loaderRejects ? "rejects" : "accepts") + " it, the schema " + (schemaRejects ? "rejects" : "accepts"));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    // ------------------------------------------------------------------ enums and ids

    static Stream<Arguments> enums() {
        String dimensionIn = "the dimensions of ";
        return Stream.of(
                arguments(dimensionIn + "dimensions.yaml", "dimensions.schema.json",
                        List.of("/properties/dimensions/items/properties/id"), Dimension.class),
                arguments(dimensionIn + "indicators.yaml", "indicators.schema.json",
                        List.of("/definitions/indicator/properties/dimension"), Dimension.class),
                arguments("scale types", "indicators.schema.json",
                        List.of("/definitions/scale/oneOf/0/properties/type", "/definitions/scale/oneOf/1/properties/type"),
                        ScaleType.class),
                arguments("KPI units", "kpis.schema.json", List.of("/properties/kpis/items/properties/unit"), KpiUnit.class),
                arguments("KPI directions", "kpis.schema.json", List.of("/properties/kpis/items/properties/better"),
                        Direction.class),
                arguments("KPI gap measures", "kpis.schema.json",
                        List.of("/properties/kpis/items/properties/gap/properties/measure"), GapMeasure.Kind.class),
                arguments(dimensionIn + "gates.yaml", "gates.schema.json", List.of("/properties/gates/items/properties/binding"),
                        Dimension.class),
                arguments(dimensionIn + "interventions.yaml", "interventions.schema.json",
                        List.of("/definitions/intervention/properties/dimension"), Dimension.class),
                arguments("efforts", "interventions.schema.json", List.of("/definitions/intervention/properties/effort"),
                        Effort.class),
                arguments("consistency check kinds", "consistency.schema.json",
                        List.of("/definitions/contradiction/properties/kind", "/definitions/triangulation/properties/kind"),
                        ConsistencyCheck.Kind.class),
                arguments(dimensionIn + "consistency.yaml", "consistency.schema.json",
                        List.of("/definitions/triangulation/properties/dimensions/items"), Dimension.class),
                arguments(dimensionIn + "items.yaml", "items.schema.json", List.of("/definitions/item/properties/dimension"),
                        Dimension.class),
                arguments("respondent functions", ASSESSMENT,
                        List.of("/properties/respondents/items/properties/function"), RespondentFunction.class),
                arguments(dimensionIn + "conditions", "condition.schema.json",
                        List.of("/definitions/comparison/properties/dimension",
                                "/definitions/comparison/properties/perception_gap"), Dimension.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void enumIsTheJavaEnum(String what, String schema, List<String> pointers, Class<? extends Enum<?>> type) {
        Set<String> values = new TreeSet<>();
        pointers.forEach(p -> values.addAll(strings(tree(schema).at(p).get("enum"))));

        assertThat(values).isEqualTo(Arrays.stream(type.getEnumConstants()).map(MapReader::spelling)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyEnumOfEverySchemaIsCheckedAbove() {
        Set<String> checked = enums().map(a -> a.get()).flatMap(a -> ((List<?>) a[2]).stream().map(p -> a[1] + "#" + p))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = new TreeSet<>();
        for (String file : Schemas.files()) {
            walk(tree(file), "", (node, pointer) -> {
                if (node.has("enum") && !pointer.contains("/propertyNames")) {
                    all.add(file + "#" + pointer);
                }
            });
        }
        assertThat(checked).isEqualTo(all);
        assertThat(properties(tree(ASSESSMENT).at("/properties/weights"))).as("assessment weights")
                .isEqualTo(Arrays.stream(Dimension.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyPatternIsOneOfTheLoadersIdRegexes() throws ReflectiveOperationException {
        Set<String> ids = new TreeSet<>();
        for (String name : List.of("INDICATOR_ID", "SNAKE_ID", "KEBAB_ID", "ITEM_ID")) {
            Field field = KnowledgeBaseLoader.class.getDeclaredField(name);
            field.setAccessible(true);
            ids.add("^" + ((Pattern) field.get(null)).pattern() + "$");
        }
        Set<String> allowed = new TreeSet<>(ids);
        allowed.add("\\S");                                // text: not blank, as MapReader.text
        allowed.add("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");       // assessed_on, as LocalDate.parse
        Stream.of("S", "T", "R").forEach(d -> allowed.add("^" + d + "\\."));   // an indicator id's dimension letter
        Set<String> used = new TreeSet<>();
        for (String file : Schemas.files()) {
            walk(tree(file), "", (node, pointer) -> {
                if (node.path("pattern").isTextual() && !pointer.endsWith("/properties")) {
                    used.add(node.get("pattern").asText());
                }
            });
        }
        assertThat(allowed).containsAll(used);
        assertThat(used).containsAll(ids);
    }

    @Test
    void widestBoundsAreTheJavaOnes() {
        double widestUnit = Arrays.stream(KpiUnit.values()).mapToDouble(KpiUnit::max).max().orElseThrow();
        JsonNode kpi = tree(ASSESSMENT).at("/definitions/kpi/properties");
        assertThat(kpi.at("/actual/maximum").asDouble()).isEqualTo(widestUnit);
        assertThat(kpi.at("/target/maximum").asDouble()).isEqualTo(widestUnit);
        assertThat(kpi.at("/actual/minimum").asDouble()).isZero();
        // a target of 0 is a real target for a KPI with a floor; without one the tool refuses it (see refusedByTheToolAlone)
        assertThat(kpi.at("/target/minimum").asDouble()).isZero();
        // a KPI gap's floor is bounded by the KPI's unit: the widest bound, and each unit's own in an if/then
        JsonNode kpiItem = tree("kpis.schema.json").at("/properties/kpis/items");
        assertThat(kpiItem.at("/properties/gap/properties/floor/maximum").asDouble()).isEqualTo(widestUnit);
        for (KpiUnit unit : KpiUnit.values()) {
            double floorMax = kpiItem.at("/properties/gap/properties/floor/maximum").asDouble();
            for (JsonNode branch : kpiItem.path("allOf")) {
                if (branch.at("/if/properties/unit/const").asText().equals(MapReader.spelling(unit))) {
                    floorMax = branch.at("/then/properties/gap/properties/floor/maximum").asDouble();
                }
            }
            assertThat(floorMax).as("the largest floor of a " + MapReader.spelling(unit) + " KPI").isEqualTo(unit.max());
        }
        // a count scale's max bounds every raw value: answers, scoring points and condition literals
        double countMax = tree("indicators.schema.json").at("/definitions/scale/oneOf/1/properties/max/maximum").asDouble();
        assertThat(tree(ASSESSMENT).at("/properties/indicators/additionalProperties/maximum").asDouble()).isEqualTo(countMax);
        assertThat(tree("indicators.schema.json").at("/definitions/scoring/properties/linear/properties/zero_at/maximum")
                .asDouble()).isEqualTo(countMax);
        assertThat(tree("indicators.schema.json").at("/definitions/scoring/properties/bands/items/properties/to/maximum")
                .asDouble()).isEqualTo(countMax);
        assertThat(tree("condition.schema.json").at("/definitions/comparison/allOf/2/then/properties/below/maximum")
                .asDouble()).isEqualTo(countMax);
    }

    // ------------------------------------------------------------------ whole documents: both reject, both accept

    /** A change to one shipped document. */
    record Case(String name, String schema, JsonNode document) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case kbCase(String name, String file, String pointer, Consumer<ObjectNode> change) {
        return new Case(name, schemaOf(file), changed(kb(file), pointer, change));
    }

    private static Case assessmentCase(String name, Consumer<ObjectNode> change) {
        return new Case(name, ASSESSMENT, changed(firm(), "", change));
    }

    private static Case conditionCase(String name, UnaryOperator<ObjectNode> when) {
        return kbCase(name, "gates.yaml", "/gates/0", o -> o.set("when", when.apply(JsonNodeFactory.instance.objectNode())));
    }

    private static int indicatorOf(String type) {
        return first(kb("indicators.yaml").get("indicators"), i -> scaleType(i).equals(type));
    }

    private static int kpiIn(String unit) {
        return first(kb("kpis.yaml").get("kpis"), k -> k.path("unit").asText().equals(unit));
    }

    /** A KPI the example assessment reports whose gap has (or, with {@code floor} false, has no) floor. */
    private static String reportedKpi(boolean floor) {
        JsonNode reported = firm().get("kpis");
        JsonNode kpis = kb("kpis.yaml").get("kpis");
        return kpis.get(first(kpis, k -> reported.has(k.get("id").asText()) && k.path("gap").has("floor") == floor))
                .get("id").asText();
    }

    static Stream<Case> rejectedByBoth() {
        int withGap = first(kb("kpis.yaml").get("kpis"), k -> k.has("gap"));
        int yesNo = indicatorOf("yes_no");
        int percent = indicatorOf("percent");
        int count = indicatorOf("count");
        return Stream.of(
                kbCase("scoring on a yes/no indicator", "indicators.yaml", "/indicators/" + yesNo,
                        o -> o.putObject("scoring").putObject("linear").put("zero_at", 0).put("full_at", 1)),
                kbCase("an S indicator in dimension T", "indicators.yaml", "/indicators/0", o -> o.put("dimension", "T")),
                kbCase("a count scale without unit", "indicators.yaml", "/indicators/" + count + "/scale", o -> o.remove("unit")),
                kbCase("a percent scale with a max", "indicators.yaml", "/indicators/" + percent + "/scale", o -> o.put("max", 100)),
                kbCase("scoring with both linear and bands", "indicators.yaml", "/indicators/" + percent, o -> {
                    ObjectNode scoring = o.putObject("scoring");
                    scoring.putObject("linear").put("zero_at", 0).put("full_at", 100);
                    scoring.putArray("bands").addObject().put("from", 0).put("to", 100).put("score", 1);
                }),
                kbCase("empty scoring", "indicators.yaml", "/indicators/" + percent, o -> o.putObject("scoring")),
                kbCase("a percent band beyond 100", "indicators.yaml", "/indicators/" + percent,
                        o -> o.putObject("scoring").putArray("bands").addObject().put("from", 0).put("to", 101).put("score", 1)),
                kbCase("an indicator linked to a KPI twice", "indicators.yaml", "/indicators/0",
                        o -> o.putArray("kpis").add("otif").add("otif")),
                kbCase("no linked KPIs", "indicators.yaml", "/indicators/0", o -> o.putArray("kpis")),
                kbCase("a blank name", "indicators.yaml", "/indicators/0", o -> o.put("name", "   ")),
                kbCase("a name that is a number", "indicators.yaml", "/indicators/0", o -> o.put("name", 12)),
                kbCase("a snake_case indicator id without dimension", "indicators.yaml", "/indicators/0",
                        o -> o.put("id", "sop_cycle")),
                kbCase("a KPI in an unknown unit", "kpis.yaml", "/kpis/0", o -> o.put("unit", "hours")),
                kbCase("a kebab-case KPI id", "kpis.yaml", "/kpis/0", o -> o.put("id", "on-time")),
                kbCase("no KPIs", "kpis.yaml", "", o -> o.putArray("kpis")),
                kbCase("a fourth dimension", "dimensions.yaml", "", o -> ((ArrayNode) o.get("dimensions"))
                        .add(o.get("dimensions").get(0).deepCopy())),
                kbCase("dimension R given twice, T missing", "dimensions.yaml", "/dimensions/1", o -> o.put("id", "R")),
                kbCase("a source without where", "kpis.yaml", "/kpis/0/source", o -> o.remove("where")),
                kbCase("an unknown gap measure", "kpis.yaml", "/kpis/" + withGap + "/gap", o -> o.put("measure", "absolute")),
                kbCase("a negative gap floor", "kpis.yaml", "/kpis/" + withGap + "/gap", o -> o.put("floor", -1)),
                kbCase("a floor beyond 100 on a percent KPI", "kpis.yaml", "/kpis/" + kpiIn("percent"),
                        o -> o.putObject("gap").put("floor", 101)),
                kbCase("a floor beyond 3650 on a days KPI", "kpis.yaml", "/kpis/" + kpiIn("days"),
                        o -> o.putObject("gap").put("floor", 3651)),
                kbCase("a floor beyond 1,000,000 on a count_per_month KPI", "kpis.yaml", "/kpis/" + kpiIn("count_per_month"),
                        o -> o.putObject("gap").put("floor", 1_000_001)),
                kbCase("a KPI's own moderate_from without severe_from", "kpis.yaml", "/kpis/" + withGap,
                        o -> o.putObject("gap").put("moderate_from", 0.2)),
                kbCase("a KPI's own severe_from without moderate_from", "kpis.yaml", "/kpis/" + withGap,
                        o -> o.putObject("gap").put("severe_from", 0.5)),
                kbCase("a failure rate on a days KPI", "kpis.yaml", "/kpis/" + kpiIn("days"),
                        o -> o.putObject("gap").put("measure", "failure_rate")),
                kbCase("a failure rate on a lower-is-better percent KPI", "kpis.yaml", "/kpis/" + kpiIn("percent"),
                        o -> o.put("better", "lower").putObject("gap").put("measure", "failure_rate")),
                kbCase("a gap given as a number", "kpis.yaml", "/kpis/" + withGap, o -> o.put("gap", 0.1)),
                kbCase("a context factor with a value listed twice", "method.yaml", "/context/0",
                        o -> o.putArray("values").add("low").add("low")),
                kbCase("min_answered_per_dimension of 1.5", "method.yaml", "/scoring", o -> o.put("min_answered_per_dimension", 1.5)),
                kbCase("a knowledge-base id in snake_case", "method.yaml", "/knowledge_base", o -> o.put("id", "mli_core")),
                kbCase("a number as version", "method.yaml", "/knowledge_base", o -> o.put("version", 1.0)),
                kbCase("no sources", "method.yaml", "", o -> o.putArray("sources")),
                kbCase("a blank min_answered_reason", "method.yaml", "/scoring", o -> o.put("min_answered_reason", " ")),
                kbCase("severity weights without severe", "method.yaml", "/kpi_gaps/weights", o -> o.remove("severe")),
                kbCase("a severity weight above 1", "method.yaml", "/kpi_gaps/weights", o -> o.put("severe", 1.5)),
                kbCase("ranking without lateness", "method.yaml", "/ranking", o -> o.remove("lateness")),
                kbCase("an empty ranking", "method.yaml", "", o -> o.putObject("ranking")),
                kbCase("a ranking weight as text", "method.yaml", "/ranking", o -> o.put("depth", "1")),
                kbCase("a first wave of 2.5", "method.yaml", "/planning", o -> o.put("first_wave_size", 2.5)),
                kbCase("an empty planning", "method.yaml", "", o -> o.putObject("planning")),
                kbCase("a blank gate precedence", "gates.yaml", "/gates/0", o -> o.put("precedence", "")),
                kbCase("a start_early_when without operator", "interventions.yaml", "/interventions/0",
                        o -> o.putObject("start_early_when").put("context", "demand_volatility")),
                kbCase("a start_early_when given as a list", "interventions.yaml", "/interventions/0",
                        o -> o.putArray("start_early_when").addObject().put("context", "demand_volatility").put("is", "high")),
                kbCase("an intervention in effort huge", "interventions.yaml", "/interventions/0", o -> o.put("effort", "huge")),
                kbCase("53 weeks to impact", "interventions.yaml", "/interventions/0", o -> o.put("weeks_to_impact", 53)),
                kbCase("a prerequisite listed twice", "interventions.yaml", "/interventions/0",
                        o -> o.putArray("requires").add("sop-cycle").add("sop-cycle")),
                kbCase("a variant without title", "interventions.yaml", "/interventions/0",
                        o -> o.putArray("variants").addObject().put("id", "weekly")
                                .set("when", JsonNodeFactory.instance.objectNode().put("dimension", "S").put("below", 0.5))),
                kbCase("roadmap weeks as text", "roadmap.yaml", "/roadmap/steps/0/weeks", o -> o.put("from", "1")),
                kbCase("a contradiction with no answers", "consistency.yaml", "/checks/0", o -> o.putArray("answers")),
                kbCase("a contradiction naming an answer twice", "consistency.yaml", "/checks/0",
                        o -> o.putArray("answers").add("S.sop_cycle").add("S.sop_cycle")),
                kbCase("a contradiction with a triangulation's threshold", "consistency.yaml", "/checks/0",
                        o -> o.put("score_at_least", 0.8)),
                kbCase("a triangulation listing a dimension twice", "consistency.yaml", "/checks/3",
                        o -> o.putArray("dimensions").add("S").add("S")),
                kbCase("a triangulation of no dimension", "consistency.yaml", "/checks/3", o -> o.putArray("dimensions")),
                kbCase("a triangulation needing 1.5 severe KPIs", "consistency.yaml", "/checks/3",
                        o -> o.put("severe_kpis_at_least", 1.5)),
                kbCase("a check of an unknown kind", "consistency.yaml", "/checks/3", o -> o.put("kind", "plausibility")),
                kbCase("no deliverables", "roadmap.yaml", "/roadmap/steps/0", o -> o.putArray("deliverables")),
                conditionCase("a comparison with two subjects", w -> w.put("indicator", "S.sop_cycle").put("dimension", "S")
                        .put("below", 0.5)),
                conditionCase("a comparison with two operators", w -> w.put("dimension", "S").put("below", 0.5).put("above", 0.1)),
                conditionCase("a comparison without operator", w -> w.put("dimension", "S")),
                conditionCase("a comparison without subject", w -> w.put("below", 0.5)),
                conditionCase("`all` with another key", w -> {
                    w.putArray("all").addObject().put("dimension", "S").put("below", 0.5);
                    return w.put("dimension", "T");
                }),
                conditionCase("an empty `any`", w -> {
                    w.putArray("any");
                    return w;
                }),
                conditionCase("`not` given a list", w -> {
                    w.putArray("not").addObject().put("dimension", "S").put("below", 0.5);
                    return w;
                }),
                conditionCase("a dimension compared with `is`", w -> w.put("dimension", "S").put("is", true)),
                conditionCase("an unknown dimension", w -> w.put("dimension", "X").put("below", 0.5)),
                conditionCase("a KPI gap compared with `in`", w -> {
                    w.put("kpi_gap", "otif").putArray("in").add("high");
                    return w;
                }),
                conditionCase("a context compared with `below`", w -> w.put("context", "demand_volatility").put("below", 1)),
                conditionCase("a context compared with `is: true`", w -> w.put("context", "demand_volatility").put("is", true)),
                conditionCase("a context compared with an empty `in`", w -> {
                    w.put("context", "demand_volatility").putArray("in");
                    return w;
                }),
                conditionCase("a number compared with `is`", w -> w.put("indicator", "T.crm_erp_consistency").put("is", 60)),
                conditionCase("an indicator compared with `in`", w -> {
                    w.put("indicator", "S.sop_cycle").putArray("in").add("high");
                    return w;
                }),
                conditionCase("a comparison with text for a number", w -> w.put("kpi_gap", "otif").put("above", "0.1")),
                conditionCase("a condition that is code", w -> w.put("indicator", "System.exit(1)").put("below", 60)),
                conditionCase("an unknown condition key", w -> w.put("indicator", "S.sop_cycle").put("lower_than", 3)),
                assessmentCase("an assessment without organization", o -> o.remove("organization")),
                assessmentCase("a date that is not a date", o -> o.put("assessed_on", "01/11/2026")),
                assessmentCase("weights without R", o -> ((ObjectNode) o.get("weights")).remove("R")),
                assessmentCase("a weight above 1", o -> ((ObjectNode) o.get("weights")).put("S", 1.2)),
                assessmentCase("an indicator answered with text", o -> ((ObjectNode) o.get("indicators")).put("S.sop_cycle", "3")),
                assessmentCase("a negative answer", o -> ((ObjectNode) o.get("indicators")).put("S.sop_cycle", -1)),
                assessmentCase("indicators as a list", o -> o.putArray("indicators").add("S.sop_cycle")),
                assessmentCase("a KPI without target", o -> ((ObjectNode) o.get("kpis").get("otif")).remove("target")),
                assessmentCase("a KPI with a negative target", o -> ((ObjectNode) o.get("kpis").get("otif")).put("target", -1)),
                assessmentCase("a KPI given as a number", o -> ((ObjectNode) o.get("kpis")).put("otif", 82)),
                assessmentCase("a context value that is a number", o -> ((ObjectNode) o.get("context")).put("demand_volatility", 2)),
                assessmentCase("a misspelt key for the schema", o -> o.put("$schemas", "../schemas/assessment.schema.json")),
                assessmentCase("an implemented intervention without since",
                        o -> o.putArray("implemented").addObject().put("id", "sop-cycle")),
                assessmentCase("an implemented intervention since a date not written YYYY-MM-DD",
                        o -> o.putArray("implemented").addObject().put("id", "sop-cycle").put("since", "01/10/2026")),
                assessmentCase("implemented as a mapping of id to date", o -> o.putObject("implemented").put("sop-cycle", "2026-10-01")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedByBoth")
    void invalidDocumentIsRejectedByBoth(Case c) {
        assertThat(loaders.load(c.schema(), c.document())).as("the loader rejects it").isNotEmpty();
        assertThat(validate(c.schema(), c.document())).as("the schema rejects it").isNotEmpty();
    }

    /**
     * What only the tool checks: a document the loader refuses for a conflict the schema cannot express (between
     * two fields, or with another file), and the schema's description that lists the check among the tool's.
     */
    record ToolCheck(Case document, String listedAs) {
        @Override
        public String toString() {
            return document.name();
        }
    }

    private static ToolCheck toolCheck(Case document, String listedAs) {
        return new ToolCheck(document, listedAs);
    }

    static Stream<ToolCheck> refusedByTheToolAlone() {
        int withBands = first(kb("kpis.yaml").get("kpis"), k -> k.path("gap").has("moderate_from"));
        return Stream.of(
                toolCheck(assessmentCase("a zero target on a KPI without a floor",
                        o -> ((ObjectNode) o.get("kpis").get(reportedKpi(false))).put("target", 0)),
                        "a target of 0 is only given for a KPI with a floor"),
                toolCheck(kbCase("a KPI's own severe_from not above its moderate_from", "kpis.yaml",
                        "/kpis/" + withBands + "/gap", o -> o.put("moderate_from", 0.5).put("severe_from", 0.5)),
                        "a KPI's own severe_from is greater than its moderate_from"),
                toolCheck(kbCase("severe_from not above moderate_from", "method.yaml", "/kpi_gaps",
                        o -> o.put("moderate_from", 0.3).put("severe_from", 0.1)),
                        "severe_from is greater than moderate_from"),
                toolCheck(kbCase("severity weights out of order", "method.yaml", "/kpi_gaps/weights",
                        o -> o.put("minor", 0.7).put("moderate", 0.6)),
                        "the severity weights are ordered minor ≤ moderate ≤ severe"),
                toolCheck(kbCase("a context default that is not one of its values", "method.yaml", "/context/0",
                        o -> o.put("default", "extreme")),
                        "a context factor's default is one of its values"),
                toolCheck(new Case("an implemented intervention the knowledge base does not have", ASSESSMENT,
                        implementing(firm(), "transport-visibility-dashbord", "2026-10-05")),
                        "each implemented intervention is one of the knowledge base's"),
                toolCheck(new Case("an intervention recorded as implemented twice", ASSESSMENT,
                        implementing(implementing(firm(), "sop-cycle", "2026-10-05"), "sop-cycle", "2026-10-12")),
                        "recorded once"),
                toolCheck(new Case("an intervention implemented since a date after the assessment's", ASSESSMENT,
                        implementing(firm(), "sop-cycle", "2026-11-02")),
                        "since a date no later than `assessed_on`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheToolAlone")
    void checkOnlyTheToolMakesIsListedInTheSchema(ToolCheck check) {
        Case c = check.document();
        assertThat(loaders.load(c.schema(), c.document())).as("the loader rejects it").isNotEmpty();
        assertThat(validate(c.schema(), c.document())).as("the schema cannot express it").extracting(Error::toString).isEmpty();
        assertThat(tree(c.schema()).path("description").asText()).as("the checks " + c.schema() + " lists as the tool's")
                .contains(check.listedAs());
    }

    static Stream<Case> acceptedByBoth() {
        int percent = indicatorOf("percent");
        int likert = indicatorOf("likert");
        return Stream.of(
                kbCase("no gates", "gates.yaml", "", o -> o.putArray("gates")),
                kbCase("no consistency checks", "consistency.yaml", "", o -> o.putArray("checks")),
                kbCase("a triangulation of one dimension without source", "consistency.yaml", "/checks/3", o -> {
                    o.putArray("dimensions").add("R");
                    o.remove("source");
                }),
                kbCase("an intervention without variants, prerequisites or source", "interventions.yaml", "/interventions/0",
                        o -> o.remove(List.of("variants", "requires", "source"))),
                kbCase("linear scoring where lower is better", "indicators.yaml", "/indicators/" + percent,
                        o -> o.putObject("scoring").putObject("linear").put("zero_at", 100).put("full_at", 0)),
                kbCase("fractional likert bands", "indicators.yaml", "/indicators/" + likert, o -> {
                    ArrayNode bands = o.putObject("scoring").putArray("bands");
                    bands.addObject().put("from", 1).put("to", 2.5).put("score", 0);
                    bands.addObject().put("from", 2.5).put("to", 5).put("score", 1);
                }),
                kbCase("an indicator without scoring or source", "indicators.yaml", "/indicators/" + percent,
                        o -> o.remove(List.of("scoring", "source"))),
                conditionCase("`not`", w -> {
                    w.putObject("not").put("indicator", "S.sop_cycle").put("at_least", 3);
                    return w;
                }),
                conditionCase("nested `all` and `any`", w -> {
                    ArrayNode all = w.putArray("all");
                    all.addObject().putArray("any").addObject().put("kpi_gap", "otif").put("above", -0.5);
                    all.addObject().put("indicator_score", "R.shared_objectives").put("at_most", 1);
                    return w;
                }),
                conditionCase("a context `in`", w -> {
                    w.put("context", "demand_volatility").putArray("in").add("medium").add("high");
                    return w;
                }),
                conditionCase("a yes/no indicator `is: false`", w -> w.put("indicator", "S.sop_cadence_fit").put("is", false)),
                assessmentCase("an assessment of organization and date only",
                        o -> o.retain("organization", "assessed_on")),
                assessmentCase("an unanswered indicator written as null", o -> ((ObjectNode) o.get("indicators")).putNull("S.sop_cycle")),
                assessmentCase("a fractional likert answer", o -> ((ObjectNode) o.get("indicators")).put("R.shared_objectives", 3.25)),
                assessmentCase("a leap day", o -> o.put("assessed_on", "2028-02-29")),
                assessmentCase("a zero target on a KPI with a floor",
                        o -> ((ObjectNode) o.get("kpis").get(reportedKpi(true))).put("target", 0)),
                assessmentCase("no weights", o -> o.remove("weights")),
                assessmentCase("a key for the schema", o -> o.put("$schema", "../schemas/assessment.schema.json")),
                assessmentCase("nothing implemented", o -> o.putArray("implemented")),
                new Case("an intervention implemented since the assessment's own date", ASSESSMENT,
                        implementing(firm(), "sop-cycle", "2026-11-01")),
                kbCase("KPIs without gap", "kpis.yaml", "", o -> o.get("kpis").forEach(k -> ((ObjectNode) k).remove("gap"))),
                kbCase("a gap with its measure alone", "kpis.yaml", "/kpis/" + kpiIn("days"),
                        o -> o.putObject("gap").put("measure", "relative")),
                kbCase("a gap with its floor alone", "kpis.yaml", "/kpis/" + kpiIn("currency_per_unit"),
                        o -> o.putObject("gap").put("floor", 1_000_000_000)),
                kbCase("an empty gap", "kpis.yaml", "/kpis/" + kpiIn("days"), o -> o.putObject("gap")),
                kbCase("a method without its optional settings", "method.yaml", "", o -> {
                    o.remove(List.of("ranking", "planning"));
                    ((ObjectNode) o.get("scoring")).remove("min_answered_reason");
                    ((ObjectNode) o.get("kpi_gaps")).remove("weights");
                }),
                kbCase("severity weights all equal", "method.yaml", "/kpi_gaps/weights",
                        o -> o.put("minor", 1).put("moderate", 1).put("severe", 1)),
                kbCase("gates without precedence", "gates.yaml", "",
                        o -> o.get("gates").forEach(g -> ((ObjectNode) g).remove("precedence"))),
                kbCase("interventions without start_early_when", "interventions.yaml", "",
                        o -> o.get("interventions").forEach(i -> ((ObjectNode) i).remove("start_early_when"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedByBoth")
    void validDocumentIsAcceptedByBoth(Case c) {
        assertThat(loaders.load(c.schema(), c.document())).as("the loader accepts it").extracting(Problem::toString).isEmpty();
        assertThat(validate(c.schema(), c.document())).as("the schema accepts it").extracting(Error::toString).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private static Set<String> properties(JsonNode objectSchema) {
        Set<String> names = new TreeSet<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> values = new TreeSet<>();
        list.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> requiredOfOneOf(JsonNode schema) {
        Set<String> keys = new TreeSet<>();
        schema.get("oneOf").forEach(branch -> keys.addAll(strings(branch.get("required"))));
        return keys;
    }

    /** Visits every object node of a schema tree with its JSON pointer, leaving out {@code examples} (instances, not schemas). */
    static void walk(JsonNode node, String pointer, BiConsumer<JsonNode, String> visit) {
        if (node.isObject()) {
            visit.accept(node, pointer);
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!key.equals("examples")) {
                    walk(node.get(key), pointer + "/" + key.replace("~", "~0").replace("/", "~1"), visit);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visit);
            }
        }
    }
}
