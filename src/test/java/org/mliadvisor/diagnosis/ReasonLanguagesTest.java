package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.Condition;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.Text;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.SourceLocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every reason reads in English, Russian and Uzbek, with numbers and knowledge-base texts in that language. */
class ReasonLanguagesTest {

    private static final Diagnostician DIAGNOSTICIAN = new Diagnostician(KnowledgeBaseFixture.builtIn());
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final SourceLocation AT = new SourceLocation("test.yaml", 1, 1);

    private static Diagnosis example(String file) throws InputException {
        return DIAGNOSTICIAN.diagnose(new AssessmentLoader(KnowledgeBaseFixture.builtIn()).load(Path.of("examples", file)));
    }

    /** A firm that answers little: insufficient evidence, undecidable gates and conditions, no binding constraint. */
    private static Diagnosis sparseFirm() {
        return DIAGNOSTICIAN.diagnose(Firm.firm().indicator("R.shared_kpi_incentive", 5).indicator("R.plan_discipline", 2)
                .indicator("S.sop_cadence_fit", false).kpi("otif", 80, 95).assessment());
    }

    /** Every reason a diagnosis gives, with what why-not quotes. */
    private static List<Reason> reasonsOf(Diagnosis d) {
        List<Reason> all = new ArrayList<>();
        all.add(d.weights().reason());
        d.indicatorScores().forEach(s -> all.add(s.reason()));
        d.dimensions().values().forEach(s -> all.add(s.reason()));
        d.shortfalls().values().forEach(s -> all.add(s.reason()));
        d.kpiEvidence().values().forEach(e -> all.add(e.reason()));
        all.add(d.mli().reason());
        d.kpiGaps().forEach(g -> all.add(g.reason()));
        all.addAll(d.binding().reasons());
        d.recommendations().forEach(r -> all.addAll(r.because()));
        d.needsData().forEach(n -> all.add(n.reason()));
        d.undecidedGates().forEach(g -> all.add(g.reason()));
        return all;
    }

    private static List<Diagnosis> sampleDiagnoses() throws InputException {
        return List.of(example("illustrative-firm.yaml"), example("relational-gap-firm.yaml"),
                example("structural-gap-firm.yaml"), sparseFirm());
    }

    @Test
    void everyReasonOfRealDiagnosesReadsInRussian() throws InputException {
        for (Diagnosis d : sampleDiagnoses()) {
            assertThat(reasonsOf(d)).allSatisfy(r -> assertThat(r.statement(Language.RU)).as(r.statement())
                    .isNotBlank().isNotEqualTo(r.statement()).containsPattern(CYRILLIC).doesNotContainPattern(PLACEHOLDER));
        }
    }

    @Test
    void everyReasonOfRealDiagnosesReadsInUzbekLatin() throws InputException {
        for (Diagnosis d : sampleDiagnoses()) {
            assertThat(reasonsOf(d)).allSatisfy(r -> assertThat(r.statement(Language.UZ)).as(r.statement())
                    .isNotBlank().isNotEqualTo(r.statement()).doesNotContainPattern(CYRILLIC)
                    .doesNotContainPattern(PLACEHOLDER));
        }
    }

    @Test
    void theEnglishStatementIsTheStatementAskedForWithoutALanguage() throws InputException {
        for (Diagnosis d : sampleDiagnoses()) {
            assertThat(reasonsOf(d)).allSatisfy(r -> assertThat(r.statement(Language.EN)).isEqualTo(r.statement())
                    .doesNotContainPattern(CYRILLIC));
        }
    }

    @Test
    void whatWouldMakeAnInterventionApplyReadsInEachLanguage() throws InputException {
        List<NotRecommended> notRecommended = example("illustrative-firm.yaml").notRecommended();

        assertThat(notRecommended).isNotEmpty().allSatisfy(n -> {
            assertThat(n.wouldHoldIf(Language.EN)).isEqualTo(n.wouldHoldIf(Language.EN));
            assertThat(n.wouldHoldIf(Language.RU)).allSatisfy(s -> assertThat(s).containsPattern(CYRILLIC));
            assertThat(n.wouldHoldIf(Language.UZ)).allSatisfy(s -> assertThat(s).doesNotContainPattern(CYRILLIC)
                    .isNotIn(n.wouldHoldIf(Language.EN)));
        });
    }

