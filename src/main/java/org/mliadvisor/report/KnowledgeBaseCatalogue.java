package org.mliadvisor.report;

import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Citation;
import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.Templates;
import org.mliadvisor.knowledge.Condition;
import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.ContextFactor;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.ExpectedEffect;
import org.mliadvisor.knowledge.DimensionDefinition;
import org.mliadvisor.knowledge.Gate;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.KpiUnit;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.RoadmapStep;
import org.mliadvisor.knowledge.ScaleType;
import org.mliadvisor.knowledge.Scoring;
import org.mliadvisor.knowledge.SurveyItem;
import org.mliadvisor.knowledge.Text;
import org.mliadvisor.knowledge.Variant;
import org.mliadvisor.source.MapReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A browsable, self-contained HTML catalogue of a knowledge base for its experts: every entry with
 * its source, conditions in plain language, and links both ways (an indicator lists the
 * interventions that read it; an intervention links to the indicators and KPIs it reads and moves).
 * Its headings and labels come from {@code catalogue_<lang>.properties}, and the knowledge base's
 * texts are shown in the same language, in English where a text has no translation.
 */
public final class KnowledgeBaseCatalogue {

    private static final Templates WORDS = Templates.load("/org/mliadvisor/report/catalogue_%s.properties");

    private final KnowledgeBase kb;
    private final Language language;
    private final Map<String, Set<String>> readBy = new LinkedHashMap<>();
    private final Map<String, Set<String>> movedBy = new LinkedHashMap<>();
    private final Map<String, Set<String>> gatedBy = new LinkedHashMap<>();
    private final Map<String, Set<String>> checkedBy = new LinkedHashMap<>();

    /** The catalogue in English. */
    public KnowledgeBaseCatalogue(KnowledgeBase kb) {
        this(kb, Language.EN);
    }

    public KnowledgeBaseCatalogue(KnowledgeBase kb, Language language) {
        this.kb = kb;
        this.language = language;
        for (Intervention i : kb.interventions().values()) {
            i.when().targets().forEach(t -> readBy.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(i.id()));
            i.variants().forEach(v -> v.when().targets().forEach(t -> readBy.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(i.id())));
            i.moves().forEach(k -> movedBy.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(i.id()));
        }
        for (Gate g : kb.gates()) {
            g.when().targets().forEach(t -> gatedBy.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(g.id()));
        }
        for (ConsistencyCheck check : kb.consistency()) {
            if (check instanceof ConsistencyCheck.Contradiction c) {
                c.when().targets().forEach(t -> checkedBy.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(c.id()));
            }
        }
    }

    /** Every template of {@code language} by key, for checks that each language says everything English says. */
    static Map<String, String> patterns(Language language) {
        return WORDS.patterns(language);
    }

    /** The words of {@code key} in the catalogue's language; arguments are HTML already and go in as given. */
    private String w(String key, Object... args) {
        return WORDS.literal(key, language, args);
    }

    /** A knowledge-base text in the catalogue's language, escaped. */
    private String t(Text text) {
        return Markup.escape(text.in(language));
    }

