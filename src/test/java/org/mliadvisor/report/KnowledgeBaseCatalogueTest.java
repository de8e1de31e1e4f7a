package org.mliadvisor.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML catalogue of the knowledge base: complete, linked both ways, no broken links. */
class KnowledgeBaseCatalogueTest {

    private static KnowledgeBase kb;
    private static String html;

    @BeforeAll
    static void render() throws Exception {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
        html = new KnowledgeBaseCatalogue(kb).render();
    }

    private static Set<String> all(Pattern pattern) {
        Set<String> found = new HashSet<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyLinkLeadsToAnEntryOfTheCatalogue() {
        Set<String> ids = all(Pattern.compile(" id=\"([^\"]+)\""));
        Set<String> targets = all(Pattern.compile("href=\"#([^\"]+)\""));

        assertThat(targets).isNotEmpty();
        assertThat(ids).containsAll(targets);
    }

    @Test
    void everyEntryOfTheKnowledgeBaseHasItsOwnPlace() {
        Set<String> ids = all(Pattern.compile(" id=\"([^\"]+)\""));

        kb.indicators().keySet().forEach(id -> assertThat(ids).contains("indicator-" + id));
        kb.kpis().keySet().forEach(id -> assertThat(ids).contains("kpi-" + id));
        kb.interventions().keySet().forEach(id -> assertThat(ids).contains("intervention-" + id));
        kb.gates().forEach(g -> assertThat(ids).contains("gate-" + g.id()));
        kb.consistency().forEach(c -> assertThat(ids).contains("check-" + c.id()));
        kb.roadmap().steps().forEach(s -> assertThat(ids).contains("step-" + s.step()));
    }

    @Test
    void indicatorsAndInterventionsLinkToEachOther() {
        String indicator = html.substring(html.indexOf("<article id=\"indicator-S.sop_cycle\""));
        indicator = indicator.substring(0, indicator.indexOf("</article>"));
        String intervention = html.substring(html.indexOf("<article id=\"intervention-sop-cycle\""));
        intervention = intervention.substring(0, intervention.indexOf("</article>"));

        assertThat(indicator).contains("href=\"#intervention-sop-cycle\"", "href=\"#gate-no-planning-routine\"",
                "href=\"#check-sop-absent-but-cadence-fits\"");
        assertThat(intervention).contains("href=\"#indicator-S.sop_cycle\"", "href=\"#kpi-otif\"", "href=\"#step-2\"",
                "href=\"#intervention-process-ownership-map\"");
    }

    @Test
    void anInterventionShowsItsExpectedEffectWithBasisAndSourceOrSaysNoSourceStatesOne() {
        String levers = html.substring(html.indexOf("<article id=\"intervention-joint-promotion-review\""));
        levers = levers.substring(0, levers.indexOf("</article>"));
        String relationship = html.substring(html.indexOf("<article id=\"intervention-relationship-building\""));
        relationship = relationship.substring(0, relationship.indexOf("</article>"));

        assertThat(levers).contains("Expected effect", "<a href=\"#indicator-S.joint_promotion_review\"><code>S.joint_promotion_review</code></a> reaches 90",
                "<a href=\"#kpi-otif\"><code>otif</code></a> improves by 2 to 3.5 percentage points",
                "<a href=\"#kpi-expedite_share\"><code>expedite_share</code></a> improve too", "82 % to 90 %",
                "Illustrative scenario (a)", "knowledge-base/interventions.yaml:");
        assertThat(relationship).contains("Expected effect", "Not stated: no source gives a figure").doesNotContain("improves by");
    }

    @Test
    void consistencyChecksReadInPlainLanguageAndLinkToTheirAnswers() {
        String check = html.substring(html.indexOf("<article id=\"check-closure-without-reviews\""));
        check = check.substring(0, check.indexOf("</article>"));

        assertThat(check).contains("contradiction", "Found when all of: ", "href=\"#indicator-R.root_cause_closure_rate\"",
                "is at least 90", "knowledge-base/consistency.yaml:");
        assertThat(html).contains("Found for each of <a href=\"#dimension-S\">S</a>, <a href=\"#dimension-T\">T</a>, "
                + "<a href=\"#dimension-R\">R</a> when it scores at least 0.8 while at least 2 of the KPIs");
    }

    @Test
    void conditionsReadInPlainLanguage() {
        assertThat(html).contains("any of: <a href=\"#indicator-S.sop_cycle\"><code>S.sop_cycle</code></a> is below 3")
                .contains("the gap of <a href=\"#kpi-inventory_days\"><code>inventory_days</code></a> to its target is at least 10 %");
    }

    @Test
    void textFromTheKnowledgeBaseIsInertInHtml() {
        assertThat(Markup.escape("<script>alert(\"x\") & 'y'</script>"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
        assertThat(html).contains("S&amp;OP").doesNotContain("<script");
    }

    // ------------------------------------------------------------------ languages

    @Test
    void aRussianCatalogueHasRussianHeadingsAndTheRussianNamesOfTheKnowledgeBase() {
        String ru = new KnowledgeBaseCatalogue(kb, Language.RU).render();

        assertThat(ru).contains("<html lang=\"ru\">", "<h2>Индикаторы</h2>", "<h2>Меры</h2>", "<dt>Шкала</dt>",
                Markup.escape(kb.indicators().get("S.sop_cycle").name().in(Language.RU)), "Цикл S&amp;OP/IBP внедрён и соблюдается");
        // citations (Table 1 (...)) name the English source text, so the English name is looked for as a heading
        assertThat(ru).doesNotContain("<h2>Indicators</h2>", "<dt>Scale</dt>",
                "<code>S.sop_cycle</code> " + Markup.escape(kb.indicators().get("S.sop_cycle").name().en()) + "</h3>");
    }

    @Test
    void anUzbekCatalogueHasUzbekHeadingsAndTheUzbekNamesOfTheKnowledgeBase() {
        String uz = new KnowledgeBaseCatalogue(kb, Language.UZ).render();

        assertThat(uz).contains("<html lang=\"uz\">", "<h2>Oʻlchovlar</h2>", "<h2>Indikatorlar</h2>",
                Markup.escape(kb.indicators().get("S.sop_cycle").name().in(Language.UZ)));
        assertThat(uz).doesNotContain("<h2>Dimensions</h2>");
    }

    @Test
    void theEnglishCatalogueIsTheDefaultAndHasEnglishHeadingsAndNames() {
        String en = new KnowledgeBaseCatalogue(kb, Language.EN).render();

        assertThat(en).isEqualTo(html).contains("<html lang=\"en\">", "<h2>Indicators</h2>", "<dt>Scale</dt>",
                Markup.escape(kb.indicators().get("S.sop_cycle").name().en()));
        assertThat(en).doesNotContain("<h2>Индикаторы</h2>", "Цикл S&amp;OP/IBP");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"RU", "UZ"})
    void everyEnglishCatalogueKeyIsTranslatedWithTheSamePlaceholders(Language language) {
        Bundles.assertTranslated(KnowledgeBaseCatalogue::patterns, language);
    }

    @Test
    void uzbekCatalogueWordingWritesTheTurnedCommaNeverAnAsciiApostrophe() {
        Bundles.assertTurnedComma(KnowledgeBaseCatalogue.patterns(Language.UZ));
    }

    @org.junit.jupiter.api.Test
    void surveySectionListsEveryItemLinkedToTheIndicatorItInforms() {
        assertThat(html).contains("<section id=\"survey\">", "<a href=\"#survey\">");
        kb.items().forEach(item -> assertThat(html).contains("id=\"item-" + item.id() + "\"")
                .contains(Markup.escape(item.statement().en())));
        assertThat(html).contains("<a href=\"#indicator-S.sop_cycle\">");
    }
}
