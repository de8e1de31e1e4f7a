package org.mliadvisor.cli;

import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.WhyNotAnswer;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mli why-not}: why an intervention is, or is not, recommended for a firm. */
@Command(name = "why-not", mixinStandardHelpOptions = true,
        description = "Says why an intervention is not recommended for the assessed firm: which condition failed and by how much.")
final class WhyNotCommand implements Callable<Integer>, FiresRules {

    @Parameters(index = "0", paramLabel = "ASSESSMENT", description = "The assessment file (.yaml, .yml or .json).")
    Path assessmentFile;

    @Parameters(index = "1", paramLabel = "INTERVENTION", description = "The intervention id, e.g. sop-cycle.")
    String interventionId;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The answer's language: en (default), ru or uz (Uzbek, Latin script).")
    Language language;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Diagnosis diagnosis;
        try (Advisor advisor = knowledgeBase.advisor()) {
            KnowledgeBase kb = advisor.knowledgeBase();
            if (!kb.interventions().containsKey(interventionId)) {
                spec.commandLine().getErr().println("mli: unknown intervention `" + interventionId + "`"
                        + Suggestions.hint(interventionId, kb.interventions().keySet()));
                return ExitCode.USAGE;
            }
            diagnosis = advisor.diagnose(advisor.read(assessmentFile).assessment());
        } catch (InputException e) {
            return InputProblems.report(e, spec.commandLine().getErr(), InputProblems.NOTHING_WRITTEN);
        }
        spec.commandLine().getOut().print(WhyNotAnswer.explain(diagnosis, interventionId, language));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
