package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.JsonReportRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** A reused session concludes exactly what a fresh one does, whatever it diagnosed before. */
class SessionReuseTest {

    private static final String[] INDICATORS = {"S.sop_cycle", "S.joint_promotion_review", "S.cross_functional_team",
        "T.crm_erp_consistency", "T.wms_tms_visibility", "T.sku_master_governance", "R.shared_kpi_incentive",
        "R.root_cause_closure_rate", "R.plan_discipline"};
    private static final double[] MAXIMA = {5, 100, 5, 100, 100, 5, 30, 100, 5};

    /** Seeded firms with every kind of gap: some indicators left out, some KPIs reported, volatility varied. */
    static List<Firm> firms(long seed, int count) {
        Random random = new Random(seed);
        List<Firm> firms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Firm firm = Firm.firm();
            for (int k = 0; k < INDICATORS.length; k++) {
                if (random.nextInt(5) > 0) {
                    double raw = Math.round(random.nextDouble() * MAXIMA[k] * 10) / 10.0;
                    firm.indicator(INDICATORS[k], INDICATORS[k].equals("R.plan_discipline") ? Math.max(1, raw) : raw);
                }
            }
            if (random.nextBoolean()) {
                firm.kpi("otif", 70 + random.nextInt(30), 95);
            }
            if (random.nextBoolean()) {
                firm.kpi("inventory_days", 30 + random.nextInt(40), 40);
            }
            firm.context("demand_volatility", new String[] {"low", "medium", "high"}[random.nextInt(3)]);
            firms.add(firm);
        }
        return firms;
    }

    private static String fresh(Diagnostician diagnostician, Firm firm) {
        return new JsonReportRenderer(Language.EN).render(diagnostician.diagnose(firm.assessment(), rule -> { }));
    }

    private static String pooled(Diagnostician diagnostician, Firm firm) {
        return new JsonReportRenderer(Language.EN).render(diagnostician.diagnose(firm.assessment()));
    }

    @Test
    void reusedSessionsGiveTheSameDiagnosisAsFreshOnes() {
        try (Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.builtIn())) {
            for (Firm firm : firms(42, 60)) {
                assertThat(pooled(diagnostician, firm)).isEqualTo(fresh(diagnostician, firm));
            }
        }
    }

    /** A session stopped once the binding constraint is decided is reset like any other, and decides as a whole run. */
    @Test
    void bindingAloneIsTheDiagnosisBindingAndLeavesTheSessionAsAFullRunDoes() {
        try (Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.builtIn())) {
            for (Firm firm : firms(11, 40)) {
                BindingOutcome alone = diagnostician.binding(firm.assessment());

                BindingOutcome whole = diagnostician.diagnose(firm.assessment()).binding();
                assertThat(alone.binding()).isEqualTo(whole.binding());
                assertThat(alone.basis()).isEqualTo(whole.basis());
                assertThat(alone.atTarget()).isEqualTo(whole.atTarget());
                assertThat(pooled(diagnostician, firm)).isEqualTo(fresh(diagnostician, firm));
            }
        }
    }

    /** What a sample's diagnosis keeps, concluded without the explanations, is the full diagnosis's, surveyed firms too. */
    @ParameterizedTest
    @ValueSource(strings = {"illustrative-firm.yaml", "structural-gap-firm.yaml", "relational-gap-firm.yaml",
        "survey-firm.yaml", "survey-firm.csv.yaml", "volga-cable-works.ru.yaml", "chirchiq-packaging.uz.yaml"})
    void aVerdictWithoutExplanationsIsTheFullDiagnosisVerdict(String example) throws Exception {
        try (Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.builtIn())) {
            Assessment assessment = new AssessmentLoader(KnowledgeBaseFixture.builtIn()).load(Path.of("examples", example));
            Diagnosis diagnosis = diagnostician.diagnose(assessment);

            Verdict verdict = diagnostician.conclude(assessment);

            assertThat(verdict).isEqualTo(diagnosis.verdict());
            assertThat(verdict.ranking()).isNotEmpty()
                    .isEqualTo(diagnosis.recommendations().stream().map(Recommendation::id).toList());
            assertThat(verdict.survey() != null).isEqualTo(example.startsWith("survey"));
        }
    }

    @Test
    void aVerdictOfAnotherFirmDiffers() {
        try (Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.builtIn())) {
            List<Firm> firms = firms(5, 2);
            assertThat(diagnostician.conclude(firms.get(0).assessment()))
                    .isNotEqualTo(diagnostician.diagnose(firms.get(1).assessment()).verdict());
        }
    }

    @Test
    void concurrentDiagnosesOnSharedSessionsGiveTheSameDiagnosisAsFreshOnes() throws Exception {
        List<Firm> firms = firms(7, 40);
        try (Diagnostician diagnostician = new Diagnostician(KnowledgeBaseFixture.builtIn())) {
            List<String> expected = firms.stream().map(f -> fresh(diagnostician, f)).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> checks = new ArrayList<>();
                for (int round = 0; round < 5; round++) {
                    for (int i = 0; i < firms.size(); i++) {
                        int index = i;
                        checks.add(pool.submit(() -> pooled(diagnostician, firms.get(index)).equals(expected.get(index))));
                    }
                }
                for (Future<Boolean> check : checks) {
                    assertThat(check.get()).isTrue();
                }
            } finally {
                pool.shutdown();
            }
        }
    }
}
