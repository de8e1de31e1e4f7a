package org.mliadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mli kb}: tools for the experts who author the knowledge base. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Tools for authoring the knowledge base: validate it, print the rules and facts it becomes, "
                + "run its golden cases, write its HTML catalogue, and compare two versions on the cases.",
        subcommands = {KbValidateCommand.class, KbShowDrlCommand.class, KbTestCommand.class, KbDocsCommand.class, KbDiffCommand.class})
final class KbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw MliCommand.missingCommand(spec, "a kb command is required");
    }
}
