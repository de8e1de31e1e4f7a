package org.mliadvisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An intervention's expected effect: read typed and checked from interventions.yaml, and refused when it is not sound. */
class ExpectedEffectTest {

    @TempDir
    Path folder;

    @Test
    void thePapersThreeLeversCarryTheirSharedOtifGainAndTheValuesTheyReach() throws InputException {
        KnowledgeBase kb = new KnowledgeBaseLoader().load(KbFixture.BUILT_IN);

        ExpectedEffect promotions = kb.interventions().get("joint-promotion-review").expectedEffect();

        assertThat(promotions.reaches()).containsEntry("S.joint_promotion_review", new Answer.Value(90));
        assertThat(promotions.kpis()).containsExactly(java.util.Map.entry("otif", new ExpectedEffect.Improvement(2, 3.5)));
        assertThat(promotions.alsoImproves()).containsExactly("expedite_share");
        assertThat(promotions.source().where()).contains("Illustrative scenario (a)");
        assertThat(promotions.basis().in(Language.RU)).contains("82 %", "90 %");
        double low = 0;
        double high = 0;
        for (String lever : new String[] {"joint-promotion-review", "crm-erp-data-consistency", "transport-visibility-dashboard"}) {
            ExpectedEffect.Improvement otif = kb.interventions().get(lever).expectedEffect().kpis().get("otif");
            low += otif.low();
            high += otif.high();
        }
        assertThat(8.0).as("the paper's 82 %% → 90 %% lies within the three levers' summed range [%s, %s]", low, high)
                .isBetween(low, high);
    }

    @Test
    void anInterventionTheSourceGivesNoFigureForHasNoExpectedEffect() throws InputException {
        KnowledgeBase kb = new KnowledgeBaseLoader().load(KbFixture.BUILT_IN);

        assertThat(kb.interventions().get("relationship-building").expectedEffect()).isNull();
        assertThat(kb.interventions().get("sop-cycle").expectedEffect().reaches())
                .containsEntry("S.sop_cycle", new Answer.Value(3)).containsEntry("S.sop_cadence_fit", new Answer.YesNo(true));
        assertThat(kb.interventions().get("sop-cycle").expectedEffect().kpis()).isEmpty();
    }

    @Test
    void everyProblemOfAnExpectedEffectIsReportedAtOnceWithItsField() throws IOException {
        Path file = withEffect("""
                      reaches: { S.joint_promotion_review: 150, S.sop_cadence_fit: 3, S.joint_promotion_reviw: 90 }
                      kpis: { otif: [3.5, 2], forecast_accuracy: [1, 2], otiff: [1, 2], stockout_rate: 4 }
                      also_improves: [stockout_rate]
                      basis: Because the paper says so.
                      source: { doc: mli-paper, where: "Illustrative scenario" }
                """);

        InputException e = catchThrowableOfType(() -> new KnowledgeBaseLoader().load(folder), InputException.class);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).allSatisfy(p -> assertThat(p).startsWith(file + ":"))
                .anySatisfy(p -> assertThat(p).contains("expected_effect.reaches.S.joint_promotion_review", "150"))
                .anySatisfy(p -> assertThat(p).contains("S.sop_cadence_fit", "expected true or false"))
                .anySatisfy(p -> assertThat(p).contains("unknown indicator", "did you mean `S.joint_promotion_review`"))
                .anySatisfy(p -> assertThat(p).contains("expected_effect.kpis.otif", "expected low ≤ high"))
                .anySatisfy(p -> assertThat(p).contains("unknown KPI `otiff`"))
                .anySatisfy(p -> assertThat(p).contains("expected_effect.kpis.stockout_rate"))
                .anySatisfy(p -> assertThat(p).contains("KPI `forecast_accuracy` is not among the KPIs the intervention `moves`"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no source|      reaches: { S.joint_promotion_review: 90 }\\n      basis: Reviewed.\\n|expected_effect.source",
            "no basis|      reaches: { S.joint_promotion_review: 90 }\\n      source: { doc: mli-paper, where: x }\\n|expected_effect.basis",
            "nothing stated|      basis: Reviewed.\\n      source: { doc: mli-paper, where: x }\\n|states nothing",
            "a KPI named twice|      kpis: { otif: [2, 3] }\\n      also_improves: [otif]\\n      basis: B.\\n      source: { doc: mli-paper, where: x }\\n|name it in one place",
            "a range that never improves|      kpis: { otif: [-2, 0] }\\n      basis: B.\\n      source: { doc: mli-paper, where: x }\\n|high above 0",
            "a blank value|      reaches: { S.joint_promotion_review: }\\n      basis: B.\\n      source: { doc: mli-paper, where: x }\\n|is blank",
            "an unknown field|      reaches: { S.joint_promotion_review: 90 }\\n      weeks: 4\\n      basis: B.\\n      source: { doc: mli-paper, where: x }\\n|unknown field",
    })
    void anUnsoundExpectedEffectIsRefusedSayingWhy(String name, String effect, String expected) throws IOException {
        withEffect(effect.replace("\\n", "\n"));

        InputException e = catchThrowableOfType(() -> new KnowledgeBaseLoader().load(folder), InputException.class);

        assertThat(e).as(name).isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void aSoundExpectedEffectWrittenByAnAuthorLoads() throws IOException, InputException {
        withEffect("""
                      reaches: { S.joint_promotion_review: 85 }
                      kpis: { otif: [1, 2] }
                      basis: { en: An author's estimate., ru: Оценка автора., uz: Muallif bahosi. }
                      source: { doc: mli-paper, where: "Illustrative scenario" }
                """);

        ExpectedEffect effect = new KnowledgeBaseLoader().load(folder).interventions().get("joint-promotion-review")
                .expectedEffect();

        assertThat(effect.reaches()).containsExactly(java.util.Map.entry("S.joint_promotion_review", new Answer.Value(85)));
        assertThat(effect.kpis().get("otif")).isEqualTo(new ExpectedEffect.Improvement(1, 2));
        assertThat(effect.alsoImproves()).isEmpty();
        assertThat(effect.origin().line()).isPositive();
    }

    @Test
    void aRangeAddsToAnotherAndRefusesToRunBackwards() {
        assertThat(new ExpectedEffect.Improvement(2, 3.5).plus(new ExpectedEffect.Improvement(1, 2)))
                .isEqualTo(new ExpectedEffect.Improvement(3, 5.5));
        assertThatThrownBy(() -> new ExpectedEffect.Improvement(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpectedEffect.Improvement(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A copy of the built-in KB whose joint promotion review has {@code effect} as its effect: the effect's fields, one
     * per line, each indented under the key here.
     */
    private Path withEffect(String fields) throws IOException {
        String effect = fields.lines().map(line -> "      " + line.strip() + "\n").collect(java.util.stream.Collectors.joining());
        KbFixture.copyBuiltIn(folder);
        Path file = folder.resolve("interventions.yaml");
        String text = Files.readString(file);
        int start = text.indexOf("  - id: joint-promotion-review");
        int from = text.indexOf("    expected_effect:\n", start) + "    expected_effect:\n".length();
        int to = text.indexOf("\n  - id:", from);
        Files.writeString(file, text.substring(0, from) + effect + text.substring(to + 1));
        return file;
    }
}
