package org.mliadvisor.report;

import org.mliadvisor.knowledge.Citation;
import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.knowledge.Condition;
import org.mliadvisor.knowledge.ConsistencyCheck;
import org.mliadvisor.knowledge.ContextFactor;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.DimensionDefinition;
import org.mliadvisor.knowledge.Gate;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.RoadmapStep;
import org.mliadvisor.knowledge.Scoring;
import org.mliadvisor.knowledge.Variant;
import org.mliadvisor.source.MapReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A browsable, self-contained HTML catalogue of a knowledge base for its experts: every entry with
 * its source, conditions in plain language, and links both ways (an indicator lists the
 * interventions that read it; an intervention links to the indicators and KPIs it reads and moves).
 */
public final class KnowledgeBaseCatalogue {

    private final KnowledgeBase kb;
    private final Map<String, Set<String>> readBy = new LinkedHashMap<>();
    private final Map<String, Set<String>> movedBy = new LinkedHashMap<>();
    private final Map<String, Set<String>> gatedBy = new LinkedHashMap<>();
    private final Map<String, Set<String>> checkedBy = new LinkedHashMap<>();

    public KnowledgeBaseCatalogue(KnowledgeBase kb) {
        this.kb = kb;
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

    /** The whole catalogue as one HTML page. */
    public String render() {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Markup.escape(kb.info().title().en())).append(" — knowledge base ").append(Markup.escape(kb.info().version()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>").append(Markup.escape(kb.info().title().en())).append("</h1><p>Knowledge base <code>")
                .append(Markup.escape(kb.info().id())).append("</code> version ").append(Markup.escape(kb.info().version())).append(" · ")
                .append(kb.indicators().size()).append(" indicators · ").append(kb.kpis().size()).append(" KPIs · ")
                .append(kb.interventions().size()).append(" interventions · ").append(kb.gates().size()).append(" gates · ")
                .append(kb.consistency().size()).append(" consistency checks</p>\n")
                .append("<nav><a href=\"#dimensions\">Dimensions</a> <a href=\"#indicators\">Indicators</a> ")
                .append("<a href=\"#kpis\">KPIs</a> <a href=\"#interventions\">Interventions</a> <a href=\"#gates\">Gates</a> ")
                .append("<a href=\"#consistency\">Consistency checks</a> ")
                .append("<a href=\"#roadmap\">Roadmap</a> <a href=\"#context\">Context</a> <a href=\"#sources\">Sources</a></nav></header>\n<main>\n");
        dimensions(html);
        indicators(html);
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
        html.append("<section id=\"dimensions\"><h2>Dimensions</h2>\n<p>MLI = wS·S + wT·T + wR·R. A dimension is scored over its "
                + "answered indicators; with fewer than ").append(kb.method().minAnsweredPerDimension())
                .append(" answered it has insufficient evidence.</p>\n");
        for (DimensionDefinition d : kb.dimensions().values()) {
            html.append("<article id=\"dimension-").append(d.id()).append("\"><h3>").append(d.id()).append(" — ")
                    .append(Markup.escape(d.name().en())).append("</h3>\n<p>").append(Markup.escape(d.covers().en())).append("</p>\n<p>Default weight ")
                    .append(MapReader.plain(d.defaultWeight())).append(" · target score ").append(MapReader.plain(d.targetScore()))
                    .append("<br>").append(source(d.source(), d.origin().fileAndLine())).append("</p>\n<p>Indicators: ")
                    .append(links("indicator-", kb.indicatorsOf(d.id()).stream().map(IndicatorDefinition::id).toList()))
                    .append("</p>\n<p>Interventions: ").append(links("intervention-", kb.interventions().values().stream()
                            .filter(i -> i.dimension() == d.id()).map(Intervention::id).toList())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void indicators(StringBuilder html) {
        html.append("<section id=\"indicators\"><h2>Indicators</h2>\n");
        for (IndicatorDefinition i : kb.indicators().values()) {
            html.append("<article id=\"indicator-").append(anchor(i.id())).append("\"><h3><code>").append(Markup.escape(i.id()))
                    .append("</code> ").append(Markup.escape(i.name().en())).append("</h3>\n<p class=\"question\">")
                    .append(Markup.escape(i.question().en().strip())).append("</p>\n<dl><dt>Dimension</dt><dd><a href=\"#dimension-")
                    .append(i.dimension()).append("\">").append(i.dimension()).append("</a></dd><dt>Scale</dt><dd>")
                    .append(Markup.escape(scale(i))).append("</dd><dt>Scoring</dt><dd>").append(Markup.escape(scoring(i))).append("</dd>")
                    .append("<dt>Linked KPIs</dt><dd>").append(links("kpi-", i.kpis())).append("</dd><dt>Read by</dt><dd>")
                    .append(links("intervention-", List.copyOf(readBy.getOrDefault(i.id(), Set.of()))))
                    .append(gatedBy.containsKey(i.id()) ? " · gates " + links("gate-", List.copyOf(gatedBy.get(i.id()))) : "")
                    .append(checkedBy.containsKey(i.id()) ? " · consistency checks "
                            + links("check-", List.copyOf(checkedBy.get(i.id()))) : "")
                    .append("</dd></dl>\n<p>").append(source(i.source(), i.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void kpis(StringBuilder html) {
        html.append("<section id=\"kpis\"><h2>KPIs</h2>\n");
        for (KpiDefinition k : kb.kpis().values()) {
            List<String> linkedFrom = kb.indicators().values().stream().filter(i -> i.kpis().contains(k.id()))
                    .map(IndicatorDefinition::id).toList();
            html.append("<article id=\"kpi-").append(anchor(k.id())).append("\"><h3><code>").append(Markup.escape(k.id()))
                    .append("</code> ").append(Markup.escape(k.name().en())).append("</h3>\n<p>").append(Markup.escape(k.description().en()))
                    .append("</p>\n<dl><dt>Unit</dt><dd>").append(k.unit().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append("</dd><dt>Better</dt><dd>").append(k.better().name().toLowerCase(Locale.ROOT))
                    .append("</dd><dt>Linked from</dt><dd>").append(links("indicator-", linkedFrom))
                    .append("</dd><dt>Moved by</dt><dd>").append(links("intervention-", List.copyOf(movedBy.getOrDefault(k.id(), Set.of()))))
                    .append("</dd></dl>\n<p>").append(source(k.source(), k.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void interventions(StringBuilder html) {
        html.append("<section id=\"interventions\"><h2>Interventions</h2>\n");
        for (Intervention i : kb.interventions().values()) {
            html.append("<article id=\"intervention-").append(anchor(i.id())).append("\"><h3>").append(Markup.escape(i.title().en()))
                    .append(" <code>").append(Markup.escape(i.id())).append("</code></h3>\n<p>").append(Markup.escape(i.action().en().strip()))
                    .append("</p>\n<dl><dt>Recommended when</dt><dd>").append(condition(i.when())).append("</dd>");
            for (Variant v : i.variants()) {
                html.append("<dt>Variant <code>").append(Markup.escape(v.id())).append("</code></dt><dd>").append(Markup.escape(v.title().en()))
                        .append(", when ").append(condition(v.when())).append("</dd>");
            }
            html.append("<dt>Dimension</dt><dd><a href=\"#dimension-").append(i.dimension()).append("\">").append(i.dimension())
                    .append("</a></dd><dt>Moves</dt><dd>").append(links("kpi-", i.moves().stream().sorted().toList()))
                    .append("</dd><dt>Effort · impact</dt><dd>").append(i.effort().name().toLowerCase(Locale.ROOT))
                    .append(" · about ").append(i.weeksToImpact()).append(" weeks</dd><dt>Roadmap</dt><dd><a href=\"#step-")
                    .append(i.roadmapStep()).append("\">step ").append(i.roadmapStep()).append("</a></dd>");
            if (!i.requires().isEmpty()) {
                html.append("<dt>Requires</dt><dd>").append(links("intervention-", i.requires())).append("</dd>");
            }
            List<String> requiredBy = kb.interventions().values().stream().filter(o -> o.requires().contains(i.id()))
                    .map(Intervention::id).toList();
            if (!requiredBy.isEmpty()) {
                html.append("<dt>Required by</dt><dd>").append(links("intervention-", requiredBy)).append("</dd>");
            }
            html.append("</dl>\n<p class=\"rationale\">").append(Markup.escape(i.rationale().en().strip())).append("</p>\n<p>")
                    .append(source(i.source(), i.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void gates(StringBuilder html) {
        html.append("<section id=\"gates\"><h2>Gates</h2>\n<p>When a gate's condition holds, its dimension is binding whatever "
                + "the scores say. Every gate that holds is reported; they take precedence in the order below, and the first "
                + "that holds on a dimension with enough evidence decides.</p>\n");
        for (Gate g : kb.gates()) {
            html.append("<article id=\"gate-").append(anchor(g.id())).append("\"><h3><code>").append(Markup.escape(g.id()))
                    .append("</code> makes <a href=\"#dimension-").append(g.binding()).append("\">").append(g.binding())
                    .append("</a> binding</h3>\n<p>When ").append(condition(g.when())).append(".</p>\n<p>")
                    .append(Markup.escape(g.because().en().strip())).append("</p>\n")
                    .append(g.precedence() == null ? "" : "<p><em>Precedence:</em> " + Markup.escape(g.precedence().en().strip()) + "</p>\n")
                    .append("<p>").append(source(g.source(), g.origin().fileAndLine()))
                    .append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void consistency(StringBuilder html) {
        html.append("<section id=\"consistency\"><h2>Consistency checks</h2>\n<p>Each finding tells the consultant to verify "
                + "the answers before acting, and lowers the confidence in the binding constraint when it concerns its "
                + "answers or the KPIs. Built in besides these: <code>").append(String.join("</code> and <code>",
                ConsistencyCheck.BUILT_IN)).append("</code> (a percent answered between 0 and 1; a KPI whose actual and "
                + "target are ").append(MapReader.plain(ConsistencyFinding.SCALE_RATIO)).append(" or more times apart).</p>\n");
        for (ConsistencyCheck check : kb.consistency()) {
            html.append("<article id=\"check-").append(anchor(check.id())).append("\"><h3><code>").append(Markup.escape(check.id()))
                    .append("</code> ").append(check.kind().name().toLowerCase(Locale.ROOT)).append("</h3>\n<p>");
            if (check instanceof ConsistencyCheck.Contradiction c) {
                html.append("Found when ").append(condition(c.when())).append("; answers involved: ")
                        .append(links("indicator-", c.answers()));
            } else if (check instanceof ConsistencyCheck.Triangulation t) {
                html.append("Found for each of ").append(t.dimensions().stream().map(d -> "<a href=\"#dimension-" + d + "\">" + d
                        + "</a>").collect(Collectors.joining(", "))).append(" when it scores at least ")
                        .append(MapReader.plain(t.scoreAtLeast())).append(" while at least ").append(t.severeKpisAtLeast())
                        .append(" of the KPIs its indicators are linked to have a severe gap");
            }
            html.append(".</p>\n<p>").append(Markup.escape(check.finding().en().strip())).append("</p>\n<p>")
                    .append(source(check.source(), check.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void roadmap(StringBuilder html) {
        html.append("<section id=\"roadmap\"><h2>Roadmap (").append(kb.roadmap().minWeeks()).append('–')
                .append(kb.roadmap().maxWeeks()).append(" weeks)</h2>\n");
        for (RoadmapStep s : kb.roadmap().steps()) {
            html.append("<article id=\"step-").append(s.step()).append("\"><h3>Step ").append(s.step()).append(": ")
                    .append(Markup.escape(s.title().en())).append(" <small>weeks ").append(s.fromWeek()).append('–').append(s.toWeek())
                    .append("</small></h3>\n<ul>");
            s.deliverables().forEach(d -> html.append("<li>").append(Markup.escape(d.en())).append("</li>"));
            html.append("</ul>\n<p>Interventions: ").append(links("intervention-", kb.interventions().values().stream()
                    .filter(i -> i.roadmapStep() == s.step()).map(Intervention::id).toList())).append("</p>\n<p>")
                    .append(source(s.source(), s.origin().fileAndLine())).append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void context(StringBuilder html) {
        html.append("<section id=\"context\"><h2>Context</h2>\n");
        for (ContextFactor f : kb.context().values()) {
            html.append("<article id=\"context-").append(anchor(f.id())).append("\"><h3><code>").append(Markup.escape(f.id()))
                    .append("</code></h3>\n<p class=\"question\">").append(Markup.escape(f.question().en().strip())).append("</p>\n<p>Values: ")
                    .append(Markup.escape(String.join(", ", f.values()))).append(" (default ").append(Markup.escape(f.defaultValue()))
                    .append(") · read by ").append(links("intervention-", List.copyOf(readBy.getOrDefault(f.id(), Set.of()))))
                    .append("</p></article>\n");
        }
        html.append("</section>\n");
    }

    private void sources(StringBuilder html) {
        html.append("<section id=\"sources\"><h2>Sources</h2>\n<ul>");
        kb.sources().forEach(s -> html.append("<li id=\"source-").append(anchor(s.id())).append("\"><code>").append(Markup.escape(s.id()))
                .append("</code>: ").append(Markup.escape(s.citation())).append("</li>"));
        html.append("</ul></section>\n");
    }

    /** A condition in plain language, with links to what it reads. */
    String condition(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            String subject = switch (c.subject()) {
                case INDICATOR -> link("indicator-", c.target());
                case INDICATOR_SCORE -> "the score of " + link("indicator-", c.target());
                case DIMENSION -> "the score of <a href=\"#dimension-" + c.target() + "\">" + c.target() + "</a>";
                case KPI_GAP -> "the gap of " + link("kpi-", c.target()) + " to its target";
                case CONTEXT -> link("context-", c.target());
            };
            Object literal = c.literal();
            String value = literal instanceof Double d
                    ? (c.subject() == Condition.Subject.KPI_GAP ? MapReader.plain(d * 100) + " %" : MapReader.plain(d))
                    : literal instanceof Boolean b ? (b ? "yes" : "no")
                    : literal instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(" or "))
                    : String.valueOf(literal);
            String relation = switch (c.operator()) {
                case BELOW -> "is below";
                case AT_MOST -> "is at most";
                case ABOVE -> "is above";
                case AT_LEAST -> "is at least";
                case IS -> "is";
                case IN -> "is";
            };
            return subject + " " + relation + " " + Markup.escape(value);
        }
        if (condition instanceof Condition.Not not) {
            return "not (" + condition(not.part()) + ")";
        }
        boolean all = condition instanceof Condition.All;
        List<Condition> parts = all ? ((Condition.All) condition).parts() : ((Condition.Any) condition).parts();
        List<String> rendered = new ArrayList<>();
        parts.forEach(p -> rendered.add(condition(p)));
        return (all ? "all of: " : "any of: ") + String.join(all ? "; and " : "; or ", rendered);
    }

    private static String scale(IndicatorDefinition i) {
        return switch (i.scale().type()) {
            case YES_NO -> "yes / no";
            case PERCENT -> "percent, 0–100";
            case MATURITY -> "maturity, 0–5";
            case LIKERT -> "Likert, 1–5";
            case COUNT -> i.scale().unit().en() + ", 0–" + MapReader.plain(i.scale().max());
        };
    }

    private static String scoring(IndicatorDefinition i) {
        Scoring scoring = i.scoring();
        if (scoring == null) {
            return "yes scores 1, no scores 0";
        }
        if (scoring instanceof Scoring.Linear linear) {
            return "0 at " + MapReader.plain(linear.zeroAt()) + ", 1 at " + MapReader.plain(linear.fullAt()) + ", straight line between";
        }
        return ((Scoring.Bands) scoring).bands().stream().map(b -> MapReader.plain(b.from()) + "–" + MapReader.plain(b.to())
                + " scores " + MapReader.plain(b.score())).collect(Collectors.joining("; "));
    }

    private static String source(Citation citation, String entry) {
        String cited = citation == null ? "" : "Source: <a href=\"#source-" + anchor(citation.doc()) + "\">"
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
