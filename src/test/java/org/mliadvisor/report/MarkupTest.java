package org.mliadvisor.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertThat(Markup.escape("<b title=\"x\">Tom & 'Jerry'</b>"))
                .isEqualTo("&lt;b title=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;");
    }

    @Test
    void charactersXmlForbidsAreReplacedSoTheDocumentStaysWellFormed() {
        assertThat(Markup.escape("a\u0001b\u001bc\uD800d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    }

    @Test
    void cyrillicUzbekLatinAndEmojiPassUnchanged() {
        String text = "Пример oʻgʻ 😀 \t\n";

        assertThat(Markup.escape(text)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void aCssStringEscapesQuotesAndMarkupAndReplacesWhatXmlForbids() {
        assertThat(Markup.cssString("A \"B\" </style>")).isEqualTo("\"A \\22 B\\22  \\3c /style\\3e \"");
        assertThat(Markup.cssString("Acme \uFFFE Ltd \uD800")).isEqualTo("\"Acme \uFFFD Ltd \uFFFD\"");
        assertThat(Markup.cssString("Чирчиқ оʻ 😀")).isEqualTo("\"Чирчиқ оʻ 😀\"");
    }
}
