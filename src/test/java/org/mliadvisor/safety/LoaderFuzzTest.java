package org.mliadvisor.safety;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes an assessment, a knowledge-base file, a survey export or its column mapping holds, the loaders answer with their own
 * validation error ({@link InputException}) or a result, never any other exception. {@code mvn test}
 * replays the stored inputs (regression mode); {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class LoaderFuzzTest {

    private static final KnowledgeBase KB = builtIn();

    /** The keys whose text the compact knowledge base cuts short (read before {@link #SHIPPED} is built). */
    private static final Set<String> TEXT_KEYS = Set.of("title", "action", "rationale", "name", "question", "description",
            "covers", "because", "finding", "precedence", "min_answered_reason", "citation", "unit", "deliverables");
    /**
     * The shipped knowledge base made compact for fuzzing: English texts only, cut to 30 characters, one
     * deliverable per step. It keeps every entry and cross-reference, so it loads and links like the
     * shipped one, but parses about eight times faster, which lets the fuzzer try many more inputs.
     */
    private static final Map<String, byte[]> SHIPPED = compact(shipped());


    @FuzzTest(maxDuration = "60s")
    void assessmentLoaderThrowsOnlyItsOwnValidationError(byte[] input) {
        AssessmentLoader loader = new AssessmentLoader(KB);
        for (String name : new String[] {"fuzz.yaml", "fuzz.json"}) {
            try {
                loader.load(input, name);
            } catch (InputException expected) {
                // the project's own validation error is the only acceptable failure
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void knowledgeBaseLoaderThrowsOnlyItsOwnValidationError(byte[] input) {
        if (input.length == 0) {
            return;
        }
        // the first byte picks the file to replace, the rest is its content
        Map<String, byte[]> files = new LinkedHashMap<>(SHIPPED);
        String replaced = KnowledgeBaseLoader.FILES.get(Byte.toUnsignedInt(input[0]) % KnowledgeBaseLoader.FILES.size());
        files.put(replaced, java.util.Arrays.copyOfRange(input, 1, input.length));
        try {
            new KnowledgeBaseLoader().load(files, "fuzz-kb");
        } catch (InputException expected) {
            // the project's own validation error is the only acceptable failure
        }
    }

    /** The built-in survey's item ids, which the survey readers check columns and mappings against. */
    private static final java.util.Set<String> ITEM_IDS = KB.items().stream().map(org.mliadvisor.knowledge.SurveyItem::id)
            .collect(java.util.stream.Collectors.toSet());

    @FuzzTest(maxDuration = "60s")
    void surveyReaderThrowsOnlyItsOwnValidationError(byte[] input) {
        org.mliadvisor.assessment.survey.SurveyFile reader = new org.mliadvisor.assessment.survey.SurveyFile(ITEM_IDS, 5);
        for (String name : new String[] {"fuzz.csv", "fuzz.xlsx"}) {
            try {
                reader.read(input, name);
            } catch (InputException expected) {
                // the project's own validation error is the only acceptable failure
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void surveyColumnsThrowOnlyTheirOwnValidationError(byte[] input) {
        try {
            org.mliadvisor.assessment.survey.SurveyColumns.parse(input, "columns.yaml", ITEM_IDS, 5);
        } catch (InputException expected) {
            // the project's own validation error is the only acceptable failure
        }
    }

    private static KnowledgeBase builtIn() {
        try {
            return new KnowledgeBaseLoader().loadBuiltIn();
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> compact(Map<String, byte[]> files) {
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
        Map<String, byte[]> compact = new LinkedHashMap<>();
        try {
            for (var file : files.entrySet()) {
                compact.put(file.getKey(), yaml.writeValueAsBytes(shrink(yaml.readTree(file.getValue()), null)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compact;
    }

    private static JsonNode shrink(JsonNode node, String key) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("en") && Set.of("en", "ru", "uz").containsAll(iterable(object.fieldNames()))) {
                return shrink(object.get("en"), key);
            }
            ObjectNode copy = object.objectNode();
            object.fields().forEachRemaining(e -> copy.set(e.getKey(), shrink(e.getValue(), e.getKey())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            for (int i = 0; i < node.size() && !("deliverables".equals(key) && i > 0); i++) {
                copy.add(shrink(node.get(i), key));
            }
            return copy;
        }
        if (node.isTextual() && TEXT_KEYS.contains(key) && node.asText().length() > 30) {
            return TextNode.valueOf(node.asText().substring(0, 30).strip());
        }
        return node;
    }

    private static Set<String> iterable(java.util.Iterator<String> names) {
        Set<String> set = new java.util.HashSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    @Test
    void theCompactKnowledgeBaseStillLoads() throws InputException {
        assertThat(new KnowledgeBaseLoader().load(SHIPPED, "compact").interventions()).isNotEmpty();
    }

    private static Map<String, byte[]> shipped() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (String file : KnowledgeBaseLoader.FILES) {
                files.put(file, Files.readAllBytes(Path.of("knowledge-base", file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
