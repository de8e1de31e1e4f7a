package org.mliadvisor.batch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.survey.CompleteCases;
import org.mliadvisor.assessment.survey.ItemSums;
import org.mliadvisor.assessment.survey.LikertScale;
import org.mliadvisor.assessment.survey.Reliability;
import org.mliadvisor.assessment.survey.Respondent;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.diagnosis.SurveyEvidence;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The sample's picture from firms counted one by one. */
class SampleStatisticsTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws InputException {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
    }

    private static FirmResult firm(int row, Double mli, String binding, double s, Map<Dimension, Double> alpha,
                                   Map<String, Double> attainment) {
        return new FirmResult(row, "Firm " + row, mli, null, Map.of(Dimension.S, s, Dimension.T, 0.5, Dimension.R, 0.5),
                binding, binding.isEmpty() ? "at_target" : "shortfall", null, false, List.of(), List.of(), alpha, attainment, Map.of());
    }

    @SuppressWarnings("unchecked")
    @Test
    void bindingCountsHistogramAlphaAndRhoAreThoseOfTheFirmsCounted() {
        SampleStatistics statistics = new SampleStatistics(kb);
        // MLI 0.1..0.5 against OTIF attainment (0.2, 0.1, 0.4, 0.3, 0.5): SpearmanTest's first hand computation,
        // ρ = 0.8 and p = 0.104088
        double[] otif = {0.2, 0.1, 0.4, 0.3, 0.5};
        for (int i = 0; i < 5; i++) {
            statistics.add(firm(i + 2, (i + 1) / 10.0, i < 3 ? "S" : "", i, i < 2 ? Map.of(Dimension.S, 0.6 + i / 10.0) : Map.of(),
                    Map.of("otif", otif[i])));
        }
        statistics.add(firm(7, null, "T", 9, Map.of(), Map.of("otif", 0.9)));

        Map<String, Object> summary = statistics.summary();

        assertThat(summary.get("firms")).isEqualTo(6L);
        assertThat((Map<String, Long>) summary.get("binding")).containsExactly(Map.entry("S", 3L), Map.entry("T", 1L),
                Map.entry("at_target", 2L));
        Map<String, Object> histogram = (Map<String, Object>) summary.get("mli_histogram");
        assertThat((List<Map<String, Object>>) histogram.get("bins")).extracting(b -> b.get("firms"))
                .containsExactly(0L, 1L, 1L, 1L, 1L, 1L, 0L, 0L, 0L, 0L);
        assertThat(histogram.get("incomplete")).isEqualTo(1L);
        Map<String, Map<String, Object>> alpha = (Map<String, Map<String, Object>>) summary.get("alpha");
        assertThat(alpha).containsOnlyKeys("S");
        assertThat((double) alpha.get("S").get("median")).isCloseTo(0.65, within(1e-12));
        List<Map<String, Object>> correlations = (List<Map<String, Object>>) summary.get("correlations");
        Map<String, Object> mliOtif = correlations.stream()
                .filter(c -> c.get("variable").equals("MLI") && c.get("kpi").equals("otif")).findFirst().orElseThrow();
        assertThat(mliOtif.get("n")).isEqualTo(5);
        assertThat((double) mliOtif.get("rho")).isCloseTo(0.8, within(1e-12));
        assertThat((double) mliOtif.get("p")).isCloseTo(0.104088, within(1e-6));
        Map<String, Object> sOtif = correlations.stream()
                .filter(c -> c.get("variable").equals("S") && c.get("kpi").equals("otif")).findFirst().orElseThrow();
        assertThat(sOtif.get("n")).as("the firm without a headline MLI still has S").isEqualTo(6);
        assertThat(correlations).noneMatch(c -> c.get("kpi").equals("inventory_days"));
        assertThat(SampleStatistics.markdown(summary)).contains("| otif | MLI | 5 | 0.8 | 0.1041 |", "| S | 3 |");
    }

    @Test
    void aMliOfExactlyOneFallsInTheLastBin() {
        SampleStatistics statistics = new SampleStatistics(kb);
        statistics.add(firm(2, 1.0, "", 1, Map.of(), Map.of()));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bins = (List<Map<String, Object>>) ((Map<String, Object>) statistics.summary()
                .get("mli_histogram")).get("bins");

        assertThat(bins.get(9).get("firms")).isEqualTo(1L);
        assertThat(SampleStatistics.markdown(statistics.summary())).contains("No firm was surveyed.", "No firm reported a KPI.");
    }

    @SuppressWarnings("unchecked")
    @Test
    void thePooledAlphaOfTheFirmsSumsIsTheAlphaOfAllTheirRespondentsTogether() {
        LikertScale scale = SurveyEvidence.scale(Dimension.S, kb.items(), kb.survey());
        int[][] answers = {{5, 4, 4, 4, 2}, {4, 5, 4, 4, 1}, {4, 4, 5, 3, 2}, {2, 2, 3, 2, 4}, {3, 3, 3, 3, 3},
            {1, 2, 1, 2, 5}, {5, 5, 4, 5, 1}};
        List<Respondent> everyone = new ArrayList<>();
        for (int r = 0; r < answers.length; r++) {
            Map<String, Integer> given = new LinkedHashMap<>();
            for (int i = 0; i < scale.size(); i++) {
                given.put(scale.items().get(i), answers[r][i]);
            }
            everyone.add(new Respondent("r" + r, RespondentFunction.OTHER, given, SourceLocation.ofFile("s.csv")));
        }
        SampleStatistics statistics = new SampleStatistics(kb);
        for (List<Respondent> firm : List.of(everyone.subList(0, 3), everyone.subList(3, 7))) {
            statistics.add(new FirmResult(2, "Firm", 0.5, null, Map.of(), "S", "shortfall", null, false, List.of(), List.of(),
                    Map.of(), Map.of(), Map.of(Dimension.S, ItemSums.of(CompleteCases.of(firm, scale)))));
        }

        Map<String, Object> s = ((Map<String, Map<String, Object>>) statistics.summary().get("alpha")).get("S");

        assertThat(s.get("respondents")).isEqualTo(7L);
        assertThat((double) s.get("pooled"))
                .isCloseTo(Reliability.of(everyone, scale).rawAlpha().value(), within(1e-12));
        assertThat(s.get("firms")).as("no firm had its own α here").isEqualTo(0);
    }
}
