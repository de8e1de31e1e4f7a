package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Progress over time on the illustrative firm and variants of its twelve-week re-assessment: each verdict of benefit
 * realization with a case that reaches it and one that just misses it, the refusals, and what the assessments record
 * differently.
 */
class ProgressTest {

    private static final KnowledgeBase KB = KnowledgeBaseFixture.builtIn();
    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KB);
    private static final String NOVEMBER = example("illustrative-firm.yaml");
    private static final String WEEK_12 = example("illustrative-firm-week-12.yaml");
    private static final String OTIF_90 = "otif: { actual: 90, target: 90 }";
    private static final String LEVERS = """
              - { id: transport-visibility-dashboard, since: 2026-11-02 }   # rank 1: starts in week 1 (Monday 2 November)
              - { id: crm-erp-data-consistency, since: 2026-11-09 }         # rank 2: week 2, the clean-up sprint, then daily checks
              - { id: joint-promotion-review, since: 2026-11-09 }           # rank 3: week 2, in the monthly S&OP cycle already running
            """;

    private static String example(String file) {
        try {
            return Files.readString(Path.of("examples", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Assessment load(String yaml, String name) {
        try {
            return new AssessmentLoader(KB).load(yaml.getBytes(StandardCharsets.UTF_8), name);
        } catch (InputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    private static Progress compare(Assessment... assessments) throws InputException {
        return Progress.of(List.of(assessments), DIAGNOSTICIAN::diagnose, KB);
    }

    /** The illustrative firm in November against its re-assessment with {@code from} replaced by {@code to}. */
    private static Progress laterWith(String from, String to) throws InputException {
        assertThat(WEEK_12).contains(from);
        return compare(load(NOVEMBER, "november.yaml"), load(WEEK_12.replace(from, to), "later.yaml"));
    }

    private static BenefitRealization realization(Progress p, String id) {
        return p.realizations().stream().filter(r -> r.interventionId().equals(id)).findFirst().orElseThrow();
    }

    private static KpiRealization kpi(Progress p, String intervention, String kpiId) {
        return realization(p, intervention).kpis().stream().filter(k -> k.kpiId().equals(kpiId)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ delivered, partly, not yet

    @ParameterizedTest(name = "OTIF {0} against 82 → {1}")
    @CsvSource({"90, DELIVERED", "88, DELIVERED", "87.9, PARTLY", "83, PARTLY", "82, NOT_YET", "79, NOT_YET"})
    void anOtifGainIsDeliveredFromTheLowEndOfTheSummedRangePartlyBelowItAndNotYetWithoutAGain(String otif,
                                                                                               KpiRealization.Verdict verdict)
            throws InputException {
        Progress p = laterWith(OTIF_90, "otif: { actual: " + otif + ", target: 90 }");

        KpiRealization k = kpi(p, "joint-promotion-review", "otif");
        assertThat(k.expected().low()).isEqualTo(6.0);
        assertThat(k.verdict()).isEqualTo(verdict);
    }

    @Test
    void aKpiWhoseLowerValueIsBetterImprovesWhenItFalls() throws InputException {
        Progress fell = compare(load(NOVEMBER, "november.yaml"), load(WEEK_12, "later.yaml"));
        Progress rose = laterWith("service_complaints: { actual: 15, target: 12 }", "service_complaints: { actual: 25, target: 12 }");

        assertThat(kpi(fell, "crm-erp-data-consistency", "service_complaints").change()).isEqualTo(7.0);
        assertThat(kpi(fell, "crm-erp-data-consistency", "service_complaints").verdict()).isEqualTo(KpiRealization.Verdict.IMPROVED);
        assertThat(kpi(rose, "crm-erp-data-consistency", "service_complaints").change()).isEqualTo(-3.0);
        assertThat(kpi(rose, "crm-erp-data-consistency", "service_complaints").verdict()).isEqualTo(KpiRealization.Verdict.NOT_YET);
    }

    @Test
    void aKpiNamedWithoutAFigureIsJudgedByItsDirectionAndNeverAgainstARange() throws InputException {
        Progress same = laterWith("expedite_share: { actual: 6.2, target: 6 }", "expedite_share: { actual: 7.4, target: 6 }");

        KpiRealization k = kpi(same, "transport-visibility-dashboard", "expedite_share");
        assertThat(k.expected()).isNull();
        assertThat(k.contributors()).isEmpty();
        assertThat(k.verdict()).isEqualTo(KpiRealization.Verdict.NOT_YET);
    }

    @Test
    void aKpiNotReportedOnTheLaterDateIsNotMeasuredRatherThanJudged() throws InputException {
        Progress p = compare(load(NOVEMBER, "november.yaml"), load(WEEK_12.replaceAll("(?m)^  otif:.*\n", ""), "later.yaml"));

        KpiRealization k = kpi(p, "crm-erp-data-consistency", "otif");
        assertThat(k.verdict()).isEqualTo(KpiRealization.Verdict.NOT_MEASURED);
        assertThat(k.now()).isNull();
        assertThat(k.change()).isNull();
        assertThat(kpi(p, "crm-erp-data-consistency", "service_complaints").verdict())
                .isEqualTo(KpiRealization.Verdict.IMPROVED);
    }

    // ------------------------------------------------------------------ too early

    @Test
    void fiveWeeksAfterTheLeversStartedItIsTooEarlyToJudgeAnyOfThem() throws InputException {
        Progress p = laterWith("assessed_on: 2027-01-24", "assessed_on: 2026-12-07");

        assertThat(p.realizations()).allSatisfy(r -> {
            assertThat(r.standing()).isEqualTo(BenefitRealization.Standing.TOO_EARLY);
            assertThat(r.kpis()).allSatisfy(k -> assertThat(k.verdict()).isEqualTo(KpiRealization.Verdict.TOO_EARLY));
        });
        KpiRealization otif = kpi(p, "transport-visibility-dashboard", "otif");
        assertThat(otif.change()).as("the change so far is still shown").isEqualTo(8.0);
        assertThat(otif.expected().low()).as("its own range is what it awaits").isEqualTo(2.0);
    }

    @Test
    void onTheDayItsWeeksToImpactHavePassedAnInterventionIsJudgedAndOnlyThoseWhoseWeeksHavePassedAddToTheRange()
            throws InputException {
        // 28 December: the dashboard (since 2 Nov, 8 weeks) and the promotion review (since 9 Nov, 6 weeks) are due,
        // the CRM-ERP checks (since 9 Nov, 8 weeks) are a week short
        Progress p = laterWith("assessed_on: 2027-01-24", "assessed_on: 2026-12-28");

        assertThat(realization(p, "transport-visibility-dashboard").standing()).isEqualTo(BenefitRealization.Standing.JUDGED);
        assertThat(realization(p, "joint-promotion-review").standing()).isEqualTo(BenefitRealization.Standing.JUDGED);
        assertThat(realization(p, "crm-erp-data-consistency").standing()).isEqualTo(BenefitRealization.Standing.TOO_EARLY);
        KpiRealization otif = kpi(p, "transport-visibility-dashboard", "otif");
        assertThat(otif.contributors()).containsExactlyInAnyOrder("transport-visibility-dashboard", "joint-promotion-review");
        assertThat(otif.expected().low()).isEqualTo(4.0);
        assertThat(otif.expected().high()).isEqualTo(7.0);
        assertThat(otif.verdict()).as("8 points against 4-7").isEqualTo(KpiRealization.Verdict.DELIVERED);
    }

    // ------------------------------------------------------------------ no baseline, no stated effect

    @ParameterizedTest(name = "since {0}: {1}")
    @CsvSource({"2026-10-01, NO_BASELINE", "2026-11-01, NO_BASELINE", "2026-11-02, JUDGED"})
    void anInterventionPutInPlaceOnOrBeforeTheFirstAssessmentHasNoBaseline(String since,
                                                                            BenefitRealization.Standing standing)
            throws InputException {
        Progress p = laterWith("transport-visibility-dashboard, since: 2026-11-02", "transport-visibility-dashboard, since: " + since);

        BenefitRealization r = realization(p, "transport-visibility-dashboard");
        assertThat(r.standing()).isEqualTo(standing);
        assertThat(r.kpis().isEmpty()).isEqualTo(standing == BenefitRealization.Standing.NO_BASELINE);
        assertThat(r.indicators()).as("its practice is still read against the level it should reach").hasSize(1)
                .allSatisfy(reach -> assertThat(reach.reached()).isTrue());
        if (standing == BenefitRealization.Standing.NO_BASELINE) {
            assertThat(kpi(p, "crm-erp-data-consistency", "otif").contributors())
                    .as("an intervention in place before the baseline adds nothing to the range")
                    .doesNotContain("transport-visibility-dashboard");
        }
    }

    @Test
    void anInterventionTheKnowledgeBaseStatesNoEffectForIsNotJudgedAndNothingIsGuessed() throws InputException {
        assertThat(KB.interventions().get("financial-reconciliation").expectedEffect()).isNull();
        Progress p = laterWith(LEVERS, LEVERS + "  - { id: financial-reconciliation, since: 2026-11-16 }\n");

        BenefitRealization r = realization(p, "financial-reconciliation");
        assertThat(r.standing()).isEqualTo(BenefitRealization.Standing.NO_STATED_EFFECT);
        assertThat(r.kpis()).isEmpty();
        assertThat(r.indicators()).isEmpty();
        assertThat(realization(p, "joint-promotion-review").standing()).isEqualTo(BenefitRealization.Standing.JUDGED);
    }

    // ------------------------------------------------------------------ practices reached

    @Test
    void aPracticeBelowTheLevelItsInterventionShouldReachIsNotReached() throws InputException {
        Progress p = laterWith("T.crm_erp_consistency: 97", "T.crm_erp_consistency: 93");

        assertThat(realization(p, "crm-erp-data-consistency").indicators()).singleElement()
                .satisfies(reach -> assertThat(reach.reached()).isFalse());
        assertThat(p.stillRecommended()).extracting(Recommendation::id).as("its condition (below 95) still holds")
                .containsExactly("crm-erp-data-consistency");
        assertThat(p.nextWave()).extracting(Recommendation::id).doesNotContain("crm-erp-data-consistency");
    }

    // ------------------------------------------------------------------ no change, order

    @Test
    void twoIdenticalAssessmentsOnDifferentDatesShowNoChange() throws InputException {
        Progress p = compare(load(NOVEMBER, "november.yaml"), load(NOVEMBER.replace("assessed_on: 2026-11-01",
                "assessed_on: 2027-01-24"), "january.yaml"));

        assertThat(p.mliChange()).isZero();
        for (Dimension d : Dimension.values()) {
            assertThat(p.dimensionChange(d)).as(d.name()).isZero();
        }
        assertThat(p.first().diagnosis().binding().dimension()).isEqualTo(p.latest().diagnosis().binding().dimension());
        assertThat(p.kpiPaths()).allSatisfy(path -> assertThat(path.readings()).extracting(r -> r.gap().actual())
                .containsOnly(path.readings().get(0).gap().actual()));
        assertThat(p.realizations()).isEmpty();
        assertThat(p.notes()).isEmpty();
        assertThat(p.nextWave()).extracting(Recommendation::id)
                .isEqualTo(p.first().diagnosis().recommendations().stream().map(Recommendation::id).toList());
        assertThat(p.nextWaveActsOnBinding()).isTrue();
        assertThat(p.followThrough()).noneMatch(FollowThrough::implemented);
    }

    @Test
    void theOrderTheAssessmentsAreGivenInDoesNotMatter() throws InputException {
        Assessment november = load(NOVEMBER, "november.yaml");
        Assessment december = load(WEEK_12.replace("assessed_on: 2027-01-24", "assessed_on: 2026-12-28"), "december.yaml");
        Assessment january = load(WEEK_12, "january.yaml");

        Progress given = compare(january, november, december);
        Progress sorted = compare(november, december, january);

        assertThat(given.points()).extracting(ProgressPoint::source).containsExactly("november.yaml", "december.yaml", "january.yaml");
        assertThat(given.points()).extracting(ProgressPoint::source)
                .isEqualTo(sorted.points().stream().map(ProgressPoint::source).toList());
        assertThat(given.realizations()).extracting(r -> r.baseline().source()).containsOnly("november.yaml");
        assertThat(given.mliChange()).isEqualTo(sorted.mliChange());
    }

    @Test
    void theBaselineIsTheLatestAssessmentBeforeTheInterventionStarted() throws InputException {
        Assessment november = load(NOVEMBER, "november.yaml");
        Assessment december = load(NOVEMBER.replace("assessed_on: 2026-11-01", "assessed_on: 2026-12-01")
                .replace("otif: { actual: 82, target: 90 }", "otif: { actual: 84, target: 90 }"), "december.yaml");
        Assessment later = load(WEEK_12.replace("crm-erp-data-consistency, since: 2026-11-09",
                "crm-erp-data-consistency, since: 2026-12-02").replace("assessed_on: 2027-01-24", "assessed_on: 2027-02-28"),
                "february.yaml");

        Progress p = compare(november, december, later);

        assertThat(realization(p, "crm-erp-data-consistency").baseline().source()).isEqualTo("december.yaml");
        assertThat(kpi(p, "crm-erp-data-consistency", "otif").change()).isEqualTo(6.0);
        assertThat(kpi(p, "crm-erp-data-consistency", "otif").contributors())
                .as("only what was put in place after December adds to December's range")
                .containsExactly("crm-erp-data-consistency");
        assertThat(realization(p, "transport-visibility-dashboard").baseline().source()).isEqualTo("november.yaml");
        assertThat(kpi(p, "transport-visibility-dashboard", "otif").contributors()).hasSize(3);
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void assessmentsOfTwoOrganizationsAreRefusedNamingBothAndTheirFiles() {
        InputException e = catchThrowableOfType(InputException.class, () -> compare(load(NOVEMBER, "a.yaml"),
                load(WEEK_12.replace("organization: Illustrative Industrial Firm", "organization: Other Firm"), "b.yaml")));

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("b.yaml: organization: `Other Firm` is not"
                + " `Illustrative Industrial Firm`, the organization of a.yaml; progress compares assessments of one organization");
    }

    @Test
    void oneOrganizationWrittenWithOtherSpacingOrCaseIsTheSameOrganization() throws InputException {
        Progress p = compare(load(NOVEMBER, "a.yaml"), load(WEEK_12.replace("organization: Illustrative Industrial Firm",
                "organization: illustrative  industrial FIRM"), "b.yaml"));

        assertThat(p.points()).hasSize(2);
    }

    @Test
    void twoAssessmentsOfOneDateAreRefusedNamingBothFiles() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> compare(load(NOVEMBER, "a.yaml"), load(NOVEMBER, "b.yaml")));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly("b.yaml: assessed_on: 2026-11-01 is also the"
                + " date of a.yaml; progress compares assessments of different dates, which give their order");
    }

    @Test
    void everyReasonTheAssessmentsDoNotCompareIsSaidAtOnce() {
        InputException e = catchThrowableOfType(InputException.class, () -> compare(load(NOVEMBER, "a.yaml"),
                load(NOVEMBER.replace("organization: Illustrative Industrial Firm", "organization: Other Firm"), "b.yaml")));

        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void oneAssessmentIsNotAComparison() {
        assertThatThrownBy(() -> compare(load(NOVEMBER, "a.yaml"))).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ what the assessments record differently

    @Test
    void weightsSetOnOneDateOnlyAreSaid() throws InputException {
        Progress p = laterWith("context: { demand_volatility: medium, product_variety: medium }",
                "context: { demand_volatility: medium, product_variety: medium }\nweights: { S: 0.4, T: 0.3, R: 0.3 }");

        assertThat(p.notes()).extracting(ComparabilityNote::kind).containsExactly(ComparabilityNote.Kind.WEIGHTS);
    }

    @Test
    void aChangedTargetAChangedContextAndAKpiOrPracticeLeftOutAreEachSaid() throws InputException {
        Progress p = compare(load(NOVEMBER, "november.yaml"), load(WEEK_12
                .replace(OTIF_90, "otif: { actual: 90, target: 92 }")
                .replace("demand_volatility: medium", "demand_volatility: high")
                .replace("  stockout_rate: { actual: 3.2, target: 3 }\n", "")
                .replace("  S.npd_joint_process: 3\n", ""), "later.yaml"));

        assertThat(p.notes()).extracting(ComparabilityNote::kind, ComparabilityNote::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ComparabilityNote.Kind.CONTEXT, "demand_volatility"),
                org.assertj.core.groups.Tuple.tuple(ComparabilityNote.Kind.TARGET, "otif"),
                org.assertj.core.groups.Tuple.tuple(ComparabilityNote.Kind.KPI_REPORTED, "stockout_rate"),
                org.assertj.core.groups.Tuple.tuple(ComparabilityNote.Kind.INDICATOR_ANSWERED, "S.npd_joint_process"));
        ComparabilityNote target = p.notes().stream().filter(n -> n.kind() == ComparabilityNote.Kind.TARGET).findFirst().orElseThrow();
        assertThat(target.entries()).extracting(ComparabilityNote.Entry::value).containsExactly(90.0, 92.0);
    }

    @Test
    void anImplementationDroppedOrRedatedBetweenReassessmentsIsSaid() throws InputException {
        Assessment november = load(NOVEMBER, "november.yaml");
        Assessment december = load(WEEK_12.replace("assessed_on: 2027-01-24", "assessed_on: 2026-12-28"), "december.yaml");
        Assessment january = load(WEEK_12.replace("  - { id: joint-promotion-review, since: 2026-11-09 }", "")
                .replace("crm-erp-data-consistency, since: 2026-11-09", "crm-erp-data-consistency, since: 2026-11-16"),
                "january.yaml");

        Progress p = compare(november, december, january);

        assertThat(p.notes()).extracting(ComparabilityNote::kind, ComparabilityNote::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ComparabilityNote.Kind.IMPLEMENTATION_DROPPED, "joint-promotion-review"),
                org.assertj.core.groups.Tuple.tuple(ComparabilityNote.Kind.SINCE_CHANGED, "crm-erp-data-consistency"));
        assertThat(p.realizations()).extracting(BenefitRealization::interventionId).doesNotContain("joint-promotion-review");
    }

    // ------------------------------------------------------------------ follow-through

    @Test
    void anInterventionImplementedThatNoEarlierDiagnosisRecommendedIsListedAsSuch() throws InputException {
        Progress p = laterWith(LEVERS, LEVERS + "  - { id: shared-kpi-incentives, since: 2026-11-16 }\n");

        FollowThrough unrecommended = p.followThrough().stream().filter(f -> !f.recommended()).findFirst().orElseThrow();
        assertThat(unrecommended.interventionId()).isEqualTo("shared-kpi-incentives");
        assertThat(unrecommended.implementation().since()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(p.followThrough()).filteredOn(FollowThrough::recommended).hasSize(4);
    }
}
