package org.mliadvisor.cli;

import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.SurveyTemplate;
import org.mliadvisor.source.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code mli survey template}: the questionnaire as a printable form (HTML) or an empty sheet (CSV, XLSX). */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes the survey to send out, in the respondents' language: FILE.html is a printable form, "
                + "FILE.csv or FILE.xlsx an empty sheet whose columns (respondent, function, item ids) an assessment's "
                + "responses: reads back.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "64:wrong usage (an -o name that is not .html, .csv or .xlsx)",
            "65:invalid knowledge base, or one without survey items", "66:knowledge-base folder not found",
            "73:output cannot be created", "74:output cannot be written"})
final class SurveyTemplateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The file to write: .html (printable form), .csv or .xlsx (empty sheet).")
    Path output;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "The respondents' language: en (default), ru or uz (Uzbek, Latin script).")
    Language language;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What the sheet or form is written as, by the output's extension. */
    private enum Kind { HTML, CSV, XLSX }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        Kind kind = name.endsWith(".html") || name.endsWith(".htm") ? Kind.HTML : name.endsWith(".csv") ? Kind.CSV
                : name.endsWith(".xlsx") ? Kind.XLSX : null;
        if (kind == null) {
            err.println("mli: -o " + output + ": name the file .html (a printable form), .csv or .xlsx (an empty sheet)");
            err.println("Try 'mli survey template --help' for usage.");
            return ExitCode.USAGE;
        }
        KnowledgeBase kb;
        try {
            kb = knowledgeBase.load();
        } catch (InputException e) {
            return InputProblems.report(e, err, InputProblems.NOTHING_WRITTEN);
        }
        if (kb.items().isEmpty()) {
            err.println("mli: the knowledge base " + kb.info().id() + " has no survey items (items.yaml); nothing was written.");
            return ExitCode.DATA_ERROR;
        }
        SurveyTemplate template = new SurveyTemplate(kb.items(), kb.survey().scalePoints(), language);
        byte[] content = switch (kind) {
            case HTML -> template.html().getBytes(StandardCharsets.UTF_8);
            case CSV -> template.csv();
            case XLSX -> template.xlsx();
        };
        return FileOutput.write(output, content, kind.name(), err);
    }
}
