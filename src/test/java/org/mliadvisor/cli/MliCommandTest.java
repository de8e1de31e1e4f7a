package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code mli} command itself: a missing command, {@code --version}, {@code kb --help}, shell completion. */
class MliCommandTest {

    private final CliRun cli = new CliRun();

    @Test
    void noCommandExits64ListingEveryCommandWithItsDescription() {
        int code = cli.run();

        assertThat(code).isEqualTo(ExitCode.USAGE);
        String err = cli.err.toString();
        assertThat(err).startsWith("mli: a command is required; one of:")
                .contains("diagnose ", "Diagnoses one assessment", "progress ", "Compares one firm's assessments over time", "why-not ", "Says why an intervention",
                        "kb ", "Tools for authoring the knowledge base", "bench ", "Measures rule-base",
                        "generate-completion ", "help ", "Try 'mli --help' for usage.");
        for (String command : subcommandNames(MliCommand.newCommandLine())) {
            assertThat(err).contains("  " + command + " ");
        }
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void aCommandGivenRunsWithoutTheListOfCommands() {
        int code = cli.run("help");

        assertThat(code).isZero();
        assertThat(cli.err.toString()).doesNotContain("a command is required");
    }

    @Test
    void kbWithoutASubcommandExits64ListingEveryKbSubcommandWithItsDescription() {
        int code = cli.run("kb");

        assertThat(code).isEqualTo(ExitCode.USAGE);
        String err = cli.err.toString();
        assertThat(err).startsWith("mli: a kb command is required; one of:")
                .contains("validate ", "Checks a knowledge-base folder", "show-drl ", "Prints the generic DRL rules",
                        "test ", "Runs the golden cases", "docs ", "browsable catalogue", "diff ",
                        "Diagnoses the golden cases of NEW", "Try 'mli kb --help' for usage.");
        assertThat(subcommandNames(MliCommand.newCommandLine().getSubcommands().get("kb")))
                .allSatisfy(command -> assertThat(err).contains("  " + command + " "));
    }

    @Test
    void kbHelpNamesEveryKbSubcommandAndADescriptionThatCoversThemAll() {
        int code = cli.run("kb", "--help");

        assertThat(code).isZero();
        // picocli wraps the description at 80 columns
        assertThat(cli.out.toString().replaceAll("\\s+", " ")).contains("validate it", "print the rules and facts it becomes",
                "run its golden cases", "write its HTML catalogue", "compare two versions");
        assertThat(subcommandNames(MliCommand.newCommandLine().getSubcommands().get("kb")))
                .containsExactly("validate", "show-drl", "test", "docs", "diff")
                .allSatisfy(command -> assertThat(cli.out.toString()).contains("  " + command + " "));
    }

    @Test
    void versionPrintsTheVersionTheBuildIsMadeFrom() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>mli-advisor</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();

        int code = cli.run("--version");

        assertThat(code).isZero();
        assertThat(cli.out.toString().strip()).isEqualTo("mli " + pom.group(1));
        assertThat(cli.out.toString()).doesNotContain("development build", "${");
    }

    @Test
    void theVersionAloneIsPrintedWithoutPicocliExactlyAsPicocliPrintsIt() {
        java.io.ByteArrayOutputStream alone = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream shortly = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream withPicocli = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        assertThat(MliCommand.run(new String[] {"--version"}, alone, err)).isZero();
        assertThat(MliCommand.run(new String[] {"-V"}, shortly, err)).isZero();
        assertThat(MliCommand.run(new String[] {"--verbose", "--version"}, withPicocli, err)).isZero();

        assertThat(alone.toString()).startsWith("mli ").isEqualTo(withPicocli.toString()).isEqualTo(shortly.toString());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void generateCompletionPrintsABashScriptThatCompletesCommandsAndOptions() {
        int code = cli.run("generate-completion");

        assertThat(code).isZero();
        assertThat(cli.out.toString()).startsWith("#!/usr/bin/env bash")
                .contains("diagnose", "why-not", "--format", "--lang", "complete -F");
    }

    private static java.util.List<String> subcommandNames(CommandLine commandLine) {
        return commandLine.getSubcommands().values().stream().distinct()
                .map(c -> c.getCommandName()).toList();
    }
}
