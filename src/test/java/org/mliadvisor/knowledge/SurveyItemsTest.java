package org.mliadvisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The survey's items (items.yaml) and settings (method.yaml `survey`), read and checked with the knowledge base. */
class SurveyItemsTest {

    @TempDir
    Path folder;

    @Test
    void builtInKnowledgeBaseHasFiveItemsPerDimensionInThreeLanguagesOneReverseKeyedEach() throws InputException {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();

        Map<Dimension, Long> perDimension = kb.items().stream().collect(Collectors.groupingBy(SurveyItem::dimension,
                Collectors.counting()));
        assertThat(perDimension).containsOnly(Map.entry(Dimension.S, 5L), Map.entry(Dimension.T, 5L), Map.entry(Dimension.R, 5L));
        assertThat(kb.items()).allSatisfy(i -> assertThat(i.statement().translations()).containsKeys(Language.RU, Language.UZ));
        assertThat(kb.items().stream().filter(SurveyItem::reverse).map(SurveyItem::id)).containsExactly("S.q5", "T.q5", "R.q5");
        assertThat(kb.items().get(0).indicator()).isEqualTo("S.sop_cycle");
        assertThat(kb.survey().scalePoints()).isEqualTo(5);
        assertThat(kb.survey().reliableAlpha()).isEqualTo(0.7);
    }

    @Test
    void aKnowledgeBaseWithoutItemsHasNoSurveyAndTheDefaultSettings() throws IOException, InputException {
        KbFixture.copyBuiltIn(folder);
        Files.delete(folder.resolve("items.yaml"));
        Files.writeString(folder.resolve("method.yaml"), Files.readString(folder.resolve("method.yaml"))
                .replaceAll("(?s)\nsurvey:.*?unreliable_share: 0[^\n]*\n", "\n"));

        KnowledgeBase kb = new KnowledgeBaseLoader().load(folder);

        assertThat(kb.items()).isEmpty();
        assertThat(kb.survey()).isEqualTo(SurveySettings.defaults(kb.survey().origin()));
    }

    @Test
    void everyProblemOfTheItemsIsReportedAtOnceWithItsLine() throws IOException {
        KbFixture.copyBuiltIn(folder);
        Files.writeString(folder.resolve("items.yaml"), """
                items:
                  - { id: S.q1, dimension: S, statement: One, indicator: S.sop_cycel }
                  - { id: S.q2, dimension: S, statement: Two, indicator: T.crm_erp_consistency }
                  - { id: T.q1, dimension: S, statement: Three }
                  - { id: S.q1, dimension: S, statement: Four }
                  - { id: R.q1, dimension: R, statement: Five, reverse: maybe }
                """);

        InputException e = catchThrowableOfType(InputException.class, () -> new KnowledgeBaseLoader().load(folder));

        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p).contains("items.yaml:2:",
                        "unknown indicator `S.sop_cycel`", "S.sop_cycle"))
                .anySatisfy(p -> assertThat(p).contains("items.yaml:3:", "is an indicator of T, not of this item's dimension S"))
                .anySatisfy(p -> assertThat(p).contains("items.yaml:4:", "`T.q1` must start with its dimension, S."))
                .anySatisfy(p -> assertThat(p).contains("items.yaml:5:", "S.q1"))
                .anySatisfy(p -> assertThat(p).contains("items.yaml:6:", "expected true or false"));
    }

    @Test
    void aDimensionWithTooFewItemsIsRefusedWithThePapersFourToSix() throws IOException {
        KbFixture.copyBuiltIn(folder);
        Files.writeString(folder.resolve("items.yaml"), Files.readString(folder.resolve("items.yaml"))
                .replaceAll("(?s)  - id: T\\.q[345]\n.*?(?=  - id: [TR]\\.q|\\z)", ""));

        InputException e = catchThrowableOfType(InputException.class, () -> new KnowledgeBaseLoader().load(folder));

        assertThat(e.problems()).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("dimension T has 2 item(s)", "4 to 6 Likert items"));
    }

    @Test
    void surveySettingsAreReadAndAGapWiderThanTheScaleIsRefused() throws IOException, InputException {
        KbFixture.copyBuiltIn(folder);
        Path method = folder.resolve("method.yaml");
        String original = Files.readString(method);
        Files.writeString(method, original.replace("scale_points: 5", "scale_points: 7")
                .replace("perception_gap_points: 1 ", "perception_gap_points: 1.5 "));

        assertThat(new KnowledgeBaseLoader().load(folder).survey().scalePoints()).isEqualTo(7);

        Files.writeString(method, original.replace("perception_gap_points: 1 ", "perception_gap_points: 4 "));
        InputException e = catchThrowableOfType(InputException.class, () -> new KnowledgeBaseLoader().load(folder));
        assertThat(e.problems()).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("survey.perception_gap_points", "less than the scale's range (4 points"));
    }
}
