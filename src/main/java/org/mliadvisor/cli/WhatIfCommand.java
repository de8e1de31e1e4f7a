package org.mliadvisor.cli;

import org.mliadvisor.advisor.Advisor;
import org.mliadvisor.diagnosis.Scenario;
import org.mliadvisor.diagnosis.WhatIf;
import org.mliadvisor.report.Brand;
import org.mliadvisor.report.ReportFormat;
import org.mliadvisor.report.ReportOptions;
import org.mliadvisor.report.ReportScope;
import org.mliadvisor.report.WhatIfReport;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Visible;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mli what-if}: the diagnosis before and after stated values, implemented interventions or other weights. */
@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = {"Shows the diagnosis of an assessment before and after the changes given, side by side: the index and "
                + "each dimension, the binding constraint and whether it moves, the KPIs, and the actions added, removed and "
                + "re-ranked. The assessment file is not changed.",
            "",
            "--implement takes an intervention as implemented by its expected effect in the knowledge base: each indicator "
                + "moves to the value it is expected to reach, never below the firm's own answer; each KPI moves by the "
                + "sum of the ranges stated for it, toward its better direction and within its scale, and is diagnosed at the "
                + "cautious end of that range, the whole range being shown. KPIs the knowledge base says improve without a "
                + "figure stay as reported, and an intervention with no expected effect changes nothing: nothing is guessed. "
                + "An intervention already in place (its condition did not hold) counts no KPI gain. --set states a value "
                + "outright and wins over what --implement assumes for it. Changes combine."},
        footerHeading = "%nExamples:%n",
        footer = {"  mli what-if examples/illustrative-firm.yaml \\",
            "      --implement joint-promotion-review \\",
            "      --implement crm-erp-data-consistency \\",
            "      --implement transport-visibility-dashboard",
            "  mli what-if firm.yaml --set S.sop_cycle=3 --set S.sop_cadence_fit=true",
            "  mli what-if firm.yaml --set kpi.otif.actual=88 --set kpi.otif.target=92",
            "  mli what-if firm.yaml --set context.demand_volatility=high",
            "  mli what-if firm.yaml --weights S=0.5,T=0.25,R=0.25 --lang ru -o out.html"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "64:wrong usage, including a --set, --implement or --weights the knowledge base "
                + "or the assessment cannot take", "65:invalid assessment or knowledge base", "66:input file or folder not found",
            "70:internal error", "73:output cannot be created", "74:output cannot be written"})
final class WhatIfCommand implements Callable<Integer>, FiresRules {

    @Parameters(index = "0", paramLabel = "ASSESSMENT", description = "The assessment file (.yaml, .yml or .json).")
    Path assessmentFile;

    @Option(names = "--set", paramLabel = "ID=VALUE",
            description = "State a value outright (repeatable): an indicator by its id, on its own scale (true or "
                    + "false, or a number); kpi.<id>.actual or kpi.<id>.target for a KPI; context.<factor> for a "
                    + "context factor. Checked as the assessment's own values are; see the examples.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--implement", paramLabel = "INTERVENTION",
            description = "Take an intervention as implemented, by its id as mli why-not and the evidence appendix name it, "
                    + "e.g. joint-promotion-review (repeatable).")
    List<String> implement = new ArrayList<>();

    @Option(names = "--weights", paramLabel = "S=…,T=…,R=…",
            description = "Use these weights instead of the assessment's (or the method's defaults): each 0 to 1, summing "
                    + "to 1, e.g. S=0.5,T=0.25,R=0.25.")
    String weights;

    @Option(names = "--detail", paramLabel = "DETAIL", defaultValue = "client",
            description = "client (default): the document for the client, in plain language; full: followed by where each "
                    + "expected effect comes from (its basis, source and knowledge-base entry) and the rules that name the "
                    + "binding constraint after the changes. JSON always carries them.")
    DiagnoseCommand.Detail detail;

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Mixin
    ReportOutput report;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Integer refused = report.refusal(spec, assessmentFile, knowledgeBase.folder, WhatIfReport.FORMATS);
        if (refused != null) {
            return refused;
        }
        ReportFormat chosen = report.chosen();
        byte[] document;
        try (Advisor advisor = knowledgeBase.advisor()) {
            Advisor.Read read = advisor.read(assessmentFile);
            read.assessment().warnings().forEach(w -> err.println(Visible.controls(w.toString())));
            Scenario scenario;
            try {
                scenario = advisor.scenario(read.assessment(), sets, implement, weights);
            } catch (InputException e) {
                return InputProblems.usage(e, err, spec.qualifiedName());
            }
            refused = report.refusalToOverwrite(read.filesRead(), err);
            if (refused != null) {
                return refused;
            }
            WhatIf whatIf = advisor.whatIf(read.assessment(), scenario);
            ReportScope scope = detail == DiagnoseCommand.Detail.FULL ? ReportScope.FULL : ReportScope.CLIENT;
            document = advisor.render(whatIf, chosen, new ReportOptions(report.language, scope, false, Brand.NONE));
        } catch (InputException e) {
            return InputProblems.report(e, err, InputProblems.NOTHING_WRITTEN);
        }
        return report.write(document, chosen, spec);
    }
}
