package org.mliadvisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds knowledge-base folders for tests: a copy of the project's {@code knowledge-base/} with
 * one or more files replaced by invalid cases from {@code src/test/resources/invalid/kb/}.
 *
 * <p>A case is one file whose first line is {@code # replaces: <kb file>} and whose content is the
 * whole replacement for that file, so line and column numbers in a case are those of the file
 * the loader reads.
 */
final class KbFixture {

    /** The knowledge base shipped with the project; tests run with the project root as working folder. */
    static final Path BUILT_IN = Path.of("knowledge-base");

    /** Where the invalid cases live. */
    static final Path CASES = Path.of("src", "test", "resources", "invalid", "kb");

    private static final Pattern REPLACES = Pattern.compile("# replaces: (\\S+)(\\s.*)?");

    private KbFixture() {
    }

    /** Copies every file of the built-in knowledge base into {@code folder}. */
    static Path copyBuiltIn(Path folder) throws IOException {
        for (String file : KnowledgeBaseLoader.FILES) {
            Files.copy(BUILT_IN.resolve(file), folder.resolve(file));
        }
        for (String file : KnowledgeBaseLoader.OPTIONAL_FILES) {
            Files.copy(BUILT_IN.resolve(file), folder.resolve(file));
        }
        return folder;
    }

    /**
     * Copies the built-in knowledge base into {@code folder} and applies the named cases.
     *
     * @return the file the last case replaced, as the loader names it in problems
     */
    static Path withCases(Path folder, String... cases) throws IOException {
        copyBuiltIn(folder);
        Path replaced = null;
        for (String name : cases) {
            replaced = apply(folder, name);
        }
        return replaced;
    }

    /** Overwrites the file a case replaces; returns that file. */
    static Path apply(Path folder, String caseName) throws IOException {
        Path fixture = CASES.resolve(caseName + ".yaml");
        String content = Files.readString(fixture);
        Path replaced = folder.resolve(replacedFile(fixture));
        Files.writeString(replaced, content);
        return replaced;
    }

    /** The knowledge-base file a case replaces, from its first line. */
    static String replacedFile(Path fixture) throws IOException {
        String first;
        try (Stream<String> lines = Files.lines(fixture)) {
            first = lines.findFirst().orElse("");
        }
        Matcher matcher = REPLACES.matcher(first);
        if (!matcher.matches() || !KnowledgeBaseLoader.FILES.contains(matcher.group(1))) {
            throw new IllegalStateException(fixture + ": the first line must be `# replaces: <file>` naming one of "
                    + KnowledgeBaseLoader.FILES + "; found `" + first + "`");
        }
        return matcher.group(1);
    }

    /** The names (without {@code .yaml}) of every case in {@link #CASES}. */
    static Stream<String> allCases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }
}
