package org.mliadvisor.cli;

import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --kb DIR} option of the commands that work for a client: the built-in knowledge base unless given. */
final class KnowledgeBaseOption {

    @Option(names = "--kb", paramLabel = "DIR", description = "A knowledge-base folder to use instead of the built-in one.")
    Path folder;

    /** The chosen knowledge base, every problem of it at once. */
    KnowledgeBase load() throws InputException {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
        return folder == null ? loader.loadBuiltIn() : loader.load(folder);
    }

    /** The advisor of the chosen knowledge base. */
    Advisor advisor() throws InputException {
        return new Advisor(load());
    }
}
