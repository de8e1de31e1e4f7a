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
                view.roadmap(), view.method())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one wave");
    }

    @Test
    void aViewWithoutTheEvidenceTheOptionsAskForIsRefused() {
        ReportView view = ReportView.of(Analysis.of(illustrative), ReportOptions.client(Language.EN));

        assertThatThrownBy(() -> new ReportView(view.diagnosis(), view.robustness(), ReportOptions.full(Language.EN), view.sections(),
                view.furthest(), view.firstWave(), view.nextWave(), view.profile(), view.indicators(), view.roadmap(),
                view.method())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sections");
    }
}
