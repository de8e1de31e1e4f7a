package org.mliadvisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Knowledge-base texts given as plain English or as a mapping by language, and the warnings about missing wordings. */
class TextTest {

    @TempDir
    Path folder;

    /** The shipped knowledge base with one gate whose {@code because} is written as given, from line 5 on. */
    private KnowledgeBase loadWithGate(String because) throws IOException, InputException {
        KbFixture.copyBuiltIn(folder);
        Files.writeString(folder.resolve("gates.yaml"), """
                gates:
                  - id: no-planning-routine
                    binding: S
                    when: { indicator: S.sop_cycle, at_most: 0 }
                """ + because);
        return new KnowledgeBaseLoader().load(folder);
    }

    @Test
    void plainTextIsEnglishAndServesEveryLanguage() throws Exception {
        KnowledgeBase kb = loadWithGate("""
                    because: No forum brings the plans together.
                """);

        Text because = kb.gates().get(0).because();

        assertThat(because.en()).isEqualTo("No forum brings the plans together.");
        assertThat(because.in(Language.RU)).isEqualTo(because.en());
        assertThat(because.missing()).containsExactlyInAnyOrder(Language.RU, Language.UZ);
        assertThat(because.origin().line()).isEqualTo(5);
    }

    @Test
    void mappingByLanguageGivesEachLanguageItsOwnWording() throws Exception {
        KnowledgeBase kb = loadWithGate("""
                    because:
                      en: No forum brings the plans together.
                      ru: Нет площадки, где встречаются планы.
                      uz: Rejalar uchrashadigan joy yoʻq.
                """);

        Text because = kb.gates().get(0).because();

        assertThat(because.in(Language.EN)).isEqualTo("No forum brings the plans together.");
        assertThat(because.in(Language.RU)).isEqualTo("Нет площадки, где встречаются планы.");
        assertThat(because.in(Language.UZ)).isEqualTo("Rejalar uchrashadigan joy yoʻq.");
        assertThat(because.missing()).isEmpty();
    }

    @Test
    void missingTranslationFallsBackToEnglish() {
        Text text = new Text(Map.of(Language.EN, "Shared KPIs", Language.RU, "Общие KPI"), null);

        assertThat(text.in(Language.RU)).isEqualTo("Общие KPI");
        assertThat(text.in(Language.UZ)).isEqualTo("Shared KPIs");
        assertThat(text.missing()).containsExactly(Language.UZ);
    }

    @Test
    void textWithoutEnglishOrWithABlankWordingCannotBeMade() {
        assertThatThrownBy(() -> new Text(Map.of(Language.RU, "Общие KPI"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("English");
        assertThatThrownBy(() -> new Text(Map.of(Language.EN, "KPI", Language.UZ, " "), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uz");
    }

    @Test
    void everyWrongWordingIsReportedAtOnceWithItsPlace() throws IOException {
        Path file = KbFixture.withCases(folder, "text-translations-wrong");

        InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class,
                () -> new KnowledgeBaseLoader().load(folder));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ":7:7: gates[0].because.en: is required but missing",
                file + ":14:7: gates[1].because.rus: unknown language `rus` (did you mean `ru`?); expected one of: en, ru, uz",
                file + ":15:11: gates[1].because.ru: must not be blank",
                file + ":16:11: gates[1].because.uz: expected text, or a mapping of language (en, ru, uz) to text; found a whole number");
    }

    @Test
    void validateWarnsAboutEachTextWithoutATranslation() throws Exception {
        KnowledgeBase kb = loadWithGate("""
                    because:
                      en: No forum brings the plans together.
                      ru: Нет площадки, где встречаются планы.
                """);

        assertThat(KnowledgeBaseCheck.warnings(kb)).extracting(Problem::toString).filteredOn(p -> p.contains("gates["))
                .singleElement().asString()
                .startsWith(folder.resolve("gates.yaml") + ":6:7: warning: gates[no-planning-routine].because")
                .contains("no uz wording", "show the English");
    }

    @Test
    void validateDoesNotWarnAboutAFullyTranslatedText() throws Exception {
        KnowledgeBase kb = loadWithGate("""
                    because: { en: No forum., ru: Нет площадки., uz: Joy yoʻq. }
                """);

        assertThat(KnowledgeBaseCheck.warnings(kb)).extracting(Problem::field).noneMatch(f -> f.startsWith("gates["));
    }

    @Test
    void validateWarnsAboutACountUnitWithoutATranslation() throws Exception {
        KbFixture.copyBuiltIn(folder);
        Path indicators = folder.resolve("indicators.yaml");
        Files.writeString(indicators, Files.readString(indicators).replaceFirst(
                "unit: \\{ en: meetings per month, ru: [^}]*\\}", "unit: meetings per month"));

        assertThat(KnowledgeBaseCheck.warnings(new KnowledgeBaseLoader().load(folder))).extracting(Problem::toString)
                .singleElement().asString().contains("].scale.unit", "no ru, uz wording");
    }
}
