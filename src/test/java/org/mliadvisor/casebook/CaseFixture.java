package org.mliadvisor.casebook;

import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shipped knowledge base, and case files written for a test. */
final class CaseFixture {

    static final Path KB_FOLDER = Path.of("knowledge-base");

    private static final KnowledgeBase KB = load();

    private CaseFixture() {
    }

    static KnowledgeBase kb() {
        return KB;
    }

    /** Writes {@code yaml} as {@code folder/tests/<file>} and returns its path. */
    static Path caseFile(Path folder, String file, String yaml) {
        try {
            Path tests = Files.createDirectories(folder.resolve("tests"));
            return Files.writeString(tests.resolve(file), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the given case files against the shipped knowledge base. */
    static List<GoldenCase> load(Path... files) throws InputException {
        return new CaseLoader(KB).load(List.of(files));
    }

    /** Loads case files that must be valid; a problem fails the test with every problem listed. */
    static List<GoldenCase> loadValid(Path... files) {
        try {
            return load(files);
        } catch (InputException e) {
            throw new AssertionError("case files are invalid: " + e.problems(), e);
        }
    }

    private static KnowledgeBase load() {
        try {
            return new KnowledgeBaseLoader().load(KB_FOLDER);
        } catch (InputException e) {
            throw new AssertionError("shipped knowledge base is invalid: " + e.problems(), e);
        }
    }
}
