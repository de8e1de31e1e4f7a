package org.mliadvisor.cli;

import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.KnowledgeBaseCatalogue;
import org.mliadvisor.report.OutputFile;
import org.mliadvisor.source.FileTrouble;
import org.mliadvisor.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mli kb docs}: a browsable HTML catalogue of the knowledge base. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Writes DIR/index.html: a browsable catalogue of the knowledge base, linked both ways.")
final class KbDocsCommand implements Callable<Integer> {

    @Mixin
    KnowledgeBaseFolder knowledgeBase;


    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write index.html into.")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The catalogue's language: en (default), ru or uz (Uzbek, Latin script); a text the "
                    + "knowledge base has not translated is shown in English.")
    Language language;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        KnowledgeBase kb;
        try {
            kb = knowledgeBase.load(spec.commandLine().getErr());
        } catch (InputException e) {
            return InputProblems.report(e, spec.commandLine().getErr(), InputProblems.NOTHING_WRITTEN);
        }
        Path index = output.resolve("index.html");
        try {
            Files.createDirectories(output);
            OutputFile.write(index, new KnowledgeBaseCatalogue(kb, language).render());
        } catch (IOException e) {
            spec.commandLine().getErr().println("mli: " + output + ": cannot be created (" + FileTrouble.reason(e) + ")");
            return ExitCode.CANNOT_CREATE;
        } catch (OutputFile.OutputException e) {
            return FileOutput.refused(e, spec.commandLine().getErr());
        }
        spec.commandLine().getOut().println("wrote " + index);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
