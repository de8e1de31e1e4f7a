package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.survey.RespondentFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule files keep their conventions, and every rule fires in at least one scenario of the tests. */
public class RuleCoverageTest {

    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

    /** Every rule id the rule files declare. */
    public static List<String> ruleIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String file : RuleBase.RULE_FILES) {
            Matcher m = RULE.matcher(Files.readString(Path.of("rules", file)));
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    @Test
    void rulesFolderHoldsExactlyTheRuleFilesTheEngineLoads() throws IOException {
        try (var files = Files.list(Path.of("rules"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(RuleBase.RULE_FILES);
        }
    }

    @Test
    void everyRuleHasAStableIdOfItsAreaAndAOneLineIntentAboveIt() throws IOException {
        for (String file : RuleBase.RULE_FILES) {
            List<String> lines = Files.readAllLines(Path.of("rules", file));
            String area = file.replace(".drl", "").replace("binding-constraint", "binding");
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = RULE.matcher(lines.get(i));
                if (m.find()) {
                    assertThat(m.group(1)).as(file + ":" + (i + 1)).startsWith(area + ".");
                    assertThat(lines.get(i - 1)).as("intent above " + m.group(1)).startsWith("// ");
                }
            }
        }
        assertThat(new HashSet<>(ruleIds())).as("rule ids are unique").hasSameSizeAs(ruleIds());
    }

    @Test
    void rulesDoNoInputOrOutput() throws IOException {
        for (String file : RuleBase.RULE_FILES) {
            assertThat(Files.readString(Path.of("rules", file))).as(file)
                    .doesNotContain("System.out", "System.err", "java.io", "java.nio", "printStackTrace");
        }
    }

    @Test
    void everyRuleFiresInSomeScenario(@TempDir Path folder) throws Exception {
        Set<String> fired = new HashSet<>();
        Diagnostician builtIn = new Diagnostician(KnowledgeBaseFixture.builtIn());
        List<Firm> scenarios = List.of(
                Firm.firm().balanced().kpi("otif", 88, 90),
                Firm.firm().balanced().weights(0.3, 0.3, 0.4).kpi("otif", 82, 90).kpi("forecast_accuracy", 60, 80)
                        .kpi("inventory_days", 40, 40).kpi("order_cycle_time", 7.2, 7),
                Firm.firm().balanced().indicator("T.crm_erp_consistency", 40).context("demand_volatility", "high")
                        .indicator("S.sop_cadence_fit", false),
                Firm.firm().balanced().indicator("R.shared_kpi_incentive", 25).indicator("R.root_cause_closure_rate", 100)
                        .indicator("R.shared_objectives", 5).indicator("R.plan_discipline", 5).indicator("R.conflict_resolution", 5)
                        .weights(0.35, 0.34, 0.31).kpi("stockout_rate", 4, 4).kpi("transport_cost_per_unit", 1.5, 1.0).kpi("service_complaints", 30, 10),
                Firm.firm().indicator("S.sop_cycle", 1).indicator("S.joint_promotion_review", 10).indicator("T.wms_tms_visibility", 5),
                Firm.firm().indicator("R.shared_kpi_incentive", 0),
                BindingConstraintRulesTest.perfect(),
                Firm.firm().balanced().indicator("T.single_source_of_truth", 2),
                Firm.firm().balanced().weights(0.35, 0.35, 0.30),
                Firm.firm().indicator("S.sop_cycle", 5).indicator("S.joint_promotion_review", 100).indicator("S.cross_functional_team", 5)
                        .indicator("T.crm_erp_consistency", 100).indicator("T.wms_tms_visibility", 100)
                        .indicator("T.sku_master_governance", 5).indicator("R.trust", 1),
                Firm.firm().indicator("S.sop_cycle", 1).indicator("S.cross_functional_team", 1)
                        .indicator("S.strategic_plan_alignment", 2).indicator("T.crm_erp_consistency", 85)
                        .indicator("T.wms_tms_visibility", 20),
                Firm.firm().balanced().indicator("S.sop_cycle", 0).indicator("S.sop_cadence_fit", true)
                        .indicator("T.wms_tms_visibility", 0.5).kpi("otif", 0.82, 90),
                SurveyRulesTest.split(SurveyRulesTest.coherent(Firm.firm().balanced(), "S"), "R"),
                SurveyRulesTest.coherent(SurveyRulesTest.incoherent(Firm.firm(), "S"), "T"),
                SurveyRulesTest.proud(Firm.firm().balanced(), "S").kpi("otif", 60, 95).kpi("forecast_accuracy", 50, 85),
                Firm.firm().balanced().answers("m1", RespondentFunction.MARKETING, "R", 5, 5, 5, 5, 1));
        for (Firm firm : scenarios) {
            builtIn.diagnose(firm.assessment(), fired::add);
        }
        // The shipped knowledge base compares no indicator score and no dimension score: a probe does.
        Diagnostician probe = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "interventions.yaml",
                ConditionRulesTest.probe("{ any: [ { indicator_score: T.crm_erp_consistency, below: 0.5 }, "
                        + "{ dimension: R, below: 0.75 } ] }")));
        probe.diagnose(Firm.firm().indicator("T.crm_erp_consistency", 70).assessment(), fired::add);
        probe.diagnose(Firm.firm().balanced().assessment(), fired::add);
        for (String example : List.of("illustrative-firm.yaml", "relational-gap-firm.yaml", "structural-gap-firm.yaml")) {
            builtIn.diagnose(new org.mliadvisor.assessment.AssessmentLoader(KnowledgeBaseFixture.builtIn())
                    .load(Path.of("examples", example)), fired::add);
        }

        assertThat(fired).containsAll(ruleIds());
    }
}
