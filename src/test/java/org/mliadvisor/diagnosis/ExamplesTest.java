package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.source.InputException;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The shipped examples, end to end from their files. */
class ExamplesTest {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KnowledgeBaseFixture.builtIn());

    static Diagnosis diagnose(String example) throws InputException {
        return DIAGNOSTICIAN.diagnose(new AssessmentLoader(KnowledgeBaseFixture.builtIn()).load(Path.of("examples", example)));
    }

    @ParameterizedTest(name = "{0} is bound by {1}")
    @CsvSource({"illustrative-firm.yaml, T", "relational-gap-firm.yaml, R", "structural-gap-firm.yaml, S",
        "volga-cable-works.ru.yaml, R", "chirchiq-packaging.uz.yaml, S"})
    void eachExampleHasItsOwnBindingConstraint(String example, Dimension expected) throws InputException {
        Diagnosis diagnosis = diagnose(example);

        assertThat(diagnosis.binding().dimension()).isEqualTo(expected);
        assertThat(diagnosis.binding().margin()).as("a clear margin, not a near-tie").isGreaterThan(0.03);
        assertThat(diagnosis.recommendations().get(0).dimension()).isEqualTo(expected);
    }

    @Test
    void illustrativeFirmIsTheSeedsFirmWithItsThreeLeversFirst() throws InputException {
        Diagnosis diagnosis = diagnose("illustrative-firm.yaml");

        KpiGap otif = diagnosis.kpiGaps().stream().filter(g -> g.kpiId().equals("otif")).findFirst().orElseThrow();
        assertThat(otif.actual()).isEqualTo(82);
        assertThat(otif.target()).isEqualTo(90);
        assertThat(otif.gap()).as("18 % failing against 10 %").isCloseTo(0.8, within(1e-9));
        assertThat(otif.severity()).isEqualTo(GapSeverity.SEVERE);
        assertThat(diagnosis.recommendations().subList(0, 3)).extracting(Recommendation::id)
                .containsExactlyInAnyOrder("joint-promotion-review", "crm-erp-data-consistency", "transport-visibility-dashboard");
        assertThat(diagnosis.mli().complete()).isTrue();
        assertThat(diagnosis.mli().value()).isBetween(0.0, 1.0);
    }

    @Test
    void illustrativeFirmTwelveWeeksLaterHasItsThreeLeversInPlaceAndIsBoundByRTheOnlyDimensionBelowTarget() throws InputException {
        Diagnosis diagnosis = diagnose("illustrative-firm-week-12.yaml");

        assertThat(diagnosis.binding().dimension()).isEqualTo(Dimension.R);
        assertThat(diagnosis.shortfalls().values()).filteredOn(DimensionShortfall::belowTarget)
                .extracting(DimensionShortfall::dimension).containsExactly(Dimension.R);
        assertThat(diagnosis.recommendations()).extracting(Recommendation::id)
                .as("the levers' conditions no longer hold").containsExactly("financial-reconciliation");
        KpiGap otif = diagnosis.kpiGaps().stream().filter(g -> g.kpiId().equals("otif")).findFirst().orElseThrow();
        assertThat(otif.severity()).isEqualTo(GapSeverity.ON_TARGET);
    }

    @Test
    void theIllustrativeFirmsTwoAssessmentsCompareAsOneFirmTwelveWeeksApart() throws InputException {
        AssessmentLoader loader = new AssessmentLoader(KnowledgeBaseFixture.builtIn());
        Progress progress = Progress.of(List.of(loader.load(Path.of("examples", "illustrative-firm-week-12.yaml")),
                loader.load(Path.of("examples", "illustrative-firm.yaml"))), DIAGNOSTICIAN::diagnose, KnowledgeBaseFixture.builtIn());

        assertThat(progress.points()).extracting(ProgressPoint::date)
                .containsExactly(java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2027, 1, 24));
        assertThat(progress.realizations()).hasSize(3);
    }

    @Test
    void everyConclusionOfTheIllustrativeFirmCitesItsRuleAndItsKnowledgeBaseEntry() throws InputException {
        Diagnosis diagnosis = diagnose("illustrative-firm.yaml");

        assertThat(diagnosis.indicatorScores()).allSatisfy(s -> assertThat(s.reason().kb()).isNotEmpty());
        assertThat(diagnosis.dimensions().values()).allSatisfy(d -> assertThat(d.reason().kb()).isNotEmpty());
        assertThat(diagnosis.kpiGaps()).allSatisfy(g -> assertThat(g.reason().kb()).isNotEmpty());
        assertThat(diagnosis.recommendations()).allSatisfy(r -> {
            assertThat(r.because()).allSatisfy(reason -> assertThat(reason.rule()).matches("[a-z-]+\\.[a-z-]+"));
            assertThat(r.because().get(0).kb()).allSatisfy(at ->
                    assertThat(at.fileAndLine()).matches("knowledge-base/interventions\\.yaml:\\d+"));
            assertThat(r.source().fileAndLine()).matches("knowledge-base/interventions\\.yaml:\\d+");
        });
        assertThat(diagnosis.binding().reasons()).allSatisfy(r -> assertThat(r.statement()).isNotBlank());
        assertThat(diagnosis.binding().reasons().subList(1, diagnosis.binding().reasons().size()))
                .allSatisfy(r -> assertThat(r.kb()).isNotEmpty());
        assertThat(diagnosis.mli().reason().kb()).extracting(at -> at.file()).containsOnly("knowledge-base/dimensions.yaml");
        assertThat(diagnosis.shortfalls().values()).allSatisfy(s -> assertThat(s.reason().kb()).isNotEmpty());
        assertThat(diagnosis.kpiEvidence().values()).allSatisfy(e -> assertThat(e.reason().kb()).hasSize(e.kpis().size()));
        assertThat(diagnosis.weights().reason().kb()).as("the paper gives no weights: the KB's equal defaults")
                .extracting(at -> at.file()).containsOnly("knowledge-base/dimensions.yaml");
    }

    @Test
    void defaultWeightsCiteTheDimensionDefinitions() {
        Diagnosis diagnosis = DIAGNOSTICIAN.diagnose(Firm.firm().indicator("S.sop_cycle", 3).assessment());

        assertThat(diagnosis.weights().reason().kb()).hasSize(3)
                .allSatisfy(at -> assertThat(at.fileAndLine()).matches("knowledge-base/dimensions\\.yaml:\\d+"));
    }
}
