package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Templates;
import org.mliadvisor.knowledge.Language;

import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every wording bundle of the reports shares: each language says all English says, and Uzbek writes its letters right. */
final class Bundles {

    private Bundles() {
    }

    /** Every English key exists in {@code language} with the same placeholders. */
    static void assertTranslated(Function<Language, Map<String, String>> patterns, Language language) {
        Map<String, String> english = patterns.apply(Language.EN);
        Map<String, String> translated = patterns.apply(language);

        assertThat(translated.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        english.forEach((key, pattern) -> assertThat(Templates.placeholders(translated.get(key))).as(key)
                .isEqualTo(Templates.placeholders(pattern)));
    }

    /** Uzbek writes oʻ and gʻ with the turned comma (U+02BB), never an ASCII apostrophe or backtick between letters. */
    static void assertTurnedComma(Map<String, String> uzbek) {
        assertThat(uzbek.values()).noneMatch(p -> p.matches("(?s).*\\p{L}['`]\\p{L}.*")).anyMatch(p -> p.contains("oʻ"));
    }
}
