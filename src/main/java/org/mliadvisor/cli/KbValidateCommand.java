package org.mliadvisor.cli;

import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseCheck;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code mli kb validate}: every problem of a knowledge base at once, errors and warnings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a knowledge-base folder and lists every problem as file:line:col: field: message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:valid (warnings may be printed)", "65:errors found (or warnings, with --strict)",
            "66:folder or file not found"})
final class KbValidateCommand implements Callable<Integer> {

    @Mixin
    KnowledgeBaseFolder knowledgeBase;


    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> chosen = knowledgeBase.folder();
        KnowledgeBase kb;
        List<Problem> warnings;
        try {
            kb = KbCommand.load(chosen, err);
            warnings = KnowledgeBaseCheck.warnings(kb);
        } catch (InputException e) {
            return InputProblems.report(e, err, InputProblems.NOTHING_WRITTEN);
        }
        warnings.forEach(w -> err.println(Visible.controls(w.toString())));
        if (strict && !warnings.isEmpty()) {
            err.println("mli: " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings") + " (--strict makes them errors)");
            err.flush();
            return ExitCode.DATA_ERROR;
        }
        out.println(Visible.controls(chosen.map(Path::toString).orElse(kb.info().location())) + ": valid" + (warnings.isEmpty() ? "" : " with " + warnings.size()
                + (warnings.size() == 1 ? " warning" : " warnings")));
        out.flush();
        err.flush();
        return ExitCode.OK;
    }
}
