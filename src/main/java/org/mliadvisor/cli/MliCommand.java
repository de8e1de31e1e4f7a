package org.mliadvisor.cli;

import org.mliadvisor.diagnosis.RuleBase;
import org.mliadvisor.source.FileTrouble;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

/** The {@code mli} command: diagnoses marketing-logistics integration from an assessment. */
@Command(name = "mli", mixinStandardHelpOptions = true, versionProvider = MliCommand.Version.class,
        description = "Diagnoses marketing-logistics integration (MLI): scores S, T and R, names the binding "
                + "constraint and recommends prioritized interventions on the 12-16-week roadmap.",
        subcommands = {DiagnoseCommand.class, WhatIfCommand.class, ProgressCommand.class, BatchCommand.class,
            WhyNotCommand.class, SurveyCommand.class, KbCommand.class, BenchCommand.class,
            AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class MliCommand implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw missingCommand(spec, "a command is required");
    }

    /**
     * The usage error for a command run without its subcommand: the message lists every subcommand
     * with its description, as {@code --help} does, so the list cannot fall behind the commands.
     */
    static CommandLine.ParameterException missingCommand(CommandLine.Model.CommandSpec spec, String what) {
        String commands = spec.commandLine().getHelp().commandList().stripTrailing();
        return new CommandLine.ParameterException(spec.commandLine(), what + "; one of:" + System.lineSeparator() + commands);
    }

    public static void main(String[] args) {
        if (FiresRules.requestedBy(MliCommand.class, args)) {
            RuleBase.preload();
        }
        System.exit(run(args, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err)));
    }

    /**
     * Runs {@code mli ARGS…} with its output going to {@code stdout} and messages to {@code stderr},
     * and returns the exit code. Both are UTF-8 whatever the locale (under {@code LC_ALL=C} Java would
     * otherwise print every Cyrillic letter as {@code ?}), both show control characters as visible
     * escapes, and a failed write on {@code stdout} exits 74 and says so instead of a truncated
     * report with exit 0.
     */
    static int run(String[] args, OutputStream stdout, OutputStream stderr) {
        WatchedStream watched = new WatchedStream(new BufferedOutputStream(stdout, 1 << 16));
        PrintWriter out = new PrintWriter(new VisibleWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new VisibleWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8)), true);
        int code;
        try {
            if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
                // the version needs no command model, which costs most of such a run to build
                code = printVersion(out, err);
            } else {
                CommandLine commandLine = newCommandLine();
                commandLine.setOut(out);
                commandLine.setErr(err);
                ((MliCommand) commandLine.getCommandSpec().userObject()).stdout = watched;
                code = commandLine.execute(args);
            }
        } catch (Error e) {
            // picocli hands only Exceptions to the execution handler; an Error still is an internal error
            err.println("mli: internal error: " + e);
            if (Arrays.asList(args).contains("--verbose")) {
                e.printStackTrace(err);
            } else {
                err.println("Run again with --verbose for details.");
            }
            code = ExitCode.INTERNAL;
        }
        out.flush();
        if (watched.failure() != null || out.checkError()) {
            err.println("mli: standard output: cannot be written ("
                    + (watched.failure() == null ? "write error" : FileTrouble.reason(watched.failure()))
                    + "); what was printed is incomplete");
            code = ExitCode.IO_ERROR;
        }
        err.flush();
        return code;
    }

    /** {@code mli --version}, as picocli would print it. */
    private static int printVersion(PrintWriter out, PrintWriter err) {
        try {
            for (String line : new Version().getVersion()) {
                out.println(line);
            }
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("mli: internal error: " + e);
            err.println("Run again with --verbose for details.");
            return ExitCode.INTERNAL;
        }
    }

    /**
     * The bytes of standard output, for a binary report sent there with {@code -o -}; text goes through
     * the command line's writer, which shares this stream. Null when run without {@link #run}.
     */
    OutputStream stdout;

    /** A command line with the project's exit codes and error handling, for main and for tests. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new MliCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
        commandLine.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("mli: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            PrintWriter err = cl.getErr();
            err.println("mli: internal error: " + e);
            MliCommand root = (MliCommand) cl.getCommandSpec().root().userObject();
            if (root.verbose) {
                e.printStackTrace(err);
            } else {
                err.println("Run again with --verbose for details.");
            }
            return ExitCode.INTERNAL;
        });
        return commandLine;
    }

    /**
     * The project's version, written into a resource by the build: a jar manifest is absent when run
     * from classes, and the shaded jar's does not carry it.
     */
    static final class Version implements CommandLine.IVersionProvider {
        static final String RESOURCE = "org/mliadvisor/version.properties";

        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = MliCommand.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException(RESOURCE + " is missing from the class path; the build writes it");
                }
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return new String[] {"mli " + properties.getProperty("version")};
        }
    }
}
