package org.mliadvisor.cli;

import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code mli kb}: tools for the experts who author the knowledge base. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Tools for authoring the knowledge base: validate it, print the rules and facts it becomes, "
                + "run its golden cases, write its HTML catalogue, and compare two versions on the cases.",
        subcommands = {KbValidateCommand.class, KbShowDrlCommand.class, KbTestCommand.class, KbDocsCommand.class, KbDiffCommand.class})
final class KbCommand implements Runnable {

    /** The folder a kb command uses when given none, if it exists where the command is run. */
    static final String DEFAULT_FOLDER = "knowledge-base";

    /** Where {@link #DEFAULT_FOLDER} is looked for: the working directory, or a test's folder. */
    Path workingDirectory = Path.of("");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw MliCommand.missingCommand(spec, "a kb command is required");
    }

    /**
     * The knowledge-base folder a command works on: the one {@code given}, else {@code ./knowledge-base}
     * when there is one; empty when neither, meaning the built-in knowledge base.
     */
    Optional<Path> folder(Path given) {
        if (given != null) {
            return Optional.of(given);
        }
        Path local = workingDirectory.resolve(DEFAULT_FOLDER);
        // a file of that name is handed on too, so the loader says it is not a folder rather than being passed over
        return Files.exists(local) ? Optional.of(local) : Optional.empty();
    }

    /** Loads the knowledge base of {@link #folder}; the built-in one is announced on {@code err}. */
    static KnowledgeBase load(Optional<Path> folder, PrintWriter err) throws InputException {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
        if (folder.isPresent()) {
            return loader.load(folder.get());
        }
        KnowledgeBase kb = loader.loadBuiltIn();
        err.println("mli: no ./" + DEFAULT_FOLDER + " here; using the built-in knowledge base " + kb.info().id() + " "
                + kb.info().version());
        err.flush();
        return kb;
    }
}
