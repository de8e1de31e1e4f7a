package org.mliadvisor.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Runs the {@code mli} command line in-process and keeps what it printed, for command tests. */
final class CliRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code mli ARGS…} and returns its exit code. */
    int run(String... args) {
        return run(MliCommand.newCommandLine(), args);
    }

    /** Runs {@code mli ARGS…} as if from {@code workingDirectory}, where kb commands look for ./knowledge-base. */
    int runIn(Path workingDirectory, String... args) {
        CommandLine cli = MliCommand.newCommandLine();
        ((KbCommand) cli.getSubcommands().get("kb").getCommand()).workingDirectory = workingDirectory;
        return run(cli, args);
    }

    private int run(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Copies the shipped knowledge-base files (not its golden cases) into {@code folder}. */
    static Path copyOfShippedKb(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("knowledge-base"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }
}
