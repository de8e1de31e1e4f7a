package org.mliadvisor.schema;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The shipped JSON Schemas ({@code schemas/}) and the Java loaders side by side: read a YAML file the
 * way the loader does, validate a tree against its schema, and load a (mutated) tree through the
 * loader to see which problems it reports.
 */
final class Schemas {

    /** Where the schemas live; tests run with the project root as working folder. */
    static final Path FOLDER = Path.of("schemas");

    /** Every schema's {@code $id} is this followed by its file name; relative {@code $ref}s resolve to sibling files. */
    static final String BASE = "https://mliadvisor.org/schemas/";

    static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");
    static final Path EXAMPLES = Path.of("examples");

    /** The schema of assessments. */
    static final String ASSESSMENT = "assessment.schema.json";

    /** Reads YAML as {@code TreeReader} does (a key with no value is null), keeping decimals exact. */
    static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Writes a tree as JSON (which YAML reads too), numbers in plain notation so YAML reads them as numbers. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final Map<String, JsonNode> TREES = new ConcurrentHashMap<>();

    /** Serves our own schemas from {@link #FOLDER}, so nothing is fetched over the network. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemas(iri -> iri.startsWith(BASE) ? text(FOLDER.resolve(iri.substring(BASE.length()))) : null));

    private Schemas() {
    }

    /** The schema files, by name. */
    static List<String> files() {
        try (var files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example assessments, {@code examples/*.yaml}. */
    static List<Path> examples() {
        try (var files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of a knowledge-base file: {@code indicators.yaml} → {@code indicators.schema.json}. */
    static String schemaOf(String kbFile) {
        return kbFile.replace(".yaml", ".schema.json");
    }

    /** A schema file as a plain JSON tree. */
    static JsonNode tree(String schemaFile) {
        return TREES.computeIfAbsent(schemaFile, f -> {
            try {
                return JSON.readTree(FOLDER.resolve(f).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every problem the schema finds in {@code document}. */
    static List<Error> validate(String schemaFile, JsonNode document) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + schemaFile));
        return schema.validate(document);
    }

    /** Validates {@code document} against the draft-07 meta-schema. */
    static List<Error> validateAgainstMetaSchema(JsonNode document) {
        return REGISTRY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#")).validate(document);
    }

    static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loader's field path of the node at a JSON pointer: {@code /indicators/3/scale} → {@code indicators[3].scale}. */
    static String loaderPath(String pointer) {
        StringBuilder path = new StringBuilder();
        if (pointer.isEmpty()) {
            return "";
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("[0-9]+")) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    /** A copy of {@code document} changed by {@code change}, applied to the object at {@code pointer}. */
    static JsonNode changed(JsonNode document, String pointer, Consumer<ObjectNode> change) {
        JsonNode copy = document.deepCopy();
        JsonNode target = copy.at(pointer);
        if (!(target instanceof ObjectNode object)) {
            throw new IllegalArgumentException("no object at " + pointer + " in " + document);
        }
        change.accept(object);
        return copy;
    }

    /**
     * Loads documents through the Java loaders: a knowledge-base file in place of the shipped one
     * (in memory, the other files as shipped), or an assessment against the shipped knowledge base.
     */
    static final class Loaders {
        private final Map<String, byte[]> shippedFiles = new LinkedHashMap<>();
        private KnowledgeBase shipped;

        Loaders() {
            try {
                for (String file : KnowledgeBaseLoader.FILES) {
                    shippedFiles.put(file, Files.readAllBytes(KNOWLEDGE_BASE.resolve(file)));
                }
                // the survey items too: an assessment's respondents answer them
                for (String file : KnowledgeBaseLoader.OPTIONAL_FILES) {
                    if (Files.exists(KNOWLEDGE_BASE.resolve(file))) {
                        shippedFiles.put(file, Files.readAllBytes(KNOWLEDGE_BASE.resolve(file)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The problems the loader reports when {@code kbFile} is replaced by {@code document} (empty when it loads). */
        List<Problem> loadKb(String kbFile, JsonNode document) {
            Map<String, byte[]> files = new LinkedHashMap<>(shippedFiles);
            try {
                files.put(kbFile, JSON.writeValueAsBytes(document));
                new KnowledgeBaseLoader().load(files, "knowledge-base");
                return List.of();
            } catch (InputException e) {
                return errors(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The problems the assessment loader reports for {@code document} (empty when it loads). */
        List<Problem> loadAssessment(JsonNode document) {
            try {
                if (shipped == null) {
                    shipped = new KnowledgeBaseLoader().load(shippedFiles, "knowledge-base");
                }
                if (document.has("responses")) {
                    loadBesideTheExamples(document);
                } else {
                    new AssessmentLoader(shipped).load(JSON.writeValueAsBytes(document), "assessment.yaml");
                }
                return List.of();
            } catch (InputException e) {
                return errors(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * An assessment naming a survey export is read only from a file, relative to its folder: it is written to a
         * temporary folder holding copies of the examples' exports, and read from there.
         */
        private void loadBesideTheExamples(JsonNode document) throws IOException, InputException {
            Path folder = Files.createTempDirectory("mli-assessment");
            try {
                try (var files = Files.list(EXAMPLES)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                        Files.copy(file, folder.resolve(file.getFileName()));
                    }
                }
                Path assessment = Files.write(folder.resolve("assessment.yaml"), JSON.writeValueAsBytes(document));
                new AssessmentLoader(shipped).load(assessment);
            } finally {
                try (var files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(folder);
            }
        }

        /** Loads {@code document} as what {@code schemaFile} describes. */
        List<Problem> load(String schemaFile, JsonNode document) {
            return schemaFile.equals(ASSESSMENT) ? loadAssessment(document)
                    : loadKb(schemaFile.replace(".schema.json", ".yaml"), document);
        }

        private static List<Problem> errors(InputException e) {
            return e.problems().stream().filter(Problem::isError).toList();
        }
    }
}
