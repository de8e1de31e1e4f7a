package org.mliadvisor.cli;

import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.source.InputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The knowledge-base folder argument of the {@code kb} commands, which work on a knowledge base rather
 * than for a client: the one given, else {@code ./knowledge-base}, else the built-in one (announced).
 */
final class KnowledgeBaseFolder {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The knowledge-base folder (default: ./knowledge-base, or the built-in knowledge base "
                    + "when there is none).")
    Path given;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The folder chosen; empty for the built-in knowledge base. */
    Optional<Path> folder() {
        return ((KbCommand) mixee.parent().userObject()).folder(given);
    }

    /** Loads the chosen knowledge base, announcing the built-in one on {@code err}. */
    KnowledgeBase load(PrintWriter err) throws InputException {
        return KbCommand.load(folder(), err);
    }
}
