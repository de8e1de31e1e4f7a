package org.mliadvisor.cli;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.casebook.CaseLoader;
import org.mliadvisor.casebook.KnowledgeBaseDiff;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code mli kb diff OLD NEW}: what an edit of the knowledge base changes in the diagnoses. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Diagnoses the golden cases of NEW (and the assessments in --cases DIR) with both knowledge-base "
                + "versions and lists what changed: binding constraints, recommendations added, removed or reranked.")
final class KbDiffCommand implements Callable<Integer>, FiresRules {

    @Parameters(index = "0", paramLabel = "OLD", description = "The knowledge-base folder before the edit.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The knowledge-base folder after the edit.")
    Path newer;

    @Option(names = "--cases", paramLabel = "DIR", description = "Also diagnose every assessment (.yaml, .yml, .json) in DIR.")
    Path cases;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<KnowledgeBaseDiff.InputDiff> diffs;
        try {
            KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
            KnowledgeBase before = loader.load(older);
            KnowledgeBase after = loader.load(newer);
            Map<String, Assessment> inputs = new LinkedHashMap<>();
            if (Files.isDirectory(newer.resolve(CaseLoader.FOLDER))) {
                inputs.putAll(KnowledgeBaseDiff.inputsOf(new CaseLoader(after).loadFolder(newer.resolve(CaseLoader.FOLDER))));
            }
            if (cases != null) {
                inputs.putAll(assessments(after));
            }
            diffs = KnowledgeBaseDiff.compare(before, after, inputs);
        } catch (InputException e) {
            return InputProblems.report(e, spec.commandLine().getErr(), InputProblems.NOTHING_WRITTEN);
        }
        long changed = diffs.stream().filter(KnowledgeBaseDiff.InputDiff::changed).count();
        for (KnowledgeBaseDiff.InputDiff diff : diffs) {
            if (diff.skipped() != null) {
                out.println(diff.name() + ": skipped, " + diff.skipped());
            } else if (diff.changed()) {
                out.println(diff.name() + ":");
                diff.changes().forEach(change -> out.println("  " + change));
            }
        }
        out.println(diffs.size() + " inputs: " + changed + " changed, " + (diffs.size() - changed) + " unchanged");
        out.flush();
        return ExitCode.OK;
    }

    private Map<String, Assessment> assessments(KnowledgeBase kb) throws InputException, IOException {
        if (!Files.isDirectory(cases)) {
            throw InputException.missing(org.mliadvisor.source.SourceLocation.ofFile(cases.toString()), "folder not found");
        }
        Map<String, Assessment> inputs = new LinkedHashMap<>();
        AssessmentLoader loader = new AssessmentLoader(kb);
        try (Stream<Path> files = Files.list(cases)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)")).sorted().toList()) {
                inputs.put(file.toString(), loader.load(file));
            }
        }
        return inputs;
    }
}
