package org.mliadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run {@code bin/mli} records its class-data archive from: the commands a consultant runs, on the
 * shipped example firm, in one process, so the archive holds the classes each of them loads. It reads
 * and writes only a temporary folder, prints nothing, and exits 1 if a command failed (a broken build,
 * whose archive is not worth keeping).
 */
public final class ArchiveTraining {

    private ArchiveTraining() {
    }

    /** The command lines of the training, reading {@code example} and writing into {@code folder}. */
    static List<List<String>> commands(Path example, Path folder) {
        String firm = example.toString();
        return List.of(
                List.of("--version"),
                List.of("diagnose", firm),
                List.of("diagnose", firm, "--format", "json"),
                List.of("diagnose", firm, "--detail", "full", "--lang", "ru", "-o", folder.resolve("report.html").toString()),
                // the PDF's layout engine and chart drawing are most of the classes a report loads
                List.of("diagnose", firm, "--lang", "uz", "-o", folder.resolve("report.pdf").toString()),
                List.of("why-not", firm, "process-ownership-map"),
                List.of("kb", "validate"),
                List.of("kb", "test"));
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("mli-archive-training");
        List<String> failed = new ArrayList<>();
        try {
            Path example = folder.resolve("illustrative-firm.yaml");
            try (InputStream in = ArchiveTraining.class.getClassLoader().getResourceAsStream(BenchCommand.SHIPPED_EXAMPLE)) {
                if (in == null) {
                    throw new IOException(BenchCommand.SHIPPED_EXAMPLE + " is missing from the class path");
                }
                Files.copy(in, example);
            }
            for (List<String> command : commands(example, folder)) {
                int code = MliCommand.run(command.toArray(String[]::new), OutputStream.nullOutputStream(),
                        OutputStream.nullOutputStream());
                if (code != ExitCode.OK) {
                    failed.add("mli " + String.join(" ", command) + ": exit " + code);
                }
            }
        } finally {
            delete(folder);
        }
        failed.forEach(System.err::println);
        System.exit(failed.isEmpty() ? ExitCode.OK : 1);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
