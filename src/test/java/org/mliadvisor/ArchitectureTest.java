package org.mliadvisor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Packages depend in one direction: cli → batch → advisor → report / casebook → diagnosis → assessment → knowledge → source. */
class ArchitectureTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "source", Set.of(),
            "knowledge", Set.of("source"),
            "assessment", Set.of("knowledge", "source"),
            "diagnosis", Set.of("assessment", "knowledge", "source"),
            "benchmark", Set.of("report", "diagnosis", "assessment", "knowledge", "source"),
            "report", Set.of("diagnosis", "assessment", "knowledge", "source"),
            "casebook", Set.of("diagnosis", "assessment", "knowledge", "source"),
            "advisor", Set.of("report", "casebook", "diagnosis", "assessment", "knowledge", "source"),
            "batch", Set.of("advisor", "report", "diagnosis", "assessment", "knowledge", "source"),
            "cli", Set.of("batch", "advisor", "report", "benchmark", "casebook", "diagnosis", "assessment", "knowledge", "source"));

    private static final Pattern REFERENCE = Pattern.compile("org\\.mliadvisor\\.([a-z]+)\\.");

    @Test
    void packagesDependOnlyDownwards() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/org/mliadvisor");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = root.relativize(file).getName(0).toString();
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(own) && !ALLOWED.getOrDefault(own, Set.of()).contains(used)) {
                        violations.add(file + " (" + own + ") uses " + used);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(ALLOWED.keySet()).as("every package is placed").containsAll(packages(root));
    }

    private static List<String> packages(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
        }
    }
}
