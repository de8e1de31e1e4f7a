package org.mliadvisor.cli;

import org.mliadvisor.casebook.CaseLoader;
import org.mliadvisor.casebook.CaseReport;
import org.mliadvisor.casebook.CaseReportText;
import org.mliadvisor.casebook.CaseRunner;
import org.mliadvisor.casebook.GoldenCase;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mli kb test}: runs the knowledge base's golden cases and says which pass. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the golden cases in DIR/tests/*.yaml against the knowledge base in DIR: "
                + "PASS or FAIL per case, expected against actual for each failure, and a summary.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case passes", "64:wrong usage (e.g. no case of that --case name)",
            "65:a case fails, or a case file or the knowledge base is invalid",
            "66:the folder, its tests folder or an input file is not found"})
final class KbTestCommand implements Callable<Integer>, FiresRules {

    @Mixin
    KnowledgeBaseFolder knowledgeBase;


    @Option(names = "--case", paramLabel = "NAME", description = "Run only the case of this name (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--coverage", description = "Also list the DRL rules, interventions, variants, gates and "
            + "consistency checks that no case exercised.")
    boolean coverage;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase kb;
        List<GoldenCase> cases;
        try {
            Optional<Path> chosen = knowledgeBase.folder();
            kb = KbCommand.load(chosen, err);
            cases = new CaseLoader(kb).loadFolder(chosen.isPresent() ? chosen.get().resolve(CaseLoader.FOLDER)
                    : CaseLoader.builtInFolder());
        } catch (InputException e) {
            return InputProblems.report(e, err, "no case was run");
        }
        List<GoldenCase> selected = cases;
        if (!only.isEmpty()) {
            List<String> names = cases.stream().map(GoldenCase::name).toList();
            for (String name : only) {
                if (!names.contains(name)) {
                    err.println("mli: no golden case is named `" + name + "`" + Suggestions.hint(name, names));
                    err.flush();
                    return ExitCode.USAGE;
                }
            }
            selected = cases.stream().filter(c -> only.contains(c.name())).toList();
        }
        CaseReport report = CaseRunner.run(kb, selected);
        CaseReportText.lines(report, coverage).forEach(out::println);
        out.flush();
        return report.allPassed() ? ExitCode.OK : ExitCode.DATA_ERROR;
    }
}
