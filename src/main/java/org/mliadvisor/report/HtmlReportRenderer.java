package org.mliadvisor.report;

import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.DimensionShortfall;
import org.mliadvisor.diagnosis.IndicatorScore;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.RoadmapPlanStep;
import org.mliadvisor.diagnosis.UndecidedGate;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The diagnosis as one self-contained HTML document for the client: inline CSS and SVG, no script,
 * nothing fetched, print styles for A4. It is well-formed XHTML so the PDF renderer can read it.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    private final Wording words;
    private final SvgCharts charts;

    /** A renderer writing in {@code language}. */
    public HtmlReportRenderer(Language language) {
        this.words = Wording.in(language);
        this.charts = new SvgCharts(words);
    }

    @Override
    public String render(Diagnosis d) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(words.language().code())
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(e(words.text("report.title") + " · " + d.organization())).append("</title>\n<style>")
                .append(STYLE).append(SvgCharts.STYLE).append("</style>\n</head>\n<body>\n");
        cover(html, d);
        summary(html, d);
        profile(html, d);
        kpis(html, d);
        consistency(html, d);
        findings(html, d);
        interventions(html, d);
        roadmap(html, d);
        appendix(html, d);
        return html.append("</body>\n</html>\n").toString();
    }

    private String e(String text) {
        return Markup.escape(text);
    }

    private String t(Text text) {
        return e(text.in(words.language()).strip());
    }

    private String w(String key, Object... args) {
        return e(words.text(key, args));
    }

    private void cover(StringBuilder html, Diagnosis d) {
        html.append("<section class=\"cover\" id=\"cover\">\n<p class=\"kicker\">").append(w("report.subtitle")).append("</p>\n")
                .append("<h1>").append(w("report.title")).append("</h1>\n<p class=\"organization\">").append(e(d.organization()))
                .append("</p>\n<dl class=\"facts\">\n<dt>").append(w("cover.assessedOn")).append("</dt><dd>")
                .append(e(words.date(d.assessedOn()))).append("</dd>\n<dt>").append(w("cover.knowledgeBase")).append("</dt><dd>")
                .append(t(d.knowledgeBase().title())).append("<br/><small>")
                .append(w("cover.knowledgeBaseVersion", d.knowledgeBase().id(), d.knowledgeBase().version()))
                .append("</small></dd>\n</dl>\n</section>\n");
    }

    private void summary(StringBuilder html, Diagnosis d) {
        html.append("<section id=\"summary\">\n<h2>").append(w("section.summary")).append("</h2>\n<div class=\"summary\">\n")
                .append("<figure class=\"gauge\">").append(charts.gauge(d.mli().headline())).append("<figcaption>")
                .append(w("summary.mli")).append(": ");
        if (d.mli().headline() != null) {
            html.append(w("mli.outOf", words.number(d.mli().headline() * 100, 1)));
        } else if (d.mli().partial() != null) {
            html.append(w("mli.partial", words.number(d.mli().partial() * 100, 1), MarkdownReportRenderer.covered(d)));
        } else {
            html.append(w("mli.absent", words.statement(d.mli().reason())));
        }
        html.append("</figcaption></figure>\n<div>\n<h3>").append(w("summary.binding")).append("</h3>\n")
                .append("<p class=\"binding\" id=\"binding-sentence\">").append(e(words.bindingSentence(d))).append("</p>\n")
                .append("<p class=\"confidence\" id=\"confidence\">").append(w("summary.confidence")).append(": <strong>")
                .append(w("confidence." + d.confidence().level().name())).append("</strong> (<a href=\"#consistency\">")
                .append(w("confidence.seeChecks")).append("</a>)</p>\n<h3>")
                .append(w("summary.firstActions")).append("</h3>\n");
        List<Recommendation> top = d.recommendations().stream().limit(3).toList();
        if (top.isEmpty()) {
            html.append("<p>").append(w("summary.noActions")).append("</p>\n");
        } else {
            html.append("<ol class=\"first-actions\">\n");
            top.forEach(r -> html.append("<li><strong>").append(t(r.title())).append("</strong> <small>")
                    .append(e(words.dimension(r.dimension()))).append(" · ")
                    .append(e(words.when(r, d.roadmapMaxWeeks()))).append("</small></li>\n"));
            html.append("</ol>\n");
        }
        html.append("</div>\n</div>\n</section>\n");
    }

    private void profile(StringBuilder html, Diagnosis d) {
        html.append("<section id=\"profile\">\n<h2>").append(w("section.scores")).append("</h2>\n<figure class=\"radar\">")
                .append(charts.radar(d)).append("<figcaption>").append(w("chart.radar.caption")).append("</figcaption></figure>\n")
                .append("<div class=\"table\"><table>\n<thead><tr><th>").append(w("scores.dimension")).append("</th><th class=\"num\">")
                .append(w("scores.score")).append("</th><th class=\"num\">").append(w("scores.target")).append("</th><th class=\"num\">")
                .append(w("scores.weight")).append("</th><th class=\"num\">").append(w("scores.shortfall"))
                .append("</th><th class=\"num\">").append(w("scores.answered")).append("</th></tr></thead>\n<tbody>\n");
        for (Dimension dim : Dimension.values()) {
            DimensionScore s = d.dimensions().get(dim);
            DimensionShortfall shortfall = d.shortfalls().get(dim);
            html.append("<tr").append(d.binding().isBinding(dim) ? " class=\"binding-row\"" : "").append("><td>").append(dim)
                    .append(" · ").append(e(words.dimension(dim))).append("</td><td class=\"num\">")
                    .append(s.sufficient() ? e(words.number(s.score(), 2)) : "<em>" + w("scores.insufficient") + "</em>")
                    .append("</td><td class=\"num\">").append(e(words.number(s.definition().targetScore(), 2)))
                    .append("</td><td class=\"num\">").append(e(words.number(s.weight(), 2))).append("</td><td class=\"num\">")
                    .append(shortfall == null ? "–" : e(words.number(shortfall.shortfall(), 3))).append("</td><td class=\"num\">")
                    .append(w("scores.answeredOf", s.answered(), s.total())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n<p class=\"note\">")
                .append(d.weights().fromAssessment() ? w("scores.weightsFromAssessment") : e(words.statement(d.weights().reason()))).append("</p>\n")
                .append("<h3>").append(w("section.indicators")).append("</h3>\n");
        for (Dimension dim : Dimension.values()) {
            List<IndicatorScore> answered = d.indicatorScores().stream().filter(s -> s.dimension() == dim).toList();
            List<IndicatorDefinition> missing = d.unanswered().stream().filter(i -> i.dimension() == dim).toList();
            html.append("<figure class=\"bars\"><figcaption>").append(dim).append(" · ").append(e(words.dimension(dim)))
                    .append("</figcaption>").append(charts.indicatorBars(dim, answered, missing)).append("</figure>\n");
        }
        html.append("</section>\n");
    }

    private void kpis(StringBuilder html, Diagnosis d) {
        html.append("<section id=\"kpis\">\n<h2>").append(w("section.kpis")).append("</h2>\n");
        if (d.kpiGaps().isEmpty()) {
            html.append("<p>").append(w("kpi.none")).append("</p>\n</section>\n");
            return;
        }
        html.append("<figure class=\"kpi\">").append(charts.kpiChart(d.kpiGaps())).append("<figcaption>")
                .append(w("chart.kpi.caption")).append("</figcaption></figure>\n<div class=\"table\"><table>\n<thead><tr><th>")
                .append(w("kpi.name")).append("</th><th class=\"num\">").append(w("kpi.actual")).append("</th><th class=\"num\">")
                .append(w("kpi.target")).append("</th><th>").append(w("kpi.better")).append("</th><th class=\"num\">")
                .append(w("kpi.gap")).append("</th><th>").append(w("kpi.severity")).append("</th></tr></thead>\n<tbody>\n");
        for (KpiGap g : d.kpiGaps()) {
            html.append("<tr><td>").append(t(g.name())).append("</td><td class=\"num\">").append(e(words.number(g.actual(), 2)))
                    .append("</td><td class=\"num\">").append(e(words.number(g.target(), 2))).append("</td><td>")
                    .append(w("kpi.better." + g.better().name())).append("</td><td class=\"num\">")
                    .append(g.gap() <= 0 ? "–" : e(words.percent(g.gap()))).append("</td><td><span class=\"severity ")
                    .append(g.severity().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                    .append(w("kpi.severity." + g.severity().name())).append("</span></td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    /** The findings in plain words for the client; their rules, facts and entries are in the appendix. */
    private void consistency(StringBuilder html, Diagnosis d) {
        html.append("<section id=\"consistency\">\n<h2>").append(w("section.consistency")).append("</h2>\n<p>")
                .append(w("consistency.intro")).append("</p>\n<p class=\"confidence-level ")
                .append(d.confidence().level().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                .append(e(words.confidenceSentence(d))).append("</p>\n");
        if (d.consistency().isEmpty()) {
            html.append("<p>").append(w("consistency.none")).append("</p>\n</section>\n");
            return;
        }
        html.append("<ul class=\"findings\">\n");
        for (ConsistencyFinding f : d.consistency()) {
            html.append("<li><strong>").append(w("consistency.kind." + f.kind().name())).append(".</strong> ")
                    .append(prose(words.statement(f.reason())));
            if (d.confidence().loweredBy().contains(f)) {
                html.append(" <span class=\"lowers\">").append(w("consistency.lowers")).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void findings(StringBuilder html, Diagnosis d) {
        html.append("<section id=\"findings\">\n<h2>").append(w("section.findings")).append("</h2>\n<h3>")
                .append(w("findings.binding")).append("</h3>\n<ul class=\"reasons\">\n");
        BindingOutcome b = d.binding();
        b.reasons().forEach(r -> reason(html, r));
        d.undecidedGates().stream().map(UndecidedGate::reason).forEach(r -> reason(html, r));
        html.append("</ul>\n");
        List<KpiGap> shortOfTarget = d.kpiGaps().stream().filter(g -> g.gap() > 0).toList();
        if (!shortOfTarget.isEmpty()) {
            html.append("<h3>").append(w("findings.kpiGaps")).append("</h3>\n<ul class=\"reasons\">\n");
            shortOfTarget.forEach(g -> reason(html, g.reason()));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private void reason(StringBuilder html, Reason reason) {
        html.append("<li>").append(prose(words.statement(reason))).append(" <small class=\"cite\">").append(e(cite(reason)))
                .append("</small></li>\n");
    }

    /** A statement with its `quoted` ids set as code, the way the Markdown report shows them. */
    private String prose(String statement) {
        return CODE_SPAN.matcher(e(statement)).replaceAll("<code>$1</code>");
    }

    private static final java.util.regex.Pattern CODE_SPAN = java.util.regex.Pattern.compile("`([^`<>]+)`");

    private static String cite(Reason reason) {
        List<String> parts = new ArrayList<>();
        parts.add(reason.rule());
        parts.addAll(reason.kbEntries());
        return "[" + String.join("; ", parts) + "]";
    }

    private void interventions(StringBuilder html, Diagnosis d) {
        html.append("<section id=\"interventions\">\n<h2>").append(w("section.interventions")).append("</h2>\n");
        if (d.recommendations().isEmpty()) {
            html.append("<p>").append(w("intervention.none")).append("</p>\n");
        } else {
            html.append("<div class=\"table\"><table class=\"ranked\">\n<thead><tr><th class=\"num\">").append(w("intervention.rank"))
                    .append("</th><th>").append(w("intervention.title")).append("</th><th>").append(w("intervention.dimension"))
                    .append("</th><th>").append(w("intervention.kpisMoved")).append("</th><th>").append(w("intervention.effort"))
                    .append("</th><th>").append(w("intervention.weeks")).append("</th><th>").append(w("intervention.step"))
                    .append("</th></tr></thead>\n<tbody>\n");
            for (Recommendation r : d.recommendations()) {
                html.append("<tr").append(r.onBindingConstraint() ? " class=\"binding-row\"" : "").append("><td class=\"num\">")
                        .append(r.rank()).append("</td><td><a href=\"#intervention-").append(e(r.id())).append("\">")
                        .append(t(r.title())).append("</a></td><td>").append(r.dimension()).append("</td><td>")
                        .append(r.kpisMoved().stream().map(k -> t(d.kpiName(k))).collect(Collectors.joining(", ")))
                        .append("</td><td>").append(w("effort." + r.effort().name())).append("</td><td>")
                        .append(w("intervention.weeksToImpact", r.weeksToImpact())).append("</td><td>")
                        .append(e(words.when(r, d.roadmapMaxWeeks()))).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
            for (Recommendation r : d.recommendations()) {
                html.append("<article class=\"intervention\" id=\"intervention-").append(e(r.id())).append("\">\n<h3>")
                        .append(r.rank()).append(". ").append(t(r.title())).append("</h3>\n<p class=\"meta\">")
                        .append(e(words.dimension(r.dimension())));
                if (r.onBindingConstraint()) {
                    html.append(" · <strong>").append(w("intervention.onBinding")).append("</strong>");
                }
                html.append(" · ").append(w("intervention.effort")).append(": ").append(w("effort." + r.effort().name()))
                        .append(" · ").append(e(words.when(r, d.roadmapMaxWeeks())))
                        .append("</p>\n<p>").append(t(r.action())).append("</p>\n<h4>").append(w("intervention.why"))
                        .append("</h4>\n<ul class=\"reasons\">\n");
                r.because().forEach(reason -> reason(html, reason));
                html.append("</ul>\n<p class=\"rationale\"><strong>").append(w("intervention.rationale")).append(":</strong> ")
                        .append(t(r.rationale()));
                if (r.citation() != null) {
                    html.append(" <small>(").append(w("intervention.source")).append(": ").append(e(r.citation().toString()))
                            .append(")</small>");
                }
                html.append("</p>\n</article>\n");
            }
        }
        if (!d.needsData().isEmpty()) {
            html.append("<h3>").append(w("section.needsData")).append("</h3>\n<p>").append(w("intervention.needsDataIntro"))
                    .append("</p>\n<ul class=\"reasons\">\n");
            for (NeedsData n : d.needsData()) {
                reason(html, n.reason());
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    /** The ranked titles of the given recommendations, one per line. */
    private String titles(List<String> ids, Map<String, Recommendation> byId) {
        return ids.stream().map(id -> byId.get(id).rank() + ". " + t(byId.get(id).title())).collect(Collectors.joining("<br/>"));
    }

    private void roadmap(StringBuilder html, Diagnosis d) {
        html.append("<section id=\"roadmap\">\n<h2>").append(w("section.roadmap")).append("</h2>\n<figure class=\"gantt\">")
                .append(charts.gantt(d.roadmap(), d.recommendations(), d.roadmapMaxWeeks())).append("<figcaption>")
                .append(w("chart.gantt.caption", d.roadmapMinWeeks(), d.roadmapMaxWeeks())).append("</figcaption></figure>\n")
                .append("<div class=\"table\"><table>\n<thead><tr><th class=\"num\">").append(w("roadmap.step")).append("</th><th>")
                .append(w("roadmap.weeks")).append("</th><th>").append(w("roadmap.what")).append("</th><th>")
                .append(w("roadmap.interventions")).append("</th></tr></thead>\n<tbody>\n");
        Map<String, Recommendation> byId = d.recommendations().stream()
                .collect(Collectors.toMap(Recommendation::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        for (RoadmapPlanStep s : d.roadmap()) {
            html.append("<tr><td class=\"num\">").append(s.step()).append("</td><td>").append(s.fromWeek()).append('–')
                    .append(s.toWeek()).append("</td><td><strong>").append(t(s.title())).append("</strong><ul class=\"deliverables\">");
            s.deliverables().forEach(del -> html.append("<li>").append(t(del)).append("</li>"));
            List<String> parts = new ArrayList<>();
            if (!s.recommendations().isEmpty()) {
                parts.add(titles(s.recommendations(), byId));
            } else if (!s.prepares().isEmpty()) {
                parts.add(w("roadmap.prepares", "") + "<br/>" + titles(s.prepares(), byId));
            }
            if (!s.nextWave().isEmpty()) {
                parts.add("<em>" + w("roadmap.nextWave", "") + "</em><br/>" + titles(s.nextWave(), byId));
            }
            html.append("</ul></td><td>").append(parts.isEmpty() ? w("roadmap.nothing") : String.join("<br/>", parts))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private void appendix(StringBuilder html, Diagnosis d) {
        html.append("<section id=\"appendix\">\n<h2>").append(w("section.appendix")).append("</h2>\n<h3>")
                .append(w("section.reasoning")).append("</h3>\n<div class=\"table\"><table class=\"reasoning\">\n<thead><tr><th>")
                .append(w("appendix.rule")).append("</th><th>").append(w("section.findings")).append("</th><th>")
                .append(w("appendix.read")).append("</th><th>").append(w("appendix.kb")).append("</th></tr></thead>\n<tbody>\n");
        List<Reason> all = new ArrayList<>();
        all.add(d.weights().reason());
        d.indicatorScores().forEach(s -> all.add(s.reason()));
        java.util.Arrays.stream(Dimension.values()).forEach(dim -> all.add(d.dimensions().get(dim).reason()));
        all.add(d.mli().reason());
        d.kpiGaps().forEach(g -> all.add(g.reason()));
        all.addAll(d.binding().reasons());
        d.recommendations().forEach(r -> all.addAll(r.because()));
        d.needsData().forEach(n -> all.add(n.reason()));
        d.consistency().forEach(f -> all.add(f.reason()));
        all.add(d.confidence().reason());
        for (Reason r : all) {
            html.append("<tr><td><code class=\"rule\">").append(e(r.rule())).append("</code></td><td>").append(prose(words.statement(r)))
                    .append("</td><td>").append(r.facts().entrySet().stream().map(f -> "<code>" + e(f.getKey()) + "</code> = "
                            + e(f.getValue())).collect(Collectors.joining("<br/>")))
                    .append("</td><td>").append(r.kbEntries().stream().map(this::e)
                            .collect(Collectors.joining("<br/>"))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n<h3>").append(w("section.coverage")).append("</h3>\n<ul>\n");
        int answered = d.indicatorScores().size();
        html.append("<li>").append(w("coverage.indicators", answered, answered + d.unanswered().size())).append("</li>\n");
        for (Dimension dim : Dimension.values()) {
            DimensionScore s = d.dimensions().get(dim);
            html.append("<li>").append(w("coverage.dimension", words.dimension(dim), s.answered(), s.total(),
                    s.method().minAnsweredPerDimension())).append("</li>\n");
        }
        html.append("<li>").append(w("coverage.kpis", d.kpiGaps().size(), d.kpis().size())).append("</li>\n");
        if (!d.unanswered().isEmpty()) {
            html.append("<li>").append(w("coverage.unanswered", d.unanswered().stream()
                    .map(i -> i.id() + " (" + i.name().in(words.language()) + ")").collect(Collectors.joining(", "))))
                    .append("</li>\n");
        }
        html.append("</ul>\n<h3>").append(w("section.method")).append("</h3>\n<p>").append(w("method.formula")).append("</p>\n<p>")
                .append(w("method.weights", words.number(d.weights().of(Dimension.S), 3), words.number(d.weights().of(Dimension.T), 3),
                        words.number(d.weights().of(Dimension.R), 3))).append("</p>\n<p>")
                .append(w("method.binding", words.number(d.dimensions().get(Dimension.S).method().nearTieMargin(), 3)))
                .append("</p>\n<p>").append(w("method.ranking")).append("</p>\n<p>")
                .append(w("method.roadmap", d.dimensions().get(Dimension.S).method().firstWaveSize(),
                        d.dimensions().get(Dimension.S).method().highEffortAtOnce()))
                .append("</p>\n<p>").append(w("method.evidence", d.dimensions().get(Dimension.S).method().minAnsweredPerDimension(),
                        d.dimensions().get(Dimension.S).method().minAnsweredReason().in(words.language()).strip()))
                .append("</p>\n<p>").append(w("method.knowledgeBase", d.knowledgeBase().title().in(words.language()),
                        d.knowledgeBase().id(), d.knowledgeBase().version(), d.knowledgeBase().location())).append("</p>\n")
                .append("</section>\n");
    }

    /** Screen and print styles; print gives A4 pages with each main section on a new page and no row cut in two. */
    private static final String STYLE = """
            @page{size:A4;margin:16mm 14mm 18mm 14mm}
            html{-webkit-text-size-adjust:100%}
            body{font-family:"DejaVu Sans","Noto Sans","Segoe UI",Roboto,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2a44;margin:0 auto;max-width:60em;padding:0 1.2em 3em;background:#fff}
            h1{font-size:2em;margin:.2em 0 .4em;line-height:1.2}
            h2{font-size:1.4em;border-bottom:3px solid #1c6dd0;padding-bottom:.2em;margin-top:1.6em}
            h3{font-size:1.1em;margin:1.2em 0 .4em}
            h4{font-size:1em;margin:.8em 0 .3em}
            .cover{padding:3em 0 2em;border-bottom:1px solid #d5dae3}
            .kicker{text-transform:uppercase;letter-spacing:.06em;font-size:.8em;color:#5b6678}
            .organization{font-size:1.5em;font-weight:bold;margin:.2em 0 1em}
            dl.facts dt{font-size:.8em;color:#5b6678;text-transform:uppercase;letter-spacing:.04em;margin-top:.8em}
            dl.facts dd{margin:0}
            .summary{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
            .summary>div{flex:1 1 22em}
            .binding{font-size:1.15em;font-weight:bold;border-left:5px solid #1c6dd0;padding:.4em .8em;background:#eef4fc}
            figure{margin:1em 0;page-break-inside:avoid;break-inside:avoid}
            figcaption{font-size:.85em;color:#5b6678;margin-top:.3em}
            figure.bars figcaption{font-weight:bold;color:#1f2a44;margin:0 0 .3em}
            svg{max-width:100%;height:auto}
            .table{overflow-x:auto}
            table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.92em}
            thead{display:table-header-group}
            tr{page-break-inside:avoid;break-inside:avoid}
            th,td{border-bottom:1px solid #d5dae3;padding:.35em .5em;text-align:left;vertical-align:top}
            th{background:#f0f2f6;font-weight:bold}
            .num{text-align:right;white-space:nowrap}
            .binding-row td{background:#eef4fc}
            .severity{padding:.05em .45em;border-radius:3px;color:#fff;font-size:.85em;white-space:nowrap}
            .severity.on_target{background:#2e8540}.severity.minor{background:#6f8f2a}.severity.moderate{background:#b07d00}.severity.severe{background:#c8102e}
            ul.reasons li{margin:.3em 0}
            .confidence{margin:.6em 0}
            .confidence-level{font-weight:bold;border-left:5px solid #2e8540;padding:.3em .8em;background:#f0f8f2}
            .confidence-level.medium{border-color:#b07d00;background:#fdf6e3}.confidence-level.low{border-color:#c8102e;background:#fcebee}
            ul.findings li{margin:.4em 0}
            .lowers{padding:.05em .45em;border-radius:3px;color:#fff;background:#b07d00;font-size:.8em;white-space:nowrap}
            .cite{color:#5b6678;font-size:.8em;overflow-wrap:break-word}
            article.intervention{border:1px solid #d5dae3;border-radius:6px;padding:.4em 1em .8em;margin:1em 0;page-break-inside:avoid;break-inside:avoid}
            .meta{color:#5b6678;font-size:.9em}
            .note{color:#5b6678;font-size:.9em}
            ul.deliverables{margin:.2em 0 0;padding-left:1.2em;font-size:.92em}
            table.reasoning{font-size:.8em}
            table.reasoning td{overflow-wrap:break-word}
            code.rule{white-space:nowrap}
            code{font-family:"DejaVu Sans Mono",Consolas,"DejaVu Sans",monospace;font-size:.92em}
            a{color:#1c6dd0}
            @media print{
              body{max-width:none;padding:0;font-size:10.5pt}
              section{page-break-before:always;break-before:page}
              section.cover{page-break-before:avoid;break-before:avoid;border:none;padding-top:30mm}
              a{color:inherit;text-decoration:none}
              .table{overflow:visible}
            }
            @media (max-width:600px){
              body{font-size:13px;padding:0 .7em 2em}
              h1{font-size:1.5em}
              th,td{padding:.3em}
            }
            """;
}
