package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A knowledge-base text in English with the translations the knowledge base gives; a missing
 * translation reads as English. {@code origin} is where the text was written, or {@code null} for
 * text made in code.
 */
public record Text(Map<Language, String> translations, SourceLocation origin) {
    public Text {
        Map<Language, String> copy = new EnumMap<>(Language.class);
        translations.forEach((language, value) -> {
            Objects.requireNonNull(language, "language");
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a " + language.code() + " text must not be blank");
            }
            copy.put(language, value);
        });
        if (!copy.containsKey(Language.EN)) {
            throw new IllegalArgumentException("every text needs its English wording");
        }
        translations = Collections.unmodifiableMap(copy);
    }

    /** An English-only text made in code. */
    public static Text of(String english) {
        return new Text(Map.of(Language.EN, english), null);
    }

    public String en() {
        return translations.get(Language.EN);
    }

    /** The text in {@code language}, or in English when it has no translation. */
    public String in(Language language) {
        return translations.getOrDefault(language, en());
    }

    /** The languages this text has no translation into. */
    public Set<Language> missing() {
        Set<Language> missing = EnumSet.allOf(Language.class);
        missing.removeAll(translations.keySet());
        return missing;
    }

    /** The English wording, so a text reads naturally wherever it is joined into a message. */
    @Override
    public String toString() {
        return en();
    }
}
