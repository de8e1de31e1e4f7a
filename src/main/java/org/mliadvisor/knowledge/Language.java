package org.mliadvisor.knowledge;

import java.util.Locale;

/** The languages reports and knowledge-base texts are written in; English is the reference every text must have. */
public enum Language {
    EN(Locale.forLanguageTag("en-GB")),
    RU(Locale.forLanguageTag("ru-RU")),
    UZ(Locale.forLanguageTag("uz-Latn-UZ"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale numbers and dates are formatted in. */
    public Locale locale() {
        return locale;
    }

    /** The lower-case code used in knowledge-base files and on the command line: {@code en}, {@code ru}, {@code uz}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
