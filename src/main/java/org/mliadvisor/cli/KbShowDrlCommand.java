package org.mliadvisor.cli;

import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.RuleBase;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mli kb show-drl}: the fixed rules and the facts a knowledge base becomes, for an engineer's audit. */
@Command(name = "show-drl", mixinStandardHelpOptions = true,
        description = "Prints the generic DRL rules and every fact the knowledge base becomes: no KB text is ever compiled.")
final class KbShowDrlCommand implements Callable<Integer>, FiresRules {

    @Mixin
    KnowledgeBaseFolder knowledgeBase;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        KnowledgeBase kb;
        try {
            kb = knowledgeBase.load(spec.commandLine().getErr());
        } catch (InputException e) {
            return InputProblems.report(e, spec.commandLine().getErr(), InputProblems.NOTHING_WRITTEN);
        }
        out.println("// The rules are generic and fixed: the knowledge base below is matched as facts, never compiled.");
        for (Map.Entry<String, String> file : RuleBase.sources().entrySet()) {
            out.println("// ===== rules/" + file.getKey());
            out.print(file.getValue());
        }
        out.println("// ===== facts of the knowledge base " + kb.info().id() + " " + kb.info().version() + " (" + kb.info().location() + ")");
        try (Diagnostician diagnostician = new Diagnostician(kb)) {
            diagnostician.describeFacts().forEach(line -> out.println("// " + line));
        }
        out.flush();
        return ExitCode.OK;
    }
}