    /** The whole catalogue as one HTML page. */
    public String render() {
        StringBuilder html = new StringBuilder();
        String title = t(kb.info().title());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(w("page.title", title, Markup.escape(kb.info().version())))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>").append(title).append("</h1><p>")
                .append(w("header.summary", "<code>" + Markup.escape(kb.info().id()) + "</code>", Markup.escape(kb.info().version()),
                        kb.indicators().size(), kb.kpis().size(), kb.interventions().size(), kb.gates().size(),
                        kb.consistency().size())).append("</p>\n<nav>");
        for (String section : List.of("dimensions", "indicators", "survey", "kpis", "interventions", "gates", "consistency",
                "roadmap", "context", "sources")) {
            html.append("<a href=\"#").append(section).append("\">").append(w("section." + section)).append("</a> ");
        }
        html.setLength(html.length() - 1);
        html.append("</nav></header>\n<main>\n");
        dimensions(html);
        indicators(html);
        survey(html);
        kpis(html);
        interventions(html);
        gates(html);
        consistency(html);
        roadmap(html);
        context(html);
        sources(html);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void dimensions(StringBuilder html) {
        html.append("<section id=\"dimensions\"><h2>").append(w("section.dimensions")).append("</h2>\n<p>")
                .append(w("dimensions.intro", kb.method().minAnsweredPerDimension())).append("</p>\n");
        for (DimensionDefinition d : kb.dimensions().values()) {
            html.append("<article id=\"dimension-").append(d.id()).append("\"><h3>").append(d.id()).append(" — ")
                    .append(t(d.name())).append("</h3>\n<p>").append(t(d.covers())).append("</p>\n<p>")
                    .append(w("dimension.weights", MapReader.plain(d.defaultWeight()), MapReader.plain(d.targetScore())))
                    .append("<br>").append(source(d.source(), d.origin().fileAndLine())).append("</p>\n<p>")
                    .append(w("label.indicators")).append(": ")
                    .append(links("indicator-", kb.indicatorsOf(d.id()).stream().map(IndicatorDefinition::id).toList()))
                    .append("</p>\n<p>").append(w("label.interventions")).append(": ")
                    .append(links("intervention-", kb.interventions().values().stream()
                            .filter(i -> i.dimension() == d.id()).map(Intervention::id).toList())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void indicators(StringBuilder html) {
        html.append("<section id=\"indicators\"><h2>").append(w("section.indicators")).append("</h2>\n");
        for (IndicatorDefinition i : kb.indicators().values()) {
            html.append("<article id=\"indicator-").append(anchor(i.id())).append("\"><h3><code>").append(Markup.escape(i.id()))
                    .append("</code> ").append(t(i.name())).append("</h3>\n<p class=\"question\">")
                    .append(Markup.escape(i.question().in(language).strip())).append("</p>\n<dl><dt>").append(w("label.dimension"))
                    .append("</dt><dd><a href=\"#dimension-")
                    .append(i.dimension()).append("\">").append(i.dimension()).append("</a></dd><dt>").append(w("label.scale"))
                    .append("</dt><dd>").append(Markup.escape(scale(i))).append("</dd><dt>").append(w("label.scoring"))
                    .append("</dt><dd>").append(Markup.escape(scoring(i))).append("</dd>")
                    .append("<dt>").append(w("label.linkedKpis")).append("</dt><dd>").append(links("kpi-", i.kpis()))
                    .append("</dd><dt>").append(w("label.readBy")).append("</dt><dd>")
                    .append(links("intervention-", List.copyOf(readBy.getOrDefault(i.id(), Set.of()))))
                    .append(gatedBy.containsKey(i.id()) ? " · " + w("label.gates") + " "
                            + links("gate-", List.copyOf(gatedBy.get(i.id()))) : "")
                    .append(checkedBy.containsKey(i.id()) ? " · " + w("label.checks") + " "
                            + links("check-", List.copyOf(checkedBy.get(i.id()))) : "")
                    .append("</dd></dl>\n<p>").append(source(i.source(), i.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    /** The survey's items by dimension, each with the indicator it informs, and how answers are read. */
    private void survey(StringBuilder html) {
        html.append("<section id=\"survey\"><h2>").append(w("section.survey")).append("</h2>\n");
        if (kb.items().isEmpty()) {
            html.append("<p>").append(w("survey.none")).append("</p>\n</section>\n");
            return;
        }
        var settings = kb.survey();
        html.append("<p>").append(w("survey.intro", settings.scalePoints(), MapReader.plain(settings.reliableAlpha()),
                MapReader.plain(settings.agreementRwg()), MapReader.plain(settings.perceptionGapPoints()),
                MapReader.plain(settings.perceivedShare() * 100) + " %", MapReader.plain(settings.unreliableShare() * 100) + " %"))
                .append(" ")
                .append(t(settings.reliableAlphaReason())).append("</p>\n");
        for (SurveyItem item : kb.items()) {
            html.append("<article id=\"item-").append(anchor(item.id())).append("\"><h3><code>").append(Markup.escape(item.id()))
                    .append("</code>").append(item.reverse() ? " <em>" + w("label.reverse") + "</em>" : "").append("</h3>\n<p class=\"question\">")
                    .append(Markup.escape(item.statement().in(language).strip())).append("</p>\n<dl><dt>").append(w("label.dimension"))
                    .append("</dt><dd><a href=\"#dimension-").append(item.dimension()).append("\">").append(item.dimension())
                    .append("</a></dd>").append(item.indicator() == null ? "" : "<dt>" + w("label.informs") + "</dt><dd>"
                            + links("indicator-", List.of(item.indicator())) + "</dd>")
                    .append("</dl>\n<p>").append(source(item.source(), item.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void kpis(StringBuilder html) {
        html.append("<section id=\"kpis\"><h2>").append(w("section.kpis")).append("</h2>\n");
        for (KpiDefinition k : kb.kpis().values()) {
            List<String> linkedFrom = kb.indicators().values().stream().filter(i -> i.kpis().contains(k.id()))
                    .map(IndicatorDefinition::id).toList();
            html.append("<article id=\"kpi-").append(anchor(k.id())).append("\"><h3><code>").append(Markup.escape(k.id()))
                    .append("</code> ").append(t(k.name())).append("</h3>\n<p>").append(t(k.description()))
                    .append("</p>\n<dl><dt>").append(w("label.unit")).append("</dt><dd>").append(w("unit." + k.unit().name()))
                    .append("</dd><dt>").append(w("label.better")).append("</dt><dd>").append(w("better." + k.better().name()))
                    .append("</dd><dt>").append(w("label.linkedFrom")).append("</dt><dd>").append(links("indicator-", linkedFrom))
                    .append("</dd><dt>").append(w("label.movedBy")).append("</dt><dd>")
                    .append(links("intervention-", List.copyOf(movedBy.getOrDefault(k.id(), Set.of()))))
                    .append("</dd></dl>\n<p>").append(source(k.source(), k.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void interventions(StringBuilder html) {
        html.append("<section id=\"interventions\"><h2>").append(w("section.interventions")).append("</h2>\n");
        for (Intervention i : kb.interventions().values()) {
            html.append("<article id=\"intervention-").append(anchor(i.id())).append("\"><h3>").append(t(i.title()))
                    .append(" <code>").append(Markup.escape(i.id())).append("</code></h3>\n<p>")
                    .append(Markup.escape(i.action().in(language).strip())).append("</p>\n<dl><dt>").append(w("label.recommendedWhen"))
                    .append("</dt><dd>").append(condition(i.when())).append("</dd>");
            for (Variant v : i.variants()) {
                html.append("<dt>").append(w("label.variant")).append(" <code>").append(Markup.escape(v.id())).append("</code></dt><dd>")
                        .append(w("variant.when", t(v.title()), condition(v.when()))).append("</dd>");
            }
            html.append("<dt>").append(w("label.dimension")).append("</dt><dd><a href=\"#dimension-").append(i.dimension())
                    .append("\">").append(i.dimension()).append("</a></dd><dt>").append(w("label.moves")).append("</dt><dd>")
                    .append(links("kpi-", i.moves().stream().sorted().toList()))
                    .append("</dd><dt>").append(w("label.effortImpact")).append("</dt><dd>")
                    .append(w("intervention.impact", w("effort." + i.effort().name()), i.weeksToImpact()))
                    .append("</dd><dt>").append(w("label.roadmap")).append("</dt><dd><a href=\"#step-")
                    .append(i.roadmapStep()).append("\">").append(w("intervention.step", i.roadmapStep())).append("</a></dd>");
            if (!i.requires().isEmpty()) {
                html.append("<dt>").append(w("label.requires")).append("</dt><dd>").append(links("intervention-", i.requires()))
                        .append("</dd>");
            }
            List<String> requiredBy = kb.interventions().values().stream().filter(o -> o.requires().contains(i.id()))
                    .map(Intervention::id).toList();
            if (!requiredBy.isEmpty()) {
                html.append("<dt>").append(w("label.requiredBy")).append("</dt><dd>").append(links("intervention-", requiredBy))
                        .append("</dd>");
            }
            html.append("<dt>").append(w("label.expectedEffect")).append("</dt><dd>").append(effect(i.expectedEffect()))
                    .append("</dd></dl>\n<p class=\"rationale\">").append(Markup.escape(i.rationale().in(language).strip()))
                    .append("</p>\n<p>").append(source(i.source(), i.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void gates(StringBuilder html) {
        html.append("<section id=\"gates\"><h2>").append(w("section.gates")).append("</h2>\n<p>").append(w("gates.intro"))
                .append("</p>\n");
        for (Gate g : kb.gates()) {
            html.append("<article id=\"gate-").append(anchor(g.id())).append("\"><h3>")
                    .append(w("gate.heading", "<code>" + Markup.escape(g.id()) + "</code>",
                            "<a href=\"#dimension-" + g.binding() + "\">" + g.binding() + "</a>"))
                    .append("</h3>\n<p>").append(w("gate.when", condition(g.when()))).append("</p>\n<p>")
                    .append(Markup.escape(g.because().in(language).strip())).append("</p>\n")
                    .append(g.precedence() == null ? "" : "<p><em>" + w("label.precedence") + "</em> "
                            + Markup.escape(g.precedence().in(language).strip()) + "</p>\n")
                    .append("<p>").append(source(g.source(), g.origin().fileAndLine()))
                    .append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void consistency(StringBuilder html) {
        html.append("<section id=\"consistency\"><h2>").append(w("section.consistency")).append("</h2>\n<p>")
                .append(w("consistency.intro", "<code>" + String.join("</code> " + w("consistency.and") + " <code>",
                        ConsistencyCheck.BUILT_IN) + "</code>", MapReader.plain(ConsistencyFinding.SCALE_RATIO)))
                .append("</p>\n");
        for (ConsistencyCheck check : kb.consistency()) {
            html.append("<article id=\"check-").append(anchor(check.id())).append("\"><h3><code>").append(Markup.escape(check.id()))
                    .append("</code> ").append(w("kind." + check.kind().name())).append("</h3>\n<p>");
            if (check instanceof ConsistencyCheck.Contradiction c) {
                html.append(w("check.contradiction", condition(c.when()), links("indicator-", c.answers())));
            } else if (check instanceof ConsistencyCheck.Triangulation tri) {
                html.append(w("check.triangulation", tri.dimensions().stream().map(d -> "<a href=\"#dimension-" + d + "\">" + d
                        + "</a>").collect(Collectors.joining(", ")), MapReader.plain(tri.scoreAtLeast()), tri.severeKpisAtLeast()));
            }
            html.append(".</p>\n<p>").append(Markup.escape(check.finding().in(language).strip())).append("</p>\n<p>")
                    .append(source(check.source(), check.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void roadmap(StringBuilder html) {
        html.append("<section id=\"roadmap\"><h2>").append(w("roadmap.heading", kb.roadmap().minWeeks(), kb.roadmap().maxWeeks()))
                .append("</h2>\n");
        for (RoadmapStep s : kb.roadmap().steps()) {
            html.append("<article id=\"step-").append(s.step()).append("\"><h3>").append(w("roadmap.step", s.step(), t(s.title())))
                    .append(" <small>").append(w("roadmap.weeks", s.fromWeek(), s.toWeek())).append("</small></h3>\n<ul>");
            s.deliverables().forEach(d -> html.append("<li>").append(t(d)).append("</li>"));
            html.append("</ul>\n<p>").append(w("label.interventions")).append(": ")
                    .append(links("intervention-", kb.interventions().values().stream()
                    .filter(i -> i.roadmapStep() == s.step()).map(Intervention::id).toList())).append("</p>\n<p>")
                    .append(source(s.source(), s.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void context(StringBuilder html) {
        html.append("<section id=\"context\"><h2>").append(w("section.context")).append("</h2>\n");
        for (ContextFactor f : kb.context().values()) {
            html.append("<article id=\"context-").append(anchor(f.id())).append("\"><h3><code>").append(Markup.escape(f.id()))
                    .append("</code></h3>\n<p class=\"question\">").append(Markup.escape(f.question().in(language).strip()))
                    .append("</p>\n<p>").append(w("context.values", Markup.escape(String.join(", ", f.values())),
                            Markup.escape(f.defaultValue()), links("intervention-", List.copyOf(readBy.getOrDefault(f.id(), Set.of())))))
                    .append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void sources(StringBuilder html) {
        html.append("<section id=\"sources\"><h2>").append(w("section.sources")).append("</h2>\n<ul>");
        kb.sources().forEach(s -> html.append("<li id=\"source-").append(anchor(s.id())).append("\"><code>").append(Markup.escape(s.id()))
                .append("</code>: ").append(Markup.escape(s.citation())).append("</li>"));
        html.append("</ul></section>\n");
    }

    /** A condition in plain language, with links to what it reads. */
    String condition(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            String subject = switch (c.subject()) {
                case INDICATOR -> link("indicator-", c.target());
                case INDICATOR_SCORE -> w("condition.indicatorScore", link("indicator-", c.target()));
                case DIMENSION -> w("condition.dimensionScore", "<a href=\"#dimension-" + c.target() + "\">" + c.target() + "</a>");
                case KPI_GAP -> w("condition.kpiGap", link("kpi-", c.target()));
                case CONTEXT -> link("context-", c.target());
                case PERCEPTION_GAP -> w("condition.perceptionGap", "<a href=\"#dimension-" + c.target() + "\">" + c.target() + "</a>");
            };
            Object literal = c.literal();
            String value = literal instanceof Double d
                    ? (c.subject() == Condition.Subject.KPI_GAP ? MapReader.plain(d * 100) + " %" : MapReader.plain(d))
                    : literal instanceof Boolean b ? yesNo(b)
                    : literal instanceof List<?> list ? list.stream().map(String::valueOf)
                            .collect(Collectors.joining(" " + w("condition.or") + " "))
                    : String.valueOf(literal);
            // one template per operator, so each language places the subject and the value in its own order
            return w("operator." + c.operator().name(), subject, Markup.escape(value));
        }
        if (condition instanceof Condition.Not not) {
            return w("condition.not", condition(not.part()));
        }
        boolean all = condition instanceof Condition.All;
        List<Condition> parts = all ? ((Condition.All) condition).parts() : ((Condition.Any) condition).parts();
        List<String> rendered = new ArrayList<>();
        parts.forEach(p -> rendered.add(condition(p)));
        return w(all ? "condition.all" : "condition.any",
                String.join("; " + w(all ? "condition.and" : "condition.or") + " ", rendered));
    }

    /** A yes/no value as the catalogue words it, in a condition and in an expected effect alike. */
    private String yesNo(boolean yes) {
        return w(yes ? "value.yes" : "value.no");
    }

    /** What an intervention is expected to achieve, with its basis and source, or that no source states it. */
    private String effect(ExpectedEffect effect) {
        if (effect == null) {
            return w("effect.none");
        }
        List<String> parts = new ArrayList<>();
        effect.reaches().forEach((id, answer) -> parts.add(w("effect.reaches", link("indicator-", id),
                Markup.escape(answer instanceof Answer.YesNo yesNo ? yesNo(yesNo.yes())
                        : MapReader.plain(answer.number())))));
        effect.kpis().forEach((id, range) -> {
            KpiUnit unit = kb.kpis().get(id).unit();
            parts.add(w("effect.kpi", link("kpi-", id), MapReader.plain(range.low()), MapReader.plain(range.high()),
                    unit == KpiUnit.PERCENT ? w("effect.points") : w("unit." + unit.name())));
        });
        if (!effect.alsoImproves().isEmpty()) {
            parts.add(w("effect.alsoImproves", links("kpi-", effect.alsoImproves())));
        }
        return String.join("; ", parts) + "<br><span class=\"rationale\">" + Markup.escape(effect.basis().in(language).strip())
                + "</span><br>" + source(effect.source(), effect.origin().fileAndLine());
    }

    private String scale(IndicatorDefinition i) {
        return i.scale().type() == ScaleType.COUNT
                ? w("scale.COUNT", i.scale().unit().in(language), MapReader.plain(i.scale().max()))
                : w("scale." + i.scale().type().name());
    }

    private String scoring(IndicatorDefinition i) {
        Scoring scoring = i.scoring();
        if (scoring == null) {
            return w("scoring.yesNo");
        }
        if (scoring instanceof Scoring.Linear linear) {
            return w("scoring.linear", MapReader.plain(linear.zeroAt()), MapReader.plain(linear.fullAt()));
        }
        return ((Scoring.Bands) scoring).bands().stream().map(b -> w("scoring.band", MapReader.plain(b.from()),
                MapReader.plain(b.to()), MapReader.plain(b.score()))).collect(Collectors.joining("; "));
    }

    private String source(Citation citation, String entry) {
        String cited = citation == null ? "" : w("label.source") + ": <a href=\"#source-" + anchor(citation.doc()) + "\">"
                + Markup.escape(citation.doc()) + "</a>, " + Markup.escape(citation.where()) + " · ";
        return "<small>" + cited + "<code>" + Markup.escape(entry) + "</code></small>";
    }

    private static String links(String prefix, List<String> ids) {
        return ids.isEmpty() ? "–" : ids.stream().map(id -> link(prefix, id)).collect(Collectors.joining(", "));
    }

    private static String link(String prefix, String id) {
        return "<a href=\"#" + prefix + anchor(id) + "\"><code>" + Markup.escape(id) + "</code></a>";
    }

    /** Ids are checked patterns (letters, digits, dots, dashes, underscores), safe in an anchor once dots are kept. */
    private static String anchor(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2733;background:#fafbfc}
            header{background:#17324d;color:#fff;padding:1.2em 2em}header h1{margin:0 0 .2em;font-size:1.5em}
            header p{margin:.2em 0;opacity:.85}header code{background:#2c4a66;color:#fff}nav a{color:#cfe3f7;margin-right:1em;text-decoration:none}
            main{max-width:62em;margin:0 auto;padding:1em 2em}section{margin-bottom:2.5em}
            h2{border-bottom:2px solid #17324d;padding-bottom:.2em}article{background:#fff;border:1px solid #e1e6eb;
            border-radius:6px;padding:.6em 1.1em;margin:.8em 0}article:target{outline:3px solid #f0b429}
            h3{margin:.3em 0;font-size:1.1em}dl{display:grid;grid-template-columns:11em 1fr;gap:.2em 1em;margin:.5em 0}
            dt{color:#5b6b7b}dd{margin:0}code{background:#eef2f6;padding:0 .25em;border-radius:3px;font-size:.92em}
            a{color:#1f5f99}.question{font-style:italic}.rationale{color:#3c4b5a}small{color:#5b6b7b}
            @media print{header{background:none;color:#000}nav{display:none}article{break-inside:avoid}}
            """;
}