    @Test
    void aNumberTakesADecimalCommaInRussianAndUzbekAndAPointInEnglish() throws InputException {
        Reason s = example("illustrative-firm.yaml").dimensions().get(Dimension.S).reason();

        assertThat(s.statement()).contains("0.71").doesNotContain("0,71");
        assertThat(s.statement(Language.RU)).contains("0,71").doesNotContain("0.71");
        assertThat(s.statement(Language.UZ)).contains("0,71").doesNotContain("0.71");
    }

    @Test
    void aPercentageFollowsTheLanguageConvention() throws InputException {
        KpiGap otif = example("illustrative-firm.yaml").kpiGaps().stream().filter(g -> g.kpiId().equals("otif"))
                .findFirst().orElseThrow();

        assertThat(otif.reason().statement()).contains("fails 80% more often than its target allows (severe, from 50%)")
                .doesNotContain("80,0");
        assertThat(otif.reason().statement(Language.RU)).contains("80\u00a0%", "серьёзный").doesNotContain("80%");
        assertThat(otif.reason().statement(Language.UZ)).contains("80\u00a0%", "jiddiy");
    }

    @Test
    void knowledgeBaseTextsAreQuotedInTheLanguageOfTheStatement() throws InputException {
        DimensionScore s = example("illustrative-firm.yaml").dimensions().get(Dimension.S);

        assertThat(s.reason().statement()).contains(s.definition().name().en());
        assertThat(s.reason().statement(Language.RU)).contains(s.definition().name().in(Language.RU))
                .doesNotContain(s.definition().name().en());
        assertThat(s.reason().statement(Language.UZ)).contains(s.definition().name().in(Language.UZ));
    }

    @Test
    void aKnowledgeBaseTextWithoutATranslationIsQuotedInEnglish() {
        Reason reason = Reason.of("test.rule", Message.of("variant.fits", Message.literal("weekly"), Message.literal("sop-cycle"),
                Message.text(Text.of("Weekly S&OP"))), Map.of());

        assertThat(reason.statement(Language.RU)).contains("Weekly S&OP").containsPattern(CYRILLIC);
    }

    @Test
    void yesAndNoAndMissingValuesAreWordedInEachLanguage() {
        Diagnosis d = sparseFirm();
        IndicatorScore cadence = d.indicatorScores().stream().filter(s -> s.indicatorId().equals("S.sop_cadence_fit"))
                .findFirst().orElseThrow();
        UndecidedGate gate = d.undecidedGates().get(0);

        assertThat(cadence.reason().statement()).contains("= no");
        assertThat(cadence.reason().statement(Language.RU)).contains("= нет").doesNotContain("= no");
        assertThat(cadence.reason().statement(Language.UZ)).contains("= yoʻq");
        assertThat(gate.reason().statement()).contains("not answered");
        assertThat(gate.reason().statement(Language.RU)).contains("нет ответа").doesNotContain("not answered");
        assertThat(gate.reason().statement(Language.UZ)).contains("javob berilmagan");
    }

    @Test
    void aNegatedComparisonAndAKpiGapComparisonAreWordedInEachLanguage() {
        ConditionEvidence gap = new ConditionEvidence(new ConditionOutcome(1, 0, Truth.TRUE,
                new Condition.Comparison(Condition.Subject.KPI_GAP, "otif", Condition.Operator.AT_LEAST, 0.1, AT), 0.128, "r"), false);
        ConditionEvidence notBelow = new ConditionEvidence(new ConditionOutcome(2, 0, Truth.TRUE,
                new Condition.Comparison(Condition.Subject.INDICATOR, "S.sop_cycle", Condition.Operator.BELOW, 3.0, AT), 4.0, "r"), true);

        assertThat(gap.describe()).isEqualTo("gap of otif = 12.8% (condition: at least 10%)");
        assertThat(gap.describe(Language.RU)).isEqualTo("разрыв otif = 12,8\u00a0% (условие: не ниже 10\u00a0%)");
        assertThat(notBelow.describe()).isEqualTo("S.sop_cycle = 4 (condition: not below 3)");
        assertThat(notBelow.describe(Language.RU)).isEqualTo("S.sop_cycle = 4 (условие: не ниже 3)");
        assertThat(notBelow.describe(Language.UZ)).isEqualTo("S.sop_cycle = 4 (shart: 3 dan past emas)");
    }

