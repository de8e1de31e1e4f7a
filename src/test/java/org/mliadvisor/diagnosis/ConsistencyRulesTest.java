package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The rules of consistency.drl: each kind of finding, found and not found, and the confidence they leave. */
class ConsistencyRulesTest {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KnowledgeBaseFixture.builtIn());

    @TempDir
    Path folder;

    private static Diagnosis diagnose(Firm firm) {
        return DIAGNOSTICIAN.diagnose(firm.assessment());
    }

    private static List<String> findings(Firm firm) {
        return diagnose(firm).consistency().stream().map(ConsistencyFinding::id).toList();
    }

    private static ConsistencyFinding only(Diagnosis diagnosis) {
        assertThat(diagnosis.consistency()).hasSize(1);
        return diagnosis.consistency().get(0);
    }

    /** Every T indicator but CRM-ERP consistency at its best: T scores 1. */
    private static Firm matureTechnology(Firm firm) {
        return firm.indicator("T.wms_tms_visibility", 100).indicator("T.sku_master_governance", 5)
                .indicator("T.single_source_of_truth", 5).indicator("T.demand_signal_conversion", 100);
    }

    // ------------------------------------------------------------------ consistency.contradiction

    @Test
    void contradictionWhoseConditionHoldsIsFoundWithTheAnswersItNamesAndItsEntry() {
        ConsistencyFinding finding = only(diagnose(Firm.firm().balanced().indicator("S.sop_cycle", 0)
                .indicator("S.sop_cadence_fit", true)));

        assertThat(finding.id()).isEqualTo("sop-absent-but-cadence-fits");
        assertThat(finding.kind()).isEqualTo(ConsistencyFinding.Kind.CONTRADICTION);
        assertThat(finding.answers()).containsExactly(java.util.Map.entry("S.sop_cycle", Answer.of(0.0)),
                java.util.Map.entry("S.sop_cadence_fit", Answer.of(true)));
        assertThat(finding.dimensions()).containsExactly(Dimension.S);
        Reason reason = finding.reason();
        assertThat(reason.rule()).isEqualTo("consistency.contradiction");
        assertThat(reason.facts()).containsExactly(java.util.Map.entry("check", "sop-absent-but-cadence-fits"),
                java.util.Map.entry("S.sop_cycle", "0"), java.util.Map.entry("S.sop_cadence_fit", "yes"));
        assertThat(reason.kbEntries()).containsExactly("knowledge-base/consistency.yaml:4");
        assertThat(reason.statement()).startsWith("The firm says it has no joint planning routine at all")
                .endsWith("Answers given: S&OP/IBP cycle implemented and followed = 0; S&OP cadence fits demand volatility = yes.");
        assertThat(reason.statement(Language.RU)).contains("Данные ответы: ", "= да");
    }

    static Stream<Arguments> noContradiction() {
        return Stream.of(
                Arguments.of("a cycle exists", Firm.firm().balanced().indicator("S.sop_cycle", 1).indicator("S.sop_cadence_fit", true)),
                Arguments.of("no cycle and a cadence that does not fit", Firm.firm().balanced().indicator("S.sop_cycle", 0)
                        .indicator("S.sop_cadence_fit", false)),
                Arguments.of("the cadence is not answered: unknown finds nothing", Firm.firm().balanced().indicator("S.sop_cycle", 0)),
                Arguments.of("promotions reviewed just under 80 %", Firm.firm().balanced().indicator("S.sop_cycle", 0)
                        .indicator("S.joint_promotion_review", 79.9)),
                Arguments.of("one review a month", Firm.firm().balanced().indicator("R.exception_review_cadence", 1)
                        .indicator("R.root_cause_closure_rate", 100)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noContradiction")
    void noContradictionIsFoundWhenItsConditionIsFalseOrUnknown(String situation, Firm firm) {
        assertThat(findings(firm)).as(situation).isEmpty();
    }

    @Test
    void eachShippedContradictionIsFoundAtItsThreshold() {
        assertThat(findings(Firm.firm().balanced().indicator("S.sop_cycle", 0).indicator("S.joint_promotion_review", 80)))
                .containsExactly("sop-absent-but-promotions-reviewed");
        assertThat(findings(Firm.firm().balanced().indicator("R.exception_review_cadence", 0)
                .indicator("R.root_cause_closure_rate", 90))).containsExactly("closure-without-reviews");
    }

    @Test
    void contradictionThatHoldsOnPartOfItsAnswersQuotesOnlyThoseGiven() {
        Diagnostician fixture = new Diagnostician(KnowledgeBaseFixture.withFile(folder, "consistency.yaml", """
                checks:
                  - id: either-claim
                    kind: contradiction
                    when:
                      any:
                        - { indicator: S.sop_cycle, at_most: 0 }
                        - { indicator: S.sop_cadence_fit, is: true }
                    answers: [S.sop_cycle, S.sop_cadence_fit]
                    finding: Probe.
                """));

        Diagnosis diagnosis = fixture.diagnose(Firm.firm().balanced().indicator("S.sop_cycle", 0).assessment());

        assertThat(only(diagnosis).answers()).containsOnlyKeys("S.sop_cycle");
        assertThat(only(diagnosis).reason().kbEntries()).singleElement().satisfies(e -> assertThat(e)
                .isEqualTo(folder.resolve("consistency.yaml") + ":2"));
    }

    // ------------------------------------------------------------------ consistency.triangulation

    @Test
    void matureDimensionWithTwoSevereLinkedKpisIsTriangulated() {
        Diagnosis diagnosis = diagnose(matureTechnology(Firm.firm().balanced()).kpi("otif", 70, 90)
                .kpi("forecast_accuracy", 50, 80));

        ConsistencyFinding finding = only(diagnosis);
        assertThat(finding.id()).isEqualTo("mature-claims-severe-kpi-gaps");
        assertThat(finding.kind()).isEqualTo(ConsistencyFinding.Kind.TRIANGULATION);
        assertThat(finding.dimensions()).containsExactly(Dimension.T);
        assertThat(finding.kpis()).containsExactly("forecast_accuracy", "otif");
        assertThat(finding.answers()).containsKeys("T.wms_tms_visibility", "T.demand_signal_conversion", "otif.actual",
                "otif.target", "forecast_accuracy.actual").containsEntry("otif.actual", Answer.of(70.0));
        assertThat(finding.reason().rule()).isEqualTo("consistency.triangulation");
        assertThat(finding.reason().facts()).containsEntry("dimension T", "1").containsEntry("score_at_least", "0.8")
                .containsEntry("severe_kpis_at_least", "2").containsKey("otif");
        assertThat(finding.reason().kbEntries()).containsExactly("knowledge-base/consistency.yaml:76",
                "knowledge-base/method.yaml:" + KnowledgeBaseFixture.builtIn().method().origin().line());
        assertThat(finding.reason().statement()).startsWith("T (Technological integration) scores 100 of 100 (from 80 its answers "
                + "claim maturity), yet 2 of the KPIs its indicators drive are severely short of target: Forecast accuracy, "
                + "On-time in-full (OTIF). Answers this strong");
    }

    static Stream<Arguments> noTriangulation() {
        return Stream.of(
                Arguments.of("only one linked KPI severely short", matureTechnology(Firm.firm().balanced())
                        .kpi("otif", 70, 90).kpi("forecast_accuracy", 76, 80)),
                Arguments.of("severe gaps only on KPIs not linked to T", matureTechnology(Firm.firm().balanced())
                        .kpi("returns_rate", 5, 2).kpi("stockout_rate", 6, 3)),
                Arguments.of("severe gaps but T scores 0.5", Firm.firm().balanced().kpi("otif", 70, 90)
                        .kpi("forecast_accuracy", 50, 80)),
                Arguments.of("T has insufficient evidence", Firm.firm().indicator("T.wms_tms_visibility", 100)
                        .indicator("S.sop_cycle", 2.5).indicator("S.joint_promotion_review", 50)
                        .kpi("otif", 70, 90).kpi("forecast_accuracy", 50, 80)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noTriangulation")
    void noTriangulationWithoutAMatureScoreAndEnoughSevereLinkedKpis(String situation, Firm firm) {
        assertThat(findings(firm)).as(situation).doesNotContain("mature-claims-severe-kpi-gaps");
    }

    @Test
    void triangulationThresholdIsInclusive() throws java.io.IOException {
        Firm firm = matureTechnology(Firm.firm().balanced()).indicator("T.wms_tms_visibility", 80)
                .kpi("otif", 70, 90).kpi("forecast_accuracy", 50, 80);
        double score = diagnose(firm).dimensions().get(Dimension.T).score();
        String check = """
                checks:
                  - id: at-the-threshold
                    kind: triangulation
                    dimensions: [T]
                    score_at_least: %s
                    severe_kpis_at_least: 2
                    finding: Probe.
                """;

        Diagnostician at = new Diagnostician(KnowledgeBaseFixture.withFile(Files.createDirectory(folder.resolve("at")),
                "consistency.yaml", check.formatted(score)));
        Diagnostician above = new Diagnostician(KnowledgeBaseFixture.withFile(Files.createDirectory(folder.resolve("above")),
                "consistency.yaml", check.formatted(score + 0.001)));

        assertThat(score).isCloseTo(0.95, within(1e-9));
        assertThat(at.diagnose(firm.assessment()).consistency()).extracting(ConsistencyFinding::id).containsExactly("at-the-threshold");
        assertThat(above.diagnose(firm.assessment()).consistency()).isEmpty();
    }

    // ------------------------------------------------------------------ consistency.percent-as-fraction

    @Test
    void percentAnsweredAsAFractionIsFoundWithTheLikelyValue() {
        ConsistencyFinding finding = only(diagnose(Firm.firm().balanced().indicator("T.wms_tms_visibility", 0.78)));

        assertThat(finding.id()).isEqualTo("percent-written-as-fraction");
        assertThat(finding.kind()).isEqualTo(ConsistencyFinding.Kind.PLAUSIBILITY);
        assertThat(finding.answers()).containsExactly(java.util.Map.entry("T.wms_tms_visibility", Answer.of(0.78)));
        assertThat(finding.assessmentField()).contains("indicators.T.wms_tms_visibility");
        assertThat(finding.reason().rule()).isEqualTo("consistency.percent-as-fraction");
        assertThat(finding.reason().facts()).containsEntry("T.wms_tms_visibility", "0.78").containsEntry("likely meant", "78");
        assertThat(finding.reason().kbEntries()).singleElement().asString().startsWith("knowledge-base/indicators.yaml:");
        assertThat(finding.reason().statement()).contains("was answered 0.78 on a percent scale written 0–100, so 78% was "
                + "probably meant");
        assertThat(finding.reason().statement(Language.RU)).contains("0,78", "78\u00a0%");
    }

    static Stream<Arguments> noFraction() {
        return Stream.of(
                Arguments.of("0 %", Firm.firm().balanced().indicator("T.wms_tms_visibility", 0)),
                Arguments.of("1 %", Firm.firm().balanced().indicator("T.wms_tms_visibility", 1)),
                Arguments.of("78 %", Firm.firm().balanced().indicator("T.wms_tms_visibility", 78)),
                Arguments.of("0.5 on a maturity scale", Firm.firm().balanced().indicator("S.sop_cycle", 0.5)),
                Arguments.of("0.5 meetings a month", Firm.firm().balanced().indicator("R.exception_review_cadence", 0.5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noFraction")
    void noFractionIsFoundOutsideZeroToOneOrOffAPercentScale(String situation, Firm firm) {
        assertThat(findings(firm)).as(situation).isEmpty();
    }

    // ------------------------------------------------------------------ consistency.kpi-scale

    @Test
    void kpiWithActualAndTargetOnTwoScalesIsFoundEitherWayRound() {
        ConsistencyFinding share = only(diagnose(Firm.firm().balanced().kpi("otif", 0.82, 90)));
        ConsistencyFinding target = only(diagnose(Firm.firm().balanced().kpi("inventory_days", 4000, 40)));

        assertThat(share.id()).isEqualTo("kpi-scale-mismatch");
        assertThat(share.kpis()).containsExactly("otif");
        assertThat(share.answers()).containsExactly(java.util.Map.entry("otif.actual", Answer.of(0.82)), java.util.Map.entry("otif.target", Answer.of(90.0)));
        assertThat(share.assessmentField()).contains("kpis.otif");
        assertThat(share.reason().rule()).isEqualTo("consistency.kpi-scale");
        assertThat(share.reason().kbEntries()).singleElement().asString().startsWith("knowledge-base/kpis.yaml:");
        assertThat(share.reason().statement()).contains("reported at 0.82 against a target of 90", "0.82 probably means 82%");
        assertThat(target.reason().statement()).contains("40 probably means 4000");
    }

    static Stream<Arguments> sameScale() {
        return Stream.of(
                Arguments.of("49 times apart", Firm.firm().balanced().kpi("service_complaints", 49, 1)),
                Arguments.of("an actual of 0", Firm.firm().balanced().kpi("stockout_rate", 0, 3)),
                Arguments.of("both written as shares", Firm.firm().balanced().kpi("otif", 0.82, 0.9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameScale")
    void noScaleMismatchUnderFiftyTimesOrWithAnActualOfZero(String situation, Firm firm) {
        assertThat(findings(firm)).as(situation).isEmpty();
    }

    @Test
    void fiftyTimesApartIsAMismatch() {
        assertThat(findings(Firm.firm().balanced().kpi("service_complaints", 50, 1))).containsExactly("kpi-scale-mismatch");
    }

    // ------------------------------------------------------------------ consistency.confidence

    @Test
    void noFindingLeavesHighConfidence() {
        Diagnosis diagnosis = diagnose(Firm.firm().balanced());

        assertThat(diagnosis.consistency()).isEmpty();
        assertThat(diagnosis.confidence().level()).isEqualTo(BindingConfidence.Level.HIGH);
        assertThat(diagnosis.confidence().dimension()).isEqualTo(Dimension.S);
        assertThat(diagnosis.confidence().reason().rule()).isEqualTo("consistency.confidence");
        assertThat(diagnosis.confidence().reason().statement()).startsWith("Confidence in the binding constraint is high");
    }

    @Test
    void findingOnAnotherDimensionsAnswersLeavesHighConfidence() {
        Diagnosis diagnosis = diagnose(Firm.firm().balanced().indicator("R.exception_review_cadence", 0)
                .indicator("R.root_cause_closure_rate", 95));

        assertThat(diagnosis.binding().dimension()).isEqualTo(Dimension.S);
        assertThat(diagnosis.consistency()).extracting(ConsistencyFinding::id).containsExactly("closure-without-reviews");
        assertThat(diagnosis.confidence().level()).isEqualTo(BindingConfidence.Level.HIGH);
        assertThat(diagnosis.confidence().loweredBy()).isEmpty();
    }

    @Test
    void oneFindingOnTheKpisLowersConfidenceToMediumAndTwoOnTheBindingAnswersToLow() {
        Diagnosis medium = diagnose(Firm.firm().balanced().kpi("otif", 0.82, 90));
        Diagnosis low = diagnose(Firm.firm().balanced().indicator("S.sop_cycle", 0).indicator("S.sop_cadence_fit", true)
                .indicator("S.joint_promotion_review", 85));
        Diagnosis lower = diagnose(Firm.firm().balanced().indicator("S.sop_cycle", 0).indicator("S.sop_cadence_fit", true)
                .indicator("S.joint_promotion_review", 85).kpi("otif", 0.82, 90));

        assertThat(medium.confidence().level()).isEqualTo(BindingConfidence.Level.MEDIUM);
        assertThat(medium.confidence().loweredBy()).extracting(ConsistencyFinding::id).containsExactly("kpi-scale-mismatch");
        assertThat(low.binding().dimension()).isEqualTo(Dimension.S);
        assertThat(low.confidence().level()).isEqualTo(BindingConfidence.Level.LOW);
        assertThat(low.confidence().reason().facts()).containsEntry("lowered by",
                "sop-absent-but-cadence-fits, sop-absent-but-promotions-reviewed");
        assertThat(lower.confidence().level()).as("low is the floor").isEqualTo(BindingConfidence.Level.LOW);
        assertThat(lower.confidence().loweredBy()).hasSize(3);
    }

    @Test
    void withoutABindingConstraintEveryFindingLowersConfidence() {
        Diagnosis diagnosis = diagnose(Firm.firm().indicator("R.exception_review_cadence", 0)
                .indicator("R.root_cause_closure_rate", 95));

        assertThat(diagnosis.binding().determined()).isFalse();
        assertThat(diagnosis.confidence().level()).isEqualTo(BindingConfidence.Level.MEDIUM);
        assertThat(diagnosis.confidence().dimension()).isNull();
        assertThat(diagnosis.confidence().reason().facts()).containsEntry("binding", "none");
    }

    // ------------------------------------------------------------------ order

    @Test
    void findingsAreListedByKindThenInKnowledgeBaseOrder() {
        KnowledgeBase kb = KnowledgeBaseFixture.builtIn();
        Diagnosis diagnosis = diagnose(matureTechnology(Firm.firm().balanced()).indicator("R.exception_review_cadence", 0)
                .indicator("R.root_cause_closure_rate", 95).indicator("S.sop_cycle", 0).indicator("S.sop_cadence_fit", true)
                .indicator("S.joint_promotion_review", 0.5).kpi("otif", 70, 90).kpi("forecast_accuracy", 50, 80)
                .kpi("stockout_rate", 300, 3));

        Set<String> ids = new LinkedHashSet<>(diagnosis.consistency().stream().map(ConsistencyFinding::id).toList());
        assertThat(ids).containsExactly("sop-absent-but-cadence-fits", "closure-without-reviews",
                "mature-claims-severe-kpi-gaps", "percent-written-as-fraction", "kpi-scale-mismatch");
        assertThat(kb.consistency()).hasSize(4);
    }
}
