package org.mliadvisor.cli;

import org.mliadvisor.diagnosis.RuleBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** The {@code mli} command: diagnoses marketing-logistics integration from an assessment. */
@Command(name = "mli", mixinStandardHelpOptions = true, versionProvider = MliCommand.Version.class,
        description = "Diagnoses marketing-logistics integration (MLI): scores S, T and R, names the binding "
                + "constraint and recommends prioritized interventions on the 12-16-week roadmap.",
        subcommands = {DiagnoseCommand.class, WhyNotCommand.class, KbCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class MliCommand implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: diagnose or bench");
    }

    public static void main(String[] args) {
        RuleBase.preload();
        int code;
        try {
            code = newCommandLine().execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the execution handler; an Error still is an internal error
            System.err.println("mli: internal error: " + e);
            if (java.util.Arrays.asList(args).contains("--verbose")) {
                e.printStackTrace();
            } else {
                System.err.println("Run again with --verbose for details.");
            }
            code = ExitCode.INTERNAL;
        }
        System.exit(code);
    }

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

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MliCommand.class.getPackage().getImplementationVersion();
            return new String[] {"mli " + (version == null ? "development build" : version)};
        }
    }
}
