package org.mliadvisor.casebook;

import org.mliadvisor.source.Visible;

import java.util.ArrayList;
import java.util.List;

/** The plain-text report of a run of golden cases, as {@code mli kb test} prints it. */
public final class CaseReportText {

    private CaseReportText() {
    }

    /**
     * One {@code PASS name} or {@code FAIL name} line per case; then, for each failure, its unmet
     * expectations as {@code expected … / actual …}, what the diagnosis concluded and the rules that
     * fired; then the summary {@code N passed, M failed}; then, when asked, the coverage.
     */
    public static List<String> lines(CaseReport report, boolean withCoverage) {
        // case names, descriptions and KB texts are printed on a terminal: their controls show as escapes
        return raw(report, withCoverage).stream().map(Visible::controls).toList();
    }

    private static List<String> raw(CaseReport report, boolean withCoverage) {
        List<String> lines = new ArrayList<>();
        for (CaseResult result : report.results()) {
            lines.add((result.passed() ? "PASS " : "FAIL ") + result.name());
        }
        for (CaseResult failure : report.failures()) {
            lines.add("");
            lines.addAll(failure(failure));
        }
        lines.add("");
        lines.add(summary(report));
        if (withCoverage) {
            lines.add("");
            lines.addAll(coverage(report.coverage()));
        }
        return lines;
    }

    /** {@code N passed, M failed}. */
    public static String summary(CaseReport report) {
        return report.passed() + " passed, " + report.failed() + " failed";
    }

    static List<String> failure(CaseResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("FAIL " + result.name() + " (" + result.goldenCase().origin() + ")");
        if (result.goldenCase().description() != null) {
            lines.add("  checks: " + result.goldenCase().description().strip().replaceAll("\\s+", " "));
        }
        result.mismatches().forEach(m -> lines.add("  " + m));
        lines.add("  concluded: binding " + Expectations.describeBinding(result.diagnosis().binding())
                + " by " + String.join(", ", result.bindingRules())
                + "; MLI " + Expectations.describeMli(result.diagnosis().mli().headline()));
        List<String> recommended = result.recommended();
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < recommended.size(); i++) {
            ranked.add((i + 1) + ". " + recommended.get(i));
        }
        lines.add("  recommended: " + (ranked.isEmpty() ? "nothing" : String.join(", ", ranked)));
        lines.add("  needs data: " + (result.needingData().isEmpty() ? "nothing" : String.join(", ", result.needingData())));
        lines.add("  rules fired: " + String.join(", ", result.firedRules()));
        return lines;
    }

    static List<String> coverage(Coverage coverage) {
        List<String> lines = new ArrayList<>();
        lines.add("Coverage of " + coverage.cases() + (coverage.cases() == 1 ? " case:" : " cases:"));
        lines.add(line("DRL rules fired", coverage.rules(), coverage.rulesNeverFired()));
        lines.add(line("interventions recommended", coverage.interventions(), coverage.interventionsNeverRecommended()));
        lines.add(line("interventions a case expects", coverage.interventions(), coverage.interventionsNeverExpected()));
        lines.add(line("variants chosen", coverage.variants(), coverage.variantsNeverChosen()));
        lines.add(line("gates that decided the binding constraint", coverage.gates(), coverage.gatesNeverBinding()));
        lines.add(line("consistency checks that found something", coverage.checks(), coverage.checksNeverFound()));
        return lines;
    }

    private static String line(String what, List<String> all, List<String> missing) {
        String line = "  " + what + ": " + (all.size() - missing.size()) + " of " + all.size();
        return missing.isEmpty() ? line : line + "; never: " + String.join(", ", missing);
    }
}
