package org.mliadvisor.cli;

import picocli.CommandLine.Command;

import java.util.Set;

/**
 * Marks a command that needs the rule base: for it alone, {@code main} starts loading the rules in the
 * background before anything else, so the load overlaps building the command line and reading the inputs.
 */
interface FiresRules {

    /** The options that print help or the version instead of running a command. */
    Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");

    /**
     * Whether {@code args} run a command that carries this marker. It is read from the commands'
     * annotations, as picocli would resolve the subcommand names, without building the command line:
     * building it costs about as much as the load it should overlap. A guess that misses only costs
     * time, as the rule base is also loaded on first use.
     */
    static boolean requestedBy(Class<?> root, String... args) {
        Class<?> command = root;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (HELP_OR_VERSION.contains(arg)) {
                return false;
            }
            Class<?> subcommand = subcommand(command, arg);
            if (subcommand != null) {
                command = subcommand;
            }
        }
        return FiresRules.class.isAssignableFrom(command);
    }

    private static Class<?> subcommand(Class<?> command, String name) {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation == null) {
            return null;
        }
        for (Class<?> subcommand : annotation.subcommands()) {
            Command sub = subcommand.getAnnotation(Command.class);
            if (sub != null && (sub.name().equals(name) || Set.of(sub.aliases()).contains(name))) {
                return subcommand;
            }
        }
        return null;
    }
}
