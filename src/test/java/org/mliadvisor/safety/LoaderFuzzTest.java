package org.mliadvisor.safety;

import com.code_intelligence.jazzer.junit.FuzzTest;
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

/**
 * Whatever bytes an assessment or a knowledge-base file holds, the loaders answer with their own
 * validation error ({@link InputException}) or a result, never any other exception. {@code mvn test}
 * replays the stored inputs (regression mode); {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class LoaderFuzzTest {

    private static final KnowledgeBase KB = builtIn();
    private static final Map<String, byte[]> SHIPPED = shipped();

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

    private static KnowledgeBase builtIn() {
        try {
            return new KnowledgeBaseLoader().loadBuiltIn();
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
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
