package org.mliadvisor.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mliadvisor.schema.SchemaAgreementTest.walk;
import static org.mliadvisor.schema.Schemas.ASSESSMENT;
import static org.mliadvisor.schema.Schemas.BASE;
import static org.mliadvisor.schema.Schemas.FOLDER;
import static org.mliadvisor.schema.Schemas.KNOWLEDGE_BASE;
import static org.mliadvisor.schema.Schemas.schemaOf;
import static org.mliadvisor.schema.Schemas.tree;

/**
 * The schema files are complete for editors (every property titled, described and exemplified, every
 * enum value explained, every object closed) and are wired up: each shipped YAML file names its schema
 * on its first line, and {@code .vscode/settings.json} maps each schema to its files.
 */
class SchemaFilesTest {

    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    static Stream<String> schemaFiles() {
        return Schemas.files().stream();
    }

    @Test
    void thereIsOneSchemaPerKnowledgeBaseFileAndOneForAssessmentsConditionsSourcesAndTexts() {
        List<String> expected = new ArrayList<>(KnowledgeBaseLoader.FILES.stream().map(Schemas::schemaOf).toList());
        KnowledgeBaseLoader.OPTIONAL_FILES.forEach(f -> expected.add(Schemas.schemaOf(f)));
        expected.addAll(List.of(ASSESSMENT, "condition.schema.json", "source.schema.json", "text.schema.json"));

        assertThat(Schemas.files()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void schemaIsDraft07WithItsIdTitleDescriptionAndExamples(String file) {
        JsonNode schema = tree(file);

        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_07);
        assertThat(schema.path("$id").asText()).isEqualTo(BASE + file);
        assertThat(schema.path("title").asText()).isNotBlank();
        assertThat(schema.path("description").asText()).isNotBlank();
        assertThat(schema.path("examples").isArray() && !schema.get("examples").isEmpty()).as("examples").isTrue();
        assertThat(Schemas.validateAgainstMetaSchema(schema)).extracting(Error::toString).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void everyPropertyHasTitleDescriptionAndExamples(String file) {
        List<String> missing = new ArrayList<>();
        walk(tree(file), "", (node, pointer) -> {
            if (!node.path("additionalProperties").isBoolean()) {
                return;
            }
            for (Iterator<String> it = node.path("properties").fieldNames(); it.hasNext(); ) {
                String key = it.next();
                JsonNode property = node.get("properties").get(key);
                for (String keyword : List.of("title", "description", "examples")) {
                    if (!property.has(keyword) || property.get(keyword).isEmpty() && property.get(keyword).asText().isBlank()) {
                        missing.add(pointer + "/properties/" + key + ": no " + keyword);
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void everyExampleIsValidAgainstTheSchemaItIllustrates(String file) {
        List<String> invalid = new ArrayList<>();
        walk(tree(file), "", (node, pointer) -> {
            for (JsonNode example : node.path("examples")) {
                List<Error> errors = Schemas.validate(file + "#" + pointer, example);
                if (!errors.isEmpty()) {
                    invalid.add(pointer + ": " + example + ": " + errors);
                }
            }
        });
        assertThat(invalid).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void everyEnumValueIsExplainedInItsDescription(String file) {
        List<String> unexplained = new ArrayList<>();
        walk(tree(file), "", (node, pointer) -> {
            if (!node.has("enum") || pointer.contains("/propertyNames")) {
                return;
            }
            String description = node.path("description").asText();
            for (JsonNode value : node.get("enum")) {
                if (!description.contains(value.asText() + " =")) {
                    unexplained.add(pointer + ": `" + value.asText() + " = …` is not in its description");
                }
            }
        });
        assertThat(unexplained).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void everyObjectIsClosedOrAMapOfCheckedKeys(String file) {
        List<String> open = new ArrayList<>();
        walk(tree(file), "", (node, pointer) -> {
            if (!node.path("type").asText().equals("object")) {
                return;
            }
            JsonNode additional = node.path("additionalProperties");
            boolean closed = additional.isBoolean() && !additional.asBoolean();
            boolean map = additional.isObject() && node.has("propertyNames") && !node.has("properties");
            if (!closed && !map) {
                open.add(pointer);
            }
        });
        assertThat(open).isEmpty();
    }

    static Stream<Path> shippedYaml() {
        return Stream.concat(KnowledgeBaseLoader.FILES.stream().map(KNOWLEDGE_BASE::resolve),
                Schemas.examples().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedYaml")
    void shippedYamlNamesItsSchemaOnItsFirstLineAndKeepsItsDescription(Path file) throws IOException {
        String schema = file.startsWith(KNOWLEDGE_BASE) ? schemaOf(file.getFileName().toString()) : ASSESSMENT;
        List<String> lines = Files.readAllLines(file);

        assertThat(lines.get(0)).isEqualTo("# yaml-language-server: $schema=../schemas/" + schema);
        assertThat(file.resolveSibling(Path.of("..", "schemas", schema)).normalize()).exists();
        assertThat(lines.get(1)).as("the file's own description follows").startsWith("# ").doesNotContain("$schema");
    }

    @Test
    void vscodeSettingsMapEachSchemaToItsFiles() throws IOException {
        JsonNode settings = new ObjectMapper().readTree(Path.of(".vscode", "settings.json").toFile());
        JsonNode yaml = settings.path("yaml.schemas");

        for (String file : KnowledgeBaseLoader.FILES) {
            assertThat(strings(yaml.path("./" + FOLDER + "/" + schemaOf(file)))).contains("knowledge-base/" + file);
        }
        assertThat(strings(yaml.path("./" + FOLDER + "/" + ASSESSMENT))).contains("examples/*.yaml");
        for (Iterator<String> it = yaml.fieldNames(); it.hasNext(); ) {
            assertThat(Path.of(it.next())).exists();
        }
        for (JsonNode mapping : settings.path("json.schemas")) {
            assertThat(Path.of(mapping.path("url").asText())).exists();
        }
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asText()));
        return values;
    }
}
