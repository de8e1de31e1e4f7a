package org.mliadvisor.report;

import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.DimensionSurvey;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.RoadmapPlanStep;
import org.mliadvisor.diagnosis.SurveyFinding;
import org.mliadvisor.diagnosis.WeightRobustness;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.SurveySettings;
import org.mliadvisor.knowledge.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The diagnosis as one self-contained HTML document: inline CSS, SVG and embedded logos, no script,
 * nothing fetched, print styles for A4 with page numbers and a running header. The client's document
 * speaks plain language; the evidence appendix ({@link HtmlEvidence}) holds every rule, fact and
 * knowledge-base entry. It is well-formed XHTML so the PDF renderer can read it.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    private final ReportOptions options;
    private final Wording words;
    private final SvgCharts charts;

    /** The client's document in {@code language}, unbranded. */
    public HtmlReportRenderer(Language language) {
        this(ReportOptions.client(language));
    }

    /** A renderer for the document, language and brand {@code options} name. */
    public HtmlReportRenderer(ReportOptions options) {
        this.options = options;
        this.words = Wording.in(options.language());
        this.charts = new SvgCharts(words, options.brand().accent());
    }

    @Override
    public String render(Analysis analysis) {
        return render(analysis, false);
    }

    /** The document; for the PDF renderer, with the bookmarks it turns into the PDF's outline. */
    String render(Analysis analysis, boolean forPdf) {
        return render(ReportView.of(analysis, options), forPdf);
    }

    /** The document of what {@code view} shows; for the PDF renderer, with the bookmarks of the PDF's outline. */
    String render(ReportView view, boolean forPdf) {
        Diagnosis d = view.diagnosis();
        StringBuilder html = new StringBuilder(96 * 1024);
        String title = options.scope().client() ? words.text("report.title") : words.text("evidence.title");
        head(html, words.language(), title + " · " + d.organization()).append("<style>").append(style(d)).append("</style>\n");
        if (forPdf) {
            html.append("<bookmarks>\n");
            view.sections().forEach(s -> html.append("<bookmark name=\"").append(w(s.titleKey())).append("\" href=\"#")
                    .append(s.id()).append("\"/>\n"));
            html.append("</bookmarks>\n");
        }
        html.append("</head>\n<body>\n");
        if (options.scope().client()) {
            cover(html, d, view.sections());
        } else {
            evidenceCover(html, d);
        }
        for (ReportView.Section section : view.sections()) {
            switch (section) {
                case SUMMARY -> summary(html, view);
                case PROFILE -> profile(html, view);
                case WEIGHTS -> weights(html, view);
                case SURVEY -> survey(html, d);
                case KPIS -> kpis(html, d);
                case ACTIONS -> actions(html, view);
                case ROADMAP -> roadmap(html, view);
                case METHOD -> methodNote(html, view);
                case EVIDENCE -> new HtmlEvidence(words, options.scope() == ReportScope.APPENDIX).render(html, view);
            }
        }
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

    private void cover(StringBuilder html, Diagnosis d, List<ReportView.Section> sections) {
        Brand brand = options.brand();
        html.append("<section class=\"cover\" id=\"cover\">\n");
        if (brand.logo() != null || brand.clientLogo() != null) {
            html.append("<div class=\"logos\">");
            logo(html, brand.clientLogo(), "client-logo", words.text("cover.clientLogo", d.organization()));
            logo(html, brand.logo(), "firm-logo", brand.firm() == null ? words.text("cover.logo")
                    : words.text("cover.firmLogo", brand.firm()));
            html.append("</div>\n");
        }
        html.append("<p class=\"kicker\">").append(w("report.subtitle")).append("</p>\n")
                .append("<h1>").append(w("report.title")).append("</h1>\n<p class=\"organization\">").append(e(d.organization()))
                .append("</p>\n<dl class=\"facts\">\n<dt>").append(w("cover.preparedFor")).append("</dt><dd>")
                .append(e(d.organization())).append("</dd>\n");
        brand.preparedBy().ifPresent(by -> html.append("<dt>").append(w("cover.preparedBy"))
                .append("</dt><dd id=\"prepared-by\">").append(e(by)).append("</dd>\n"));
        html.append("<dt>").append(w("cover.assessedOn")).append("</dt><dd>").append(e(words.date(d.assessedOn())))
                .append("</dd>\n<dt>").append(w("cover.knowledgeBase")).append("</dt><dd>").append(t(d.knowledgeBase().title()))
                .append(" <small>").append(w("cover.knowledgeBaseVersion", d.knowledgeBase().id(), d.knowledgeBase().version()))
                .append("</small></dd>\n</dl>\n<nav class=\"toc\" id=\"contents\">\n<h2>").append(w("cover.contents"))
                .append("</h2>\n<ol>\n");
        sections.forEach(s -> html.append("<li><a href=\"#").append(s.id()).append("\">").append(w(s.titleKey())).append("</a></li>\n"));
        html.append("</ol>\n</nav>\n<p class=\"confidential\">").append(e(confidentiality(d))).append("</p>\n</section>\n");
    }

    private String confidentiality(Diagnosis d) {
        return options.brand().confidentialityOr(words.text("cover.confidential", d.organization()));
    }

    private void logo(StringBuilder html, Brand.Logo logo, String cssClass, String alt) {
        if (logo != null) {
            html.append("<img class=\"").append(cssClass).append("\" src=\"").append(logo.dataUri()).append("\" alt=\"")
                    .append(e(alt)).append("\"/>");
        } else {
            html.append("<span class=\"").append(cssClass).append("\"></span>");
        }
    }

    /** The head of the evidence appendix when it is a file of its own. */
    private void evidenceCover(StringBuilder html, Diagnosis d) {
        html.append("<header class=\"evidence-head\" id=\"cover\">\n<p class=\"kicker\">").append(w("report.title"))
                .append("</p>\n<h1>").append(w("evidence.title")).append("</h1>\n<p class=\"organization\">").append(e(d.organization()))
                .append("</p>\n<p>").append(w("cover.assessedOn")).append(": ").append(e(words.date(d.assessedOn()))).append(" · ")
                .append(w("cover.knowledgeBase")).append(": ").append(t(d.knowledgeBase().title())).append(" (")
                .append(w("cover.knowledgeBaseVersion", d.knowledgeBase().id(), d.knowledgeBase().version())).append(")</p>\n")
                .append("<p class=\"confidential\">").append(e(confidentiality(d))).append("</p>\n</header>\n");
    }

    private void summary(StringBuilder html, ReportView view) {
        Diagnosis d = view.diagnosis();
        html.append("<section id=\"summary\">\n<h2>").append(w("section.summary")).append("</h2>\n<div class=\"summary\">\n")
                .append("<figure class=\"gauge\">").append(charts.gauge(d.mli().headline())).append("<figcaption>")
                .append(w("summary.mli")).append(": ").append(e(words.mliSentence(d))).append("</figcaption></figure>\n<div>\n")
                .append("<p class=\"binding\" id=\"binding-sentence\">").append(e(words.bindingSentence(d))).append("</p>\n")
                .append("<p class=\"confidence\" id=\"confidence\">").append(e(words.confidenceSentence(d))).append(" <a href=\"#verify\">")
                .append(w("confidence.seeChecks")).append("</a></p>\n</div>\n</div>\n");
        if (!view.furthest().isEmpty()) {
            html.append("<h3>").append(w("summary.kpisFurthest")).append("</h3>\n<ul class=\"kpis-furthest\">\n");
            view.furthest().forEach(g -> html.append("<li>").append(e(words.kpiWithDistance(g))).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h3>").append(w("summary.firstWave")).append("</h3>\n");
        if (view.firstWave().isEmpty()) {
            html.append("<p>").append(w("summary.noActions")).append("</p>\n");
        } else {
            html.append("<ol class=\"first-actions\">\n");
            view.firstWave().forEach(r -> html.append("<li value=\"").append(r.rank()).append("\"><a href=\"#action-").append(e(r.id()))
                    .append("\"><strong>").append(t(r.title())).append("</strong></a> <small>")
                    .append(e(words.dimension(r.dimension()))).append(" · ").append(e(words.when(r, d.roadmapMaxWeeks())))
                    .append("</small></li>\n"));
            html.append("</ol>\n");
            if (view.later() > 0) {
                html.append("<p class=\"note\">").append(w("summary.nextWave", view.later())).append("</p>\n");
            }
        }
        view.unaddressed().forEach(u -> html.append("<p class=\"unaddressed\">").append(e(words.unaddressed(u))).append("</p>\n"));
        html.append("</section>\n");
    }

    private void profile(StringBuilder html, ReportView view) {
        Diagnosis d = view.diagnosis();
        html.append("<section id=\"profile\">\n<div class=\"keep\"><h2>").append(w("section.scores")).append("</h2>\n<div class=\"profile\">\n")
                .append("<figure class=\"radar\">").append(charts.radar(d)).append("<figcaption>").append(w("chart.radar.caption"))
                .append("</figcaption></figure>\n");
        HtmlTable table = new HtmlTable("scores", HtmlTable.Column.text(w("scores.dimension")), HtmlTable.Column.number(w("scores.score")),
                HtmlTable.Column.number(w("scores.target")), HtmlTable.Column.number(w("scores.cost")),
                HtmlTable.Column.number(w("scores.answered")));
        for (ReportView.DimensionRow row : view.profile()) {
            DimensionScore s = row.score();
            table.row(row.binding() ? "binding-row" : null, e(words.dimension(row.dimension())),
                    s.sufficient() ? scoreCell(s) : "<em>" + w("scores.insufficient") + "</em>",
                    e(words.score(s.definition().targetScore())),
                    row.cost() == null ? "–" : e(words.number(row.cost(), 1)),
                    w("scores.answeredOf", s.answered(), s.total()));
        }
        html.append("<div>").append(table.html()).append("<p class=\"note\">").append(e(words.weightsSentence(d)))
                .append("</p></div>\n</div></div>\n<div class=\"keep\"><h3>").append(w("section.indicators")).append("</h3>\n<p class=\"note\">")
                .append(w("indicators.intro")).append("</p>\n");
        for (ReportView.IndicatorGroup group : view.indicators()) {
            Dimension dim = group.dimension();
            html.append("<figure class=\"bars\"><figcaption>").append(e(words.dimension(dim))).append("</figcaption>")
                    .append(charts.indicatorBars(dim, group.answered(), group.missing())).append("</figure>\n");
            if (dim == Dimension.S) {
                html.append("</div>\n"); // the heading and its note stay with the first chart
            }
        }
        html.append("</section>\n");
    }

    /**
     * How far the binding constraint holds as the weights move: the sentence, the weight triangle coloured by what
     * binds where with the firm's weights and the nearest change marked, and the weights now and there.
     */
    private void weights(StringBuilder html, ReportView view) {
        WeightRobustness r = view.robustness();
        String sentence = words.robustnessSentence(r, view.diagnosis());
        html.append("<section id=\"weights\">\n<div class=\"keep\"><h2>").append(w("section.weights")).append("</h2>\n<p>")
                .append(w("robustness.intro")).append("</p>\n<p class=\"binding\" id=\"robustness-sentence\">").append(e(sentence))
                .append("</p>\n<div class=\"profile\">\n");
        if (!r.regions().isEmpty()) {
            html.append("<figure class=\"ternary\">").append(charts.ternary(r, sentence)).append("<figcaption>")
                    .append(w("chart.ternary.caption")).append("</figcaption></figure>\n");
        }
        html.append("<div>");
        if (r.flips()) {
            HtmlTable table = new HtmlTable("weights", HtmlTable.Column.text(w("scores.dimension")),
                    HtmlTable.Column.number(w("robustness.table.now")), HtmlTable.Column.number(w("robustness.table.at")));
            for (Dimension dim : Dimension.values()) {
                table.row(view.diagnosis().binding().isBinding(dim) ? "binding-row" : null, e(words.dimension(dim)),
                        e(words.weight(r.weights().of(dim))), e(words.weight(r.at().of(dim))));
            }
            html.append(table.html());
            String shift = words.robustnessShift(r);
            if (shift != null) {
                html.append("<p class=\"note\">").append(e(shift)).append("</p>");
            }
        }
        // the section is one block: a page break between the sentence, the triangle and the table would part them
        html.append("</div>\n</div></div>\n</section>\n");
    }

    /** A dimension's score, with what it rests on when the survey is part of it. */
    private String scoreCell(DimensionScore s) {
        String basis = words.scoreBasis(s);
        return e(words.score(s.score())) + (basis == null ? "" : " <small class=\"basis\">" + e(basis) + "</small>");
    }

    /** What the survey says: who answered, how reliable and how agreed each dimension's answers are, and how each function sees it. */
    private void survey(StringBuilder html, Diagnosis d) {
        if (d.survey() == null) {
            return;
        }
        SurveySettings settings = d.survey().settings();
        html.append("<section id=\"survey\">\n<div class=\"keep\"><h2>").append(w("section.survey")).append("</h2>\n<p>")
                .append(e(words.respondents(d.survey()))).append("</p>\n");
        HtmlTable table = new HtmlTable("survey", HtmlTable.Column.text(w("scores.dimension")),
                HtmlTable.Column.number(w("survey.table.perceived")), HtmlTable.Column.text(w("survey.table.reliability")),
                HtmlTable.Column.text(w("survey.table.agreement")), HtmlTable.Column.text(w("survey.table.gap")));
        for (DimensionSurvey dim : d.survey().dimensions().values()) {
            table.row(null, e(words.dimension(dim.dimension())),
                    dim.perceived().isDefined() ? e(words.score(dim.perceived().value())) : "–",
                    e(words.reliability(dim, settings)), e(words.agreement(dim, settings)), e(words.marketingLogistics(dim)));
        }
        html.append(table.html()).append("</div>\n");
        if (!d.surveyFindings().isEmpty()) {
            // the lead-in is kept with its list, so that it never stands alone at a page's foot
            html.append("<div class=\"keep\"><p>").append(w("survey.findings"))
                    .append("</p>\n<ul class=\"findings\" id=\"survey-findings\">\n");
            for (SurveyFinding f : d.surveyFindings()) {
                html.append("<li><strong>").append(e(words.surveyFindingTitle(f))).append(".</strong> ")
                        .append(e(words.surveyFinding(f))).append("</li>\n");
            }
            html.append("</ul></div>\n");
        }
        html.append("<figure class=\"perception\">")
                .append(charts.perceptionGaps(d.survey(), settings.scalePoints())).append("<figcaption>")
                .append(w("survey.chart.caption", settings.scalePoints())).append("</figcaption></figure>\n<p class=\"note\">")
                .append(w("survey.note", words.number(settings.reliableAlpha(), 2), words.number(settings.agreementRwg(), 2)))
                .append(" ").append(t(settings.reliableAlphaReason())).append("</p>\n</section>\n");
    }

    private void kpis(StringBuilder html, Diagnosis d) {
        // the heading is kept with what follows it, so that a section flowing on from the last never leaves it alone at a page's foot
        html.append("<section id=\"kpis\">\n<div class=\"keep\"><h2>").append(w("section.kpis")).append("</h2>\n");
        if (d.kpiGaps().isEmpty()) {
            html.append("<p>").append(w("kpi.none")).append("</p></div>\n");
        } else {
            html.append("<figure class=\"kpi\">").append(charts.kpiChart(d.kpiGaps())).append("<figcaption>")
                    .append(w("chart.kpi.caption")).append("</figcaption></figure></div>\n");
            HtmlTable table = new HtmlTable("kpis", HtmlTable.Column.text(w("kpi.name")), HtmlTable.Column.number(w("kpi.actual")),
                    HtmlTable.Column.number(w("kpi.target")), HtmlTable.Column.text(w("kpi.distance")),
                    HtmlTable.Column.text(w("kpi.severity")));
            for (KpiGap g : d.kpiGaps()) {
                table.row(null, t(g.name()), e(words.number(g.actual(), 2)), e(words.number(g.target(), 2)),
                        e(words.kpiDistance(g)), "<span class=\"severity " + g.severity().name().toLowerCase(Locale.ROOT) + "\">"
                                + w("kpi.severity." + g.severity().name()) + "</span>");
            }
            html.append(table.html());
        }
        verify(html, d);
        html.append("</section>\n");
    }

    /** The consistency findings as points the client should verify, in plain words. */
    private void verify(StringBuilder html, Diagnosis d) {
        html.append("<h3 id=\"verify\">").append(w("section.verify")).append("</h3>\n<p class=\"confidence-level ")
                .append(d.confidence().level().name().toLowerCase(Locale.ROOT)).append("\">")
                .append(e(words.confidenceSentence(d))).append("</p>\n");
        if (d.consistency().isEmpty()) {
            html.append("<p>").append(w("consistency.none")).append("</p>\n");
            return;
        }
        html.append("<ul class=\"findings\">\n");
        for (ConsistencyFinding f : d.consistency()) {
            html.append("<li><strong>").append(w("consistency.kind." + f.kind().name())).append(".</strong> ")
                    .append(e(words.plain(words.statement(f.reason()))));
            if (d.confidence().loweredBy().contains(f)) {
                html.append(" <span class=\"lowers\">").append(w("consistency.lowers")).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void actions(StringBuilder html, ReportView view) {
        Diagnosis d = view.diagnosis();
        html.append("<section id=\"actions\">\n<div class=\"keep\"><h2>").append(w("section.actions")).append("</h2>\n");
        if (d.recommendations().isEmpty()) {
            html.append("<p>").append(w("intervention.none")).append("</p></div>\n");
        } else {
            html.append("<p>").append(w("actions.intro", d.roadmapMaxWeeks())).append("</p></div>\n");
            HtmlTable table = new HtmlTable("ranked", HtmlTable.Column.number(w("intervention.rank")),
                    HtmlTable.Column.text(w("intervention.title")), HtmlTable.Column.text(w("intervention.dimension")),
                    HtmlTable.Column.text(w("intervention.effort")), HtmlTable.Column.text(w("intervention.weeks")));
            for (Recommendation r : view.firstWave()) {
                table.row(r.onBindingConstraint() ? "binding-row" : null, Integer.toString(r.rank()),
                        "<a href=\"#action-" + e(r.id()) + "\">" + t(r.title()) + "</a>", e(words.dimension(r.dimension())),
                        w("effort." + r.effort().name()), w("intervention.weekSpan", r.fromWeek(), r.toWeek()));
            }
            html.append(table.html()).append("<div class=\"cards\">\n");
            view.firstWave().forEach(r -> card(html, d, r));
            html.append("</div>\n");
            if (!view.nextWave().isEmpty()) {
                html.append("<h3>").append(w("section.nextWave")).append("</h3>\n<p>").append(w("nextWave.intro"))
                        .append("</p>\n<ol class=\"next-wave\">\n");
                view.nextWave().forEach(r -> html.append("<li value=\"").append(r.rank()).append("\">").append(t(r.title())).append(" <small>")
                        .append(e(words.dimension(r.dimension()))).append(" · ").append(w("effort.label", words.text("effort." + r.effort().name())))
                        .append("</small></li>\n"));
                html.append("</ol>\n");
            }
        }
        if (!d.needsData().isEmpty()) {
            html.append("<h3>").append(w("section.needsData")).append("</h3>\n<p>").append(w("intervention.needsDataIntro"))
                    .append("</p>\n<ul class=\"needs-data\">\n");
            for (NeedsData n : d.needsData()) {
                html.append("<li>").append(e(words.needs(d, n))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    /** One first-wave action as a short card that never splits across pages. */
    private void card(StringBuilder html, Diagnosis d, Recommendation r) {
        html.append("<article class=\"card\" id=\"action-").append(e(r.id())).append("\">\n<h3>").append(r.rank()).append(". ")
                .append(t(r.title())).append("</h3>\n<p class=\"meta\">").append(e(words.dimension(r.dimension())));
        if (r.onBindingConstraint()) {
            html.append(" · <strong>").append(w("intervention.onBinding")).append("</strong>");
        }
        html.append(" · ").append(w("effort.label", words.text("effort." + r.effort().name()))).append(" · ")
                .append(e(words.when(r, d.roadmapMaxWeeks()))).append("</p>\n<p>").append(t(r.action())).append("</p>\n")
                .append("<p class=\"why\"><strong>").append(w("why.title")).append(":</strong> ").append(e(words.whyForThisFirm(r)))
                .append("</p>\n");
        for (String before : words.prerequisites(d, r)) {
            html.append("<p class=\"after\">").append(e(before)).append("</p>\n");
        }
        html.append("</article>\n");
    }

    private void roadmap(StringBuilder html, ReportView view) {
        Diagnosis d = view.diagnosis();
        html.append("<section id=\"roadmap\">\n<div class=\"keep\"><h2>").append(w("section.roadmap")).append("</h2>\n<figure class=\"gantt\">")
                .append(charts.gantt(d.roadmap(), d.recommendations(), d.roadmapMaxWeeks())).append("<figcaption>")
                .append(w("chart.gantt.caption", d.roadmapMinWeeks(), d.roadmapMaxWeeks())).append("</figcaption></figure></div>\n");
        HtmlTable table = new HtmlTable("roadmap", HtmlTable.Column.number(w("roadmap.step")).width(6),
                HtmlTable.Column.text(w("roadmap.weeks")).width(9), HtmlTable.Column.text(w("roadmap.what")).width(55),
                HtmlTable.Column.text(w("roadmap.interventions")).width(30));
        for (ReportView.RoadmapRow row : view.roadmap()) {
            RoadmapPlanStep s = row.step();
            String what = "<strong>" + t(s.title()) + "</strong><br/><span class=\"deliverables\">"
                    + s.deliverables().stream().map(this::t).collect(Collectors.joining(" · ")) + "</span>";
            List<String> parts = new ArrayList<>();
            if (!row.actions().isEmpty()) {
                parts.add(row.actions().stream().map(r -> r.rank() + ". " + t(r.title())).collect(Collectors.joining("<br/>")));
            } else if (!row.prepares().isEmpty()) {
                parts.add(w("roadmap.prepares", ReportView.ranks(row.prepares())));
            }
            if (!row.nextWave().isEmpty()) {
                // the next wave is listed by title under the actions; here its ranks say where it goes
                parts.add("<em>" + w("roadmap.nextWaveRanks", ReportView.ranks(row.nextWave())) + "</em>");
            }
            table.row(null, Integer.toString(s.step()), s.fromWeek() + "–" + s.toWeek(), what,
                    parts.isEmpty() ? w("roadmap.nothing") : String.join("<br/>", parts));
        }
        html.append(table.html()).append("</section>\n");
    }

    /** One page on how the diagnosis was made, in words a manager can check. */
    private void methodNote(StringBuilder html, ReportView view) {
        List<String> paragraphs = words.methodNote(view.diagnosis(), view.method());
        html.append("<section id=\"method\">\n<div class=\"keep\"><h2>").append(w("section.methodNote")).append("</h2>\n<p>")
                .append(e(paragraphs.get(0))).append("</p></div>\n");
        for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
            html.append("<p>").append(e(paragraph)).append("</p>\n");
        }
        html.append("</section>\n");
    }

    private String style(Diagnosis d) {
        return printedStyle(words, options.brand().accent(), d.organization(),
                options.scope().client() ? words.text("report.title") : words.text("evidence.title"));
    }

    /**
     * Opens a report document up to its title: the doctype, a policy that lets the document load nothing (its styles
     * and charts are inline), the viewport for phones, and {@code title}.
     */
    static StringBuilder head(StringBuilder html, Language language, String title) {
        return html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(language.code())
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(Markup.escape(title)).append("</title>\n");
    }

    /**
     * The style of a printed report: A4 pages headed by the organization and the document's title (not the cover) and
     * footed by the confidentiality line and the page number, then the report's styles in the brand's accent.
     */
    static String printedStyle(Wording words, String accent, String organization, String documentTitle) {
        // margin boxes do not inherit the body's font: without one named, Cyrillic would print as boxes
        String box = ";font-family:\"DejaVu Sans\",sans-serif;font-size:8pt;color:#5b6678}";
        String page = "@page{size:A4;margin:20mm 15mm 18mm 15mm;"
                + "@top-left{content:" + Markup.cssString(organization) + box
                + "@top-right{content:" + Markup.cssString(documentTitle) + box
                + "@bottom-left{content:" + Markup.cssString(words.text("page.confidential")) + box
                + "@bottom-right{content:" + words.cssContent("page.number", "counter(page)", "counter(pages)") + box + "}\n"
                + "@page:first{@top-left{content:none}@top-right{content:none}}\n";
        // the accent's pale tint backs the binding constraint, as the default blue's does
        return page + STYLE.replace(Brand.DEFAULT_ACCENT, accent).replace(PALE, SvgCharts.tint(accent, 0.92)) + SvgCharts.STYLE;
    }

    /** The default accent's pale tint, in the style below. */
    static final String PALE = "#eef4fc";

    /**
     * Screen and print styles. Print gives A4 pages: the cover stands alone, the sections after it flow
     * on so no page is left half empty, and no heading is left at a page's foot and no card, chart or
     * row is cut in two.
     */
    static final String STYLE = """
            html{-webkit-text-size-adjust:100%}
            body{font-family:"DejaVu Sans","Noto Sans","Segoe UI",Roboto,Arial,sans-serif;font-size:14px;line-height:1.5;color:#1f2a44;margin:0 auto;max-width:60em;padding:0 1.2em 3em;background:#fff;overflow-wrap:break-word}
            h1{font-size:2em;margin:.2em 0 .4em;line-height:1.2}
            h2{font-size:1.4em;border-bottom:3px solid #1c6dd0;padding-bottom:.2em;margin-top:1.6em}
            h3{font-size:1.1em;margin:1.2em 0 .4em}
            .cover{padding:2em 0 1em}
            .logos{display:flex;justify-content:space-between;align-items:center;min-height:1em;margin-bottom:2em}
            .logos img{max-height:56px;max-width:45%}
            .kicker{text-transform:uppercase;letter-spacing:.06em;font-size:.8em;color:#5b6678}
            .organization{font-size:1.5em;font-weight:bold;margin:.2em 0 1em}
            dl.facts dt{font-size:.8em;color:#5b6678;text-transform:uppercase;letter-spacing:.04em;margin-top:.6em}
            dl.facts dd{margin:0}
            nav.toc{margin:2em 0 1em}
            nav.toc h2{font-size:1.1em;border:none;margin:0 0 .3em}
            nav.toc ol{margin:0;padding-left:1.4em}
            nav.toc a{color:inherit;text-decoration:none}
            .confidential{font-size:.85em;color:#5b6678;border-top:1px solid #d5dae3;padding-top:.6em;margin-top:2em}
            .summary{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start}
            .summary>div{flex:1 1 20em}
            .profile{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}
            .profile>figure{flex:0 1 24em}
            .profile>div{flex:1 1 20em}
            .binding{font-size:1.15em;font-weight:bold;border-left:5px solid #1c6dd0;padding:.4em .8em;background:#eef4fc}
            figure{margin:.8em 0;page-break-inside:avoid;break-inside:avoid}
            .keep{page-break-inside:avoid;break-inside:avoid}
            figcaption{font-size:.85em;color:#5b6678;margin-top:.3em}
            figure.bars figcaption{font-weight:bold;color:#1f2a44;margin:0 0 .3em}
            svg{max-width:100%;height:auto}
            table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.92em}
            thead{display:table-header-group}
            tr{page-break-inside:avoid;break-inside:avoid}
            th,td{border-bottom:1px solid #d5dae3;padding:.35em .5em;text-align:left;vertical-align:top}
            th{background:#f0f2f6;font-weight:bold}
            .num{text-align:right}
            .binding-row td{background:#eef4fc}
            small.basis{display:block;color:#5b6678;font-size:.8em}
            .severity{padding:.05em .45em;border-radius:3px;color:#fff;font-size:.85em;white-space:nowrap}
            .severity.on_target{background:#2e8540}.severity.minor{background:#6f8f2a}.severity.moderate{background:#b07d00}.severity.severe{background:#c8102e}
            .confidence{margin:.6em 0}
            .confidence-level{font-weight:bold;border-left:5px solid #2e8540;padding:.3em .8em;background:#f0f8f2}
            .confidence-level.medium{border-color:#b07d00;background:#fdf6e3}.confidence-level.low{border-color:#c8102e;background:#fcebee}
            ul.findings li,ul.reasons li{margin:.3em 0}
            .lowers{padding:.05em .45em;border-radius:3px;color:#fff;background:#b07d00;font-size:.8em;white-space:nowrap}
            article.card{border:1px solid #d5dae3;border-left:4px solid #1c6dd0;border-radius:4px;padding:.2em .9em .4em;margin:.7em 0;page-break-inside:avoid;break-inside:avoid}
            article.card h3{margin:.4em 0 .2em}
            article.card p{margin:.35em 0}
            .meta,.note,.after{color:#5b6678;font-size:.9em}
            .deliverables{font-size:.88em;color:#3b4760}
            .cite{color:#5b6678;font-size:.8em}
            table.reasoning{font-size:.8em}
            code{font-family:"DejaVu Sans Mono",Consolas,"DejaVu Sans",monospace;font-size:.92em}
            a{color:#1c6dd0}
            @media print{
              body{max-width:none;padding:0;font-size:9.5pt;line-height:1.35}
              section{page-break-before:always;break-before:page}
              section.cover{page-break-before:avoid;break-before:avoid;padding-top:15mm}
              section#profile,section#weights,section#survey,section#kpis,section#actions,section#roadmap,section#method{page-break-before:auto;break-before:auto;margin-top:2em}
              h2,h3{page-break-after:avoid;break-after:avoid}
              .summary,.profile{display:table;width:100%}
              .summary>figure,.summary>div,.profile>figure,.profile>div{display:table-cell;vertical-align:top}
              .summary>figure,.profile>figure{width:40%;padding-right:1em}
              table.roadmap{font-size:8pt}
              figure.bars svg{width:88%}
              .profile table{font-size:8pt}
              article.card{font-size:9pt;margin:.5em 0}
              ol.next-wave,ul.needs-data{font-size:8.5pt}
              ol.next-wave li,ul.needs-data li{margin:0}
              h2{margin-top:0}
              body>section:last-child,body>section:last-child>:last-child{margin-bottom:0;padding-bottom:0}
              a{color:inherit;text-decoration:none}
              nav.toc li a::after{content:leader('.') target-counter(attr(href), page)}
              figure.radar svg{width:72mm}
              figure.gauge svg{width:60mm}
              figure.ternary svg{width:78mm}
            }
            @media (max-width:600px){
              .profile>figure,.profile>div{flex:1 1 100%}
              body{font-size:13px;padding:0 .7em 2em}
              h1{font-size:1.5em}
              table.responsive thead{display:none}
              table.responsive,table.responsive tbody,table.responsive tr,table.responsive td{display:block;width:auto}
              table.responsive tr{border-bottom:2px solid #d5dae3;padding:.3em 0}
              table.responsive td{border:none;padding:.15em .2em;text-align:left}
              table.responsive td::before{content:attr(data-label);display:block;font-size:.8em;color:#5b6678}
            }
            """;
}
