package org.mliadvisor.casebook;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** What an edit of the knowledge base changes in the diagnoses of the same firms. */
class KnowledgeBaseDiffTest {

    private static KnowledgeBase shipped;
    private static Map<String, Assessment> examples;

    @BeforeAll
    static void load() throws Exception {
        shipped = new KnowledgeBaseLoader().load(Path.of("knowledge-base"));
        examples = new LinkedHashMap<>();
        for (String name : List.of("illustrative-firm.yaml", "relational-gap-firm.yaml", "structural-gap-firm.yaml")) {
            examples.put(name, new AssessmentLoader(shipped).load(Path.of("examples", name)));
        }
    }

    /** The shipped knowledge base with one file edited in memory. */
    private static KnowledgeBase edited(String file, UnaryOperator<String> edit) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : KnowledgeBaseLoader.FILES) {
            byte[] content = Files.readAllBytes(Path.of("knowledge-base", name));
            files.put(name, name.equals(file) ? edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                    : content);
        }
        return new KnowledgeBaseLoader().load(files, "edited");
    }

    private static List<String> changesOf(String example, List<KnowledgeBaseDiff.InputDiff> diffs) {
        return diffs.stream().filter(d -> d.name().equals(example)).findFirst().orElseThrow().changes();
    }

    @Test
    void anUnchangedKnowledgeBaseChangesNothing() {
        assertThat(KnowledgeBaseDiff.compare(shipped, shipped, examples)).allSatisfy(d -> assertThat(d.changed()).isFalse());
    }

    @Test
    void aLooserGateFlipsTheBasisOfTheBindingConstraint() throws Exception {
        KnowledgeBase looser = edited("gates.yaml", s -> s.replace("below: 60 }", "below: 80 }"));

        assertThat(changesOf("illustrative-firm.yaml", KnowledgeBaseDiff.compare(shipped, looser, examples)))
                .contains("binding constraint T (shortfall) → T (gate)");
    }

    @Test
    void newWeightsThatFlipTheBindingConstraintAreListed() throws Exception {
        // the relational-gap firm sets no weights of its own, so the defaults decide: R loses almost all of its weight,
        // and S, at 0.8, falls below a target raised to 0.9
        KnowledgeBase reweighted = edited("dimensions.yaml", s -> {
            int r = s.lastIndexOf("default_weight: 0.3333");
            String lastCut = s.substring(0, r) + "default_weight: 0.05" + s.substring(r + "default_weight: 0.3333".length());
            return lastCut.replaceFirst("default_weight: 0\\.3333", "default_weight: 0.6167")
                    .replaceFirst("target_score: 0\\.75", "target_score: 0.9");
        });

        assertThat(changesOf("relational-gap-firm.yaml", KnowledgeBaseDiff.compare(shipped, reweighted, examples)))
                .anySatisfy(c -> assertThat(c).startsWith("binding constraint R (shortfall) → S"))
                .anySatisfy(c -> assertThat(c).startsWith("MLI "));
    }

    @Test
    void aStricterConsistencyCheckListsTheFindingAndTheConfidenceItLowers() throws Exception {
        // the illustrative firm's R scores 0.72 with OTIF and complaints severely off target: a triangulation from 0.7 finds it
        KnowledgeBase stricter = edited("consistency.yaml", s -> s.replace("score_at_least: 0.8", "score_at_least: 0.7"));

        List<String> changes = changesOf("illustrative-firm.yaml", KnowledgeBaseDiff.compare(shipped, stricter, examples));

        assertThat(changes).contains("+ finding mature-claims-severe-kpi-gaps");
        assertThat(changes).anySatisfy(c -> assertThat(c).startsWith("confidence "));
    }

    @Test
    void removedAndAddedRecommendationsAreListed() throws Exception {
        KnowledgeBase stricter = edited("interventions.yaml", s -> s.replace(
                "when: { indicator: T.wms_tms_visibility, below: 70 }", "when: { indicator: T.wms_tms_visibility, below: 10 }"));

        List<KnowledgeBaseDiff.InputDiff> forward = KnowledgeBaseDiff.compare(shipped, stricter, examples);
        List<KnowledgeBaseDiff.InputDiff> backward = KnowledgeBaseDiff.compare(stricter, shipped, examples);

        assertThat(changesOf("illustrative-firm.yaml", forward))
                .anySatisfy(c -> assertThat(c).startsWith("- transport-visibility-dashboard no longer recommended (was rank 1)"))
                .anySatisfy(c -> assertThat(c).matches("~ \\S+ rank \\d+ → \\d+"));
        assertThat(changesOf("illustrative-firm.yaml", backward))
                .contains("+ transport-visibility-dashboard recommended (rank 1)");
    }

    @Test
    void severalEditsAtOnceReadLineByLineAsKbDiffHasAlwaysWrittenThem() throws Exception {
        // a looser gate, a stricter triangulation and a stricter visibility condition; the lines are those kb diff printed
        // for these edits before its comparison became DiagnosisComparison, kept to the letter
        Map<String, UnaryOperator<String>> edits = Map.of(
                "gates.yaml", s -> s.replace("below: 60 }", "below: 80 }"),
                "consistency.yaml", s -> s.replace("score_at_least: 0.8", "score_at_least: 0.7"),
                "interventions.yaml", s -> s.replace("when: { indicator: T.wms_tms_visibility, below: 70 }",
                        "when: { indicator: T.wms_tms_visibility, below: 10 }"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : KnowledgeBaseLoader.FILES) {
            String content = Files.readString(Path.of("knowledge-base", name));
            files.put(name, edits.getOrDefault(name, UnaryOperator.identity()).apply(content).getBytes(StandardCharsets.UTF_8));
        }
        KnowledgeBase edited = new KnowledgeBaseLoader().load(files, "edited");

        assertThat(changesOf("illustrative-firm.yaml", KnowledgeBaseDiff.compare(shipped, edited, examples))).containsExactly(
                "binding constraint T (shortfall) → T (gate)",
                "confidence high → medium",
                "+ finding mature-claims-severe-kpi-gaps",
                "~ crm-erp-data-consistency rank 2 → 1",
                "~ joint-promotion-review rank 3 → 2",
                "~ financial-reconciliation rank 4 → 3",
                "- transport-visibility-dashboard no longer recommended (was rank 1)");
    }

    @Test
    void anInputTheOldVersionCannotReadIsSkippedWithTheReason() throws Exception {
        KnowledgeBase withoutIndicator = edited("gates.yaml", s -> s);
        Assessment usesUnknown = new Assessment("X", java.time.LocalDate.of(2026, 11, 1), Map.of("demand_volatility", "extreme"),
                null, Map.of(), Map.of(), "x.yaml");

        List<KnowledgeBaseDiff.InputDiff> diffs = KnowledgeBaseDiff.compare(withoutIndicator, shipped, Map.of("x", usesUnknown));

        assertThat(diffs).singleElement().satisfies(d -> {
            assertThat(d.skipped()).contains("demand_volatility=extreme");
            assertThat(d.changed()).isFalse();
        });
    }
}
