package org.mliadvisor.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mliadvisor.knowledge.Language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled wording of reason statements: complete in every language, and well formed. */
class ReasonWordingBundleTest {

    /** An ASCII apostrophe, backtick or curly quote standing between two letters, where Uzbek needs ʻ or ʼ. */
    private static final Pattern APOSTROPHE_IN_A_WORD = Pattern.compile("\\p{L}['`\u2018\u2019]\\p{L}");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void everyEnglishKeyIsInTheTranslationWithTheSamePlaceholders(Language language) {
        Map<String, String> english = Templates.reasons().patterns(Language.EN);
        Map<String, String> translated = Templates.reasons().patterns(language);

        assertThat(translated.keySet()).as("keys of reasons_%s", language.code()).isEqualTo(english.keySet());
        english.forEach((key, pattern) -> assertThat(Templates.placeholders(translated.get(key)))
                .as("placeholders of %s in reasons_%s", key, language.code())
                .isEqualTo(Templates.placeholders(pattern)));
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void everyTranslatedTemplateIsWordedDifferentlyFromEnglishUnlessItIsOnlySymbols(Language language) {
        Map<String, String> english = Templates.reasons().patterns(Language.EN);

        Templates.reasons().patterns(language).forEach((key, pattern) -> {
            if (pattern.replaceAll("\\{\\d+}", "").chars().anyMatch(Character::isLetter)) {
                assertThat(pattern).as("%s in reasons_%s", key, language.code()).isNotEqualTo(english.get(key));
            }
        });
    }

    @Test
    void placeholdersAreCountedOnceEachWhateverTheirOrder() {
        assertThat(Templates.placeholders("`{1}` requires `{0}`, check `{1}`")).containsExactly(0, 1);
        assertThat(Templates.placeholders("no arguments")).isEmpty();
    }

    @Test
    void aTemplateWithABraceThatIsNotAPlaceholderIsRejected() {
        assertThatThrownBy(() -> Templates.placeholders("{name} is wrong")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Templates.placeholders("unmatched } brace")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Templates.placeholders("open {0")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTemplateMissingFromATranslationReadsInEnglish() {
        Templates templates = new Templates(Map.of(Language.EN, Map.of("greet", "Hello, {0}."),
                Language.RU, Map.of("other", "Другое")));

        assertThat(templates.render(Message.of("greet", Message.literal("Ann")), Language.RU)).isEqualTo("Hello, Ann.");
        assertThat(templates.render(Message.of("greet", Message.literal("Ann")), Language.UZ)).isEqualTo("Hello, Ann.");
    }

    @Test
    void aTemplateTheTranslationHasReadsInTheTranslation() {
        Templates templates = new Templates(Map.of(Language.EN, Map.of("greet", "Hello, {0}."),
                Language.RU, Map.of("greet", "Здравствуйте, {0}.")));

        assertThat(templates.render(Message.of("greet", Message.literal("Ann")), Language.RU)).isEqualTo("Здравствуйте, Ann.");
        assertThat(templates.render(Message.of("greet", Message.literal("Ann")), Language.EN)).isEqualTo("Hello, Ann.");
    }

    @Test
    void templatesWithoutEnglishAreRejected() {
        assertThatThrownBy(() -> new Templates(Map.of(Language.RU, Map.of("greet", "Здравствуйте."))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uzbekWritesOkinaAndTutuqBelgisiNeverAnAsciiApostrophe() throws IOException {
        String uzbek = bundle(Language.UZ);

        assertThat(APOSTROPHE_IN_A_WORD.matcher(uzbek).find()).as("an ASCII apostrophe in reasons_uz").isFalse();
        assertThat(uzbek).contains("oʻlchov", "maʼlumot");
    }

    @Test
    void theApostropheCheckCatchesAnAsciiApostropheInAnUzbekWord() {
        assertThat(APOSTROPHE_IN_A_WORD.matcher("o'lchov").find()).isTrue();
        assertThat(APOSTROPHE_IN_A_WORD.matcher("ma’lumot").find()).isTrue();
        assertThat(APOSTROPHE_IN_A_WORD.matcher("oʻlchov va maʼlumot").find()).isFalse();
    }

    @Test
    void russianBundleIsWrittenInCyrillic() throws IOException {
        assertThat(bundle(Language.RU)).contains("Ограничивающее измерение", "да", "нет ответа");
    }

    private static String bundle(Language language) throws IOException {
        String path = "/org/mliadvisor/diagnosis/reasons_" + language.code() + ".properties";
        try (InputStream in = ReasonWordingBundleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
