package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built-in knowledge base, and variants of it with one file replaced, for rule tests. */
final class KnowledgeBaseFixture {

    private static final KnowledgeBase BUILT_IN = load();

    private KnowledgeBaseFixture() {
    }

    static KnowledgeBase builtIn() {
        return BUILT_IN;
    }

    /** The built-in knowledge base with {@code file} replaced by {@code content}, copied into {@code folder}. */
    static KnowledgeBase withFile(Path folder, String file, String content) {
        try {
            for (String name : KnowledgeBaseLoader.FILES) {
                Files.copy(Path.of("knowledge-base", name), folder.resolve(name));
            }
            for (String name : KnowledgeBaseLoader.OPTIONAL_FILES) {
                Files.copy(Path.of("knowledge-base", name), folder.resolve(name));
            }
            Files.writeString(folder.resolve(file), content);
            return new KnowledgeBaseLoader().load(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new AssertionError("test knowledge base is invalid: " + e.problems(), e);
        }
    }

    private static KnowledgeBase load() {
        try {
            return new KnowledgeBaseLoader().loadBuiltIn();
        } catch (InputException e) {
            throw new AssertionError("built-in knowledge base is invalid: " + e.problems(), e);
        }
    }
}
