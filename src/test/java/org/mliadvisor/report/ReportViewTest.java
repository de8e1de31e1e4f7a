package org.mliadvisor.report;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the Markdown and HTML documents show, decided once from the diagnosis and the options. */
class ReportViewTest {

    private static Diagnostician diagnostician;
    private static Diagnosis illustrative;
    private static Diagnosis surveyed;

    @BeforeAll
    static void diagnose() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        diagnostician = new Diagnostician(kb);
        AssessmentLoader loader = new AssessmentLoader(kb);
        illustrative = diagnostician.diagnose(loader.load(Path.of("examples/illustrative-firm.yaml")));
        surveyed = diagnostician.diagnose(new AssessmentLoader(kb).load(Path.of("examples/survey-firm.yaml")));
    }

    @AfterAll
    static void close() {
        diagnostician.close();
    }

    @Test
    void clientDocumentHasTheSurveySectionOnlyWhenTheFirmRanASurvey() {
        assertThat(ReportView.of(Analysis.of(illustrative), ReportOptions.client(Language.EN)).sections()).containsExactly(
                ReportView.Section.SUMMARY, ReportView.Section.PROFILE, ReportView.Section.KPIS, ReportView.Section.ACTIONS,
                ReportView.Section.ROADMAP, ReportView.Section.METHOD);
        assertThat(ReportView.of(Analysis.of(surveyed), ReportOptions.full(Language.EN)).sections())
                .containsSubsequence(ReportView.Section.PROFILE, ReportView.Section.SURVEY, ReportView.Section.KPIS)
                .endsWith(ReportView.Section.EVIDENCE);
    }

    @Test
    void appendixAloneHasOnlyTheEvidenceSection() {
        ReportOptions appendix = new ReportOptions(Language.EN, ReportScope.APPENDIX, false, Brand.NONE);

        assertThat(ReportView.of(Analysis.of(illustrative), appendix).sections()).containsExactly(ReportView.Section.EVIDENCE);
    }

    @Test
    void summaryNamesAtMostThreeKpisShortOfTargetWorstFirst() {
        List<KpiGap> furthest = ReportView.of(Analysis.of(illustrative), ReportOptions.client(Language.EN)).furthest();

        assertThat(furthest).hasSize(3).allSatisfy(g -> assertThat(g.gap()).isPositive());
        assertThat(furthest).extracting(KpiGap::kpiId).containsExactly("service_complaints", "otif", "order_cycle_time");
    }

    @Test
    void everyRecommendationIsInExactlyOneWaveInRankOrder() {
        ReportView view = ReportView.of(Analysis.of(illustrative), ReportOptions.client(Language.EN));

        assertThat(view.firstWave()).isNotEmpty().allMatch(Recommendation::firstWave);
        assertThat(view.nextWave()).noneMatch(Recommendation::firstWave);
        assertThat(view.later()).isEqualTo(illustrative.recommendations().size() - view.firstWave().size());
        assertThat(view.firstWave()).extracting(Recommendation::rank).isSorted();
    }

    @Test
    void profileMarksTheBindingDimensionAndCostsOnlyTheComparedOnes() {
        ReportView view = ReportView.of(Analysis.of(illustrative), ReportOptions.client(Language.EN));

        assertThat(view.profile()).extracting(ReportView.DimensionRow::dimension).containsExactly(Dimension.values());
        assertThat(view.profile()).filteredOn(ReportView.DimensionRow::binding).extracting(ReportView.DimensionRow::dimension)
                .containsExactly(Dimension.T);
        assertThat(view.profile().get(1).cost()).isEqualTo(illustrative.shortfalls().get(Dimension.T).shortfall() * 100);
    }

    @Test
    void roadmapRowsNameTheirActionsAndTheWavesByRecommendation() {
        ReportView view = ReportView.of(Analysis.of(illustrative), ReportOptions.client(Language.EN));
        ReportView.RoadmapRow first = view.roadmap().get(0);
        ReportView.RoadmapRow last = view.roadmap().get(view.roadmap().size() - 1);

        assertThat(view.roadmap()).flatExtracting(ReportView.RoadmapRow::actions).containsExactlyInAnyOrderElementsOf(view.firstWave());
        assertThat(first.actions().isEmpty() ? first.prepares() : first.actions()).isNotEmpty();
        assertThat(last.nextWave()).containsExactlyElementsOf(view.nextWave());
        assertThat(ReportView.ranks(view.firstWave())).isEqualTo("1, 2, 3, 4");
    }

    @Test
    void aViewWhoseWavesDoNotHoldEveryRecommendationIsRefused() {
        ReportView view = ReportView.of(Analysis.of(illustrative), ReportOptions.client(Language.EN));

        assertThatThrownBy(() -> new ReportView(view.diagnosis(), view.robustness(), view.options(), view.sections(), view.furthest(),
                view.firstWave().subList(1, view.firstWave().size()), view.nextWave(), view.profile(), view.indicators(),
                view.roadmap(), view.method(), view.unaddressed())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one wave");
    }

    @Test
    void aViewWithoutTheEvidenceTheOptionsAskForIsRefused() {
        ReportView view = ReportView.of(Analysis.of(illustrative), ReportOptions.client(Language.EN));

        assertThatThrownBy(() -> new ReportView(view.diagnosis(), view.robustness(), ReportOptions.full(Language.EN), view.sections(),
                view.furthest(), view.firstWave(), view.nextWave(), view.profile(), view.indicators(), view.roadmap(),
                view.method(), view.unaddressed())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sections");
    }

    @Test
    void aBindingConstraintThatActionsWorkOnIsNotCalledUnaddressed() throws Exception {
        ReportView view = ReportView.of(Analysis.of(illustrative), ReportOptions.client(Language.EN));

        assertThat(illustrative.binding().dimension()).isEqualTo(Dimension.T);
        assertThat(view.unaddressed()).isEmpty();
        assertThat(new MarkdownReportRenderer(ReportOptions.client(Language.EN)).render(illustrative))
                .doesNotContain("No action in this plan works on");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(new JsonReportRenderer(Language.EN).render(illustrative))
                .path("bindingConstraint").path("unaddressed")).isEmpty();
    }

    @Test
    void aBindingConstraintNoActionWorksOnIsSaidSoInTheSummaryWithItsWeakestPractices() throws Exception {
        // twelve weeks on, the paper's three levers are in place: R binds (72.2 against 75) while each of its practices
        // stands at or above the level at which an R action is called for, so no recommended action works on it
        Diagnosis later = diagnostician.diagnose(new AssessmentLoader(diagnostician.knowledgeBase())
                .load(Path.of("examples/illustrative-firm-week-12.yaml")));

        ReportView view = ReportView.of(Analysis.of(later), ReportOptions.client(Language.EN));

        assertThat(later.binding().dimension()).isEqualTo(Dimension.R);
        assertThat(later.recommendations()).noneMatch(r -> r.dimension() == Dimension.R);
        assertThat(view.unaddressed()).singleElement().satisfies(u -> {
            assertThat(u.dimension()).isEqualTo(Dimension.R);
            assertThat(u.weakest()).hasSize(ReportView.WEAKEST).isSortedAccordingTo(
                    java.util.Comparator.comparingDouble(org.mliadvisor.diagnosis.IndicatorScore::score));
            double lowest = later.indicatorScores().stream().filter(s -> s.dimension() == Dimension.R)
                    .mapToDouble(org.mliadvisor.diagnosis.IndicatorScore::score).min().orElseThrow();
            assertThat(u.weakest().get(0).score()).isEqualTo(lowest);
        });
        String weakest = view.unaddressed().get(0).weakest().get(0).definition().name().in(Language.EN).strip();
        assertThat(new MarkdownReportRenderer(ReportOptions.client(Language.EN)).render(later))
                .contains("No action in this plan works on Relational integration, the binding constraint", weakest);
        assertThat(new HtmlReportRenderer(ReportOptions.client(Language.RU)).render(later))
                .contains("<p class=\"unaddressed\">Ни одна мера этого плана не относится к ограничивающему измерению")
                .doesNotContain("interventions.");
        assertThat(new MarkdownReportRenderer(ReportOptions.client(Language.UZ)).render(later))
                .contains("Ushbu rejadagi hech bir chora cheklovchi");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new JsonReportRenderer(Language.EN).render(later)).path("bindingConstraint").path("unaddressed");
        assertThat(json).hasSize(1);
        assertThat(json.get(0).path("dimension").asText()).isEqualTo("R");
        assertThat(json.get(0).path("weakest").get(0).path("indicator").asText())
                .isEqualTo(view.unaddressed().get(0).weakest().get(0).indicatorId());
    }
}