    @Test
    void whatWouldHaveHeldSaysHowFarOffTheValueIsInEachLanguage() {
        ConditionEvidence below = new ConditionEvidence(new ConditionOutcome(1, 0, Truth.FALSE,
                new Condition.Comparison(Condition.Subject.INDICATOR, "S.sop_cycle", Condition.Operator.BELOW, 3.0, AT), 4.5, "r"), false);

        assertThat(below.wouldHoldIf(Language.EN)).isEqualTo("S.sop_cycle were below 3; it is 4.5, 1.5 too high");
        assertThat(below.wouldHoldIf(Language.RU)).isEqualTo("S.sop_cycle: нужно значение ниже 3; сейчас 4,5, на 1,5 выше границы");
        assertThat(below.wouldHoldIf(Language.UZ)).isEqualTo("S.sop_cycle: 3 dan past boʻlishi kerak; hozir 4,5, chegaradan 1,5 yuqori");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aKnowledgeBaseTextWithBracesQuotesAndMarkupComesOutLiterally(Language language) {
        String hostile = "It's {0} and {1}'s '' <script>alert('x')</script> {";
        Text because = new Text(Map.of(Language.EN, hostile, Language.RU, hostile + " ru", Language.UZ, hostile + " uz"), null);
        Reason reason = Reason.of("binding.gate", Message.of("binding.gate", Message.literal("gate-{0}"),
                Message.literal("T"), Message.text(because)), Map.of());

        assertThat(reason.statement(language)).endsWith(because.in(language)).contains("`gate-{0}`");
    }

    @Test
    void aTemplatesOwnApostropheIsWrittenOnce() {
        Reason reason = Reason.of("scoring.default-weights", Message.of("weights.default"), Map.of());

        assertThat(reason.statement()).isEqualTo("The assessment sets no weights, so the knowledge base's defaults are used.");
    }

    @Test
    void aGateReasonFromTheKnowledgeBaseQuotesItsBecauseLiterallyInEachLanguage(@TempDir Path folder) {
        KnowledgeBase kb = KnowledgeBaseFixture.withFile(folder, "gates.yaml", """
                gates:
                  - id: data-before-planning
                    binding: T
                    when: { indicator: T.crm_erp_consistency, below: 60 }
                    because:
                      en: "Data first: it's {0} <b>now</b>."
                      ru: "Сначала данные: '{1}' <b>сейчас</b>."
                      uz: "Avval maʼlumotlar: {0}'' <b>hozir</b>."
                    source: { doc: mli-paper, where: "Results and discussion 2)" }
                """);
        Diagnosis d;
        try (Diagnostician diagnostician = new Diagnostician(kb)) {
            d = diagnostician.diagnose(Firm.firm().balanced().indicator("T.crm_erp_consistency", 50).assessment());
        }
        Reason gate = d.binding().reasons().stream().filter(r -> r.rule().equals("binding.gate")).findFirst().orElseThrow();

        assertThat(gate.statement()).endsWith("binding: Data first: it's {0} <b>now</b>.");
        assertThat(gate.statement(Language.RU)).endsWith(": Сначала данные: '{1}' <b>сейчас</b>.");
        assertThat(gate.statement(Language.UZ)).endsWith(": Avval maʼlumotlar: {0}'' <b>hozir</b>.");
    }

    @Test
    void aReasonIsWordedOnlyWhenItsStatementIsAskedFor() {
        Reason reason = Reason.of("test.rule", Message.of("no.such.template"), Map.of());

        assertThat(reason.rule()).isEqualTo("test.rule");
        assertThatThrownBy(reason::statement).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.template");
    }

    @Test
    void aTemplateGivenTooFewArgumentsIsAnError() {
        Reason reason = Reason.of("test.rule", Message.of("applicable.holds"), Map.of());

        assertThatThrownBy(() -> reason.statement(Language.RU)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("applicable.holds");
    }

    @Test
    void aMessageRejectsABlankKeyAndNumbersItCannotWrite() {
        assertThatThrownBy(() -> Message.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.number(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.number(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.percent(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Message.number(0.625, 2).decimals()).isEqualTo(2);
    }
}
