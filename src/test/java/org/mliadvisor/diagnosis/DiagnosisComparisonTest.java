package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.DiagnosisComparison.RecommendationChange;
import org.mliadvisor.diagnosis.DiagnosisComparison.ScoreChange;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What differs between two diagnoses, in one structure both kb diff and what-if read. */
class DiagnosisComparisonTest {

    private static Diagnostician diagnostician;
    private static Diagnosis illustrative;
    private static Diagnosis relational;

    @BeforeAll
    static void diagnose() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        diagnostician = new Diagnostician(kb);
        AssessmentLoader loader = new AssessmentLoader(kb);
        illustrative = diagnostician.diagnose(loader.load(Path.of("examples", "illustrative-firm.yaml")));
        relational = diagnostician.diagnose(loader.load(Path.of("examples", "relational-gap-firm.yaml")));
    }

    @AfterAll
    static void close() {
        diagnostician.close();
    }

    @Test
    void aDiagnosisComparedWithItselfChangesNothingAndKeepsEveryRecommendation() {
        DiagnosisComparison c = DiagnosisComparison.of(illustrative, illustrative);

        assertThat(c.changed()).isFalse();
        assertThat(c.binding().moved()).isFalse();
        assertThat(c.recommendationChanges()).isEmpty();
        assertThat(c.recommendations()).hasSize(illustrative.recommendations().size())
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo(RecommendationChange.Kind.SAME));
        assertThat(c.kpis()).noneMatch(DiagnosisComparison.KpiChange::changed);
    }

    @Test
    void twoFirmsDifferInBindingScoresKpisAndRecommendations() {
        DiagnosisComparison c = DiagnosisComparison.of(illustrative, relational);

        assertThat(c.changed()).isTrue();
        assertThat(c.binding().moved()).isTrue();
        assertThat(c.binding().after().binding()).containsExactly(Dimension.R);
        assertThat(c.dimensions().get(Dimension.T).changed()).isTrue();
        assertThat(c.recommendations()).filteredOn(r -> r.kind() == RecommendationChange.Kind.REMOVED)
                .extracting(RecommendationChange::id).contains("transport-visibility-dashboard");
        assertThat(c.recommendations()).filteredOn(r -> r.kind() == RecommendationChange.Kind.REMOVED)
                .allSatisfy(r -> assertThat(r.rankAfter()).isNull());
        assertThat(c.recommendations().subList(0, relational.recommendations().size()))
                .extracting(r -> r.after().id()).containsExactlyElementsOf(relational.recommendations().stream().map(Recommendation::id).toList());
    }

    @Test
    void aScoreChangesOnlyAtTheResolutionReportsShow() {
        assertThat(new ScoreChange(0.6351, 0.6354).changed()).isFalse();
        assertThat(new ScoreChange(0.635, 0.636).changed()).isTrue();
        assertThat(new ScoreChange(null, 0.5).changed()).isTrue();
        assertThat(new ScoreChange(null, null).changed()).isFalse();
        assertThat(new ScoreChange(0.5, 0.75).difference()).isEqualTo(0.25);
        assertThat(new ScoreChange(null, 0.75).difference()).isNull();
    }
}
