package org.mliadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code mli survey}: the paper's survey method, for the consultant who runs it. */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = "The survey of the method's Likert items: write the questionnaire to send out.",
        subcommands = {SurveyTemplateCommand.class})
final class SurveyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw MliCommand.missingCommand(spec, "a survey command is required");
    }
}
