package org.mliadvisor.report;

import org.mliadvisor.diagnosis.ProgressPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The progress report as one self-contained HTML document, like the diagnosis report: inline CSS and SVG, no script,
 * nothing fetched, A4 print styles, and on a phone charts one under the other and tables as cards. Each chart carries a
 * title and a description for screen readers, and the tables beside it say what it draws.
 */
final class ProgressHtml {

    private final ReportOptions options;
    private final SvgCharts charts;

    ProgressHtml(ReportOptions options) {
        this.options = options;
        this.charts = new SvgCharts(Wording.in(options.language()), options.brand().accent());
    }

    /** The document; for the PDF renderer, with the bookmarks it turns into the PDF's outline. */
    String render(ProgressView v, boolean forPdf) {
        List<String[]> sections = sections(v);
        StringBuilder html = new StringBuilder(64 * 1024);
        HtmlReportRenderer.head(html, v.words().language(), v.title() + " · " + v.progress().organization())
                .append("<style>").append(style(v)).append("</style>\n");
        if (forPdf) {
            html.append("<bookmarks>\n");
            sections.forEach(s -> html.append("<bookmark name=\"").append(e(s[1])).append("\" href=\"#").append(s[0]).append("\"/>\n"));
            html.append("</bookmarks>\n");
        }
        html.append("</head>\n<body>\n");
        cover(html, v, sections);
        summary(html, v);
        index(html, v);
        kpis(html, v);
        benefits(html, v);
        followThrough(html, v);
        nextWave(html, v);
        notes(html, v);
        method(html, v);
        return html.append("</body>\n</html>\n").toString();
    }

    private static List<String[]> sections(ProgressView v) {
        List<String[]> sections = new ArrayList<>();
        for (String id : List.of("summary", "index", "kpis", "benefits", "followThrough", "nextWave", "notes", "method")) {
            sections.add(new String[] {id, v.words().text("section." + id)});
        }
        return sections;
    }

    private static String e(String text) {
        return Markup.escape(text);
    }

    private void cover(StringBuilder html, ProgressView v, List<String[]> sections) {
        html.append("<section class=\"cover\" id=\"cover\">\n<p class=\"kicker\">").append(e(v.kicker())).append("</p>\n<h1>")
                .append(e(v.title())).append("</h1>\n<p class=\"organization\">").append(e(v.progress().organization()))
                .append("</p>\n<dl class=\"facts\">\n");
        options.brand().preparedBy().ifPresent(by -> html.append("<dt>").append(e(v.words().words().text("cover.preparedBy")))
                .append("</dt><dd id=\"prepared-by\">").append(e(by)).append("</dd>\n"));
        html.append("<dt>").append(e(v.words().text("compared"))).append("</dt><dd>");
        List<ProgressPoint> points = v.progress().points();
        for (int i = 0; i < points.size(); i++) {
            html.append(i == 0 ? "" : " · ").append(e(v.words().date(points.get(i).date())));
        }
        html.append("</dd>\n<dt>").append(e(v.words().words().text("cover.knowledgeBase"))).append("</dt><dd>")
                .append(e(v.knowledgeBase())).append("</dd>\n</dl>\n<nav class=\"toc\" id=\"contents\">\n<h2>")
                .append(e(v.words().words().text("cover.contents"))).append("</h2>\n<ol>\n");
        sections.forEach(s -> html.append("<li><a href=\"#").append(s[0]).append("\">").append(e(s[1])).append("</a></li>\n"));
        html.append("</ol>\n</nav>\n<p class=\"confidential\">").append(e(v.confidentiality(options.brand())))
                .append("</p>\n</section>\n");
    }

    private static void open(StringBuilder html, ProgressView v, String id) {
        // the heading is kept with what follows it, so that it never stands alone at a page's foot
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(e(v.words().text("section." + id))).append("</h2>\n");
    }

    private void summary(StringBuilder html, ProgressView v) {
        open(html, v, "summary");
        List<String> lines = v.summary();
        html.append("<p class=\"binding\" id=\"mli-sentence\">").append(e(lines.get(0))).append("</p>\n<ul class=\"summary-points\">\n");
        lines.subList(1, lines.size()).forEach(line -> html.append("<li>").append(e(line)).append("</li>\n"));
        html.append("</ul>\n</section>\n");
    }

    private void index(StringBuilder html, ProgressView v) {
        open(html, v, "index");
        List<String> dates = v.progress().points().stream().map(pt -> v.words().shortDate(pt.date())).toList();
        html.append("<figure class=\"radar-over-time\">")
                .append(charts.radarOverTime(v.progress().points().stream().map(ProgressPoint::diagnosis).toList(), dates,
                        v.words().text("radar.caption"), v.radarDescription()))
                .append("<figcaption>").append(e(v.words().text("radar.caption"))).append("</figcaption></figure>\n<div class=\"keep\">")
                .append(table("index", v.index(), null)).append("<p class=\"note\">").append(e(v.words().text("index.note")))
                .append("</p></div>\n</section>\n");
    }

    private void kpis(StringBuilder html, ProgressView v) {
        open(html, v, "kpis");
        html.append("<p>").append(e(v.kpisIntro())).append("</p>\n<div class=\"trends\">\n");
        List<ProgressView.KpiChart> kpiCharts = v.charts();
        // two charts a row, as a table in print, where the PDF renderer lays out table cells side by side reliably
        for (int i = 0; i < kpiCharts.size(); i++) {
            ProgressView.KpiChart chart = kpiCharts.get(i);
            html.append(i % 2 == 0 ? "<div class=\"trend-row\">" : "").append("<figure class=\"trend\">")
                    .append(charts.kpiTrend(chart, v.words(), "trend-" + i)).append("<figcaption>").append(e(chart.title()))
                    .append("</figcaption></figure>").append(i % 2 == 1 || i == kpiCharts.size() - 1 ? "</div>\n" : "");
        }
        html.append("</div>\n<div class=\"keep\">").append(table("kpi-paths", v.kpis(), null)).append("</div>\n</section>\n");
    }

    private void benefits(StringBuilder html, ProgressView v) {
        open(html, v, "benefits");
        html.append("<p>").append(e(v.words().text(v.benefits().isEmpty() ? "benefits.none" : "benefits.intro"))).append("</p>\n");
        for (ProgressView.Benefit b : v.benefits()) {
            html.append("<article class=\"benefit\" id=\"benefit-").append(e(b.id())).append("\">\n<h3>").append(e(b.title()))
                    .append("</h3>\n<p class=\"meta\">").append(e(String.join(" ", b.meta()))).append("</p>\n");
            if (b.standing() != null) {
                html.append("<p class=\"standing\">").append(e(b.standing())).append("</p>\n");
            }
            if (b.kpis() != null) {
                List<String> classes = b.verdicts().stream().map(verdict -> "verdict-" + verdict.name().toLowerCase(Locale.ROOT)).toList();
                html.append(table("benefit-kpis", b.kpis(), classes));
            }
            if (b.indicators() != null) {
                html.append(table("benefit-practices", b.indicators(), null));
            }
            html.append("</article>\n");
        }
        html.append("</section>\n");
    }

    private void followThrough(StringBuilder html, ProgressView v) {
        open(html, v, "followThrough");
        html.append("<p>").append(e(v.words().text("follow.intro"))).append("</p>\n").append(table("follow-through",
                v.followThrough(), null)).append("</section>\n");
    }

    private void nextWave(StringBuilder html, ProgressView v) {
        open(html, v, "nextWave");
        List<String> next = v.nextWave();
        if (next.isEmpty()) {
            html.append("<p>").append(e(v.words().text("next.none"))).append("</p>\n");
        } else {
            html.append("<p>").append(e(v.words().text("next.intro"))).append("</p>\n<ol class=\"next-wave\">\n");
            for (int i = 0; i < next.size(); i++) {
                html.append("<li value=\"").append(v.progress().nextWave().get(i).rank()).append("\">").append(e(next.get(i)))
                        .append("</li>\n");
            }
            html.append("</ol>\n");
        }
        v.nextWaveNotes().forEach(n -> html.append("<p class=\"binding-note\">").append(e(n)).append("</p>\n"));
        html.append("</section>\n");
    }

    private void notes(StringBuilder html, ProgressView v) {
        open(html, v, "notes");
        if (v.notes().isEmpty()) {
            html.append("<p>").append(e(v.words().text("notes.none"))).append("</p>\n");
        } else {
            html.append("<p>").append(e(v.words().text("notes.intro"))).append("</p>\n<ul class=\"findings\">\n");
            v.notes().forEach(n -> html.append("<li>").append(e(n)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private void method(StringBuilder html, ProgressView v) {
        open(html, v, "method");
        v.method().forEach(p -> html.append("<p>").append(e(p)).append("</p>\n"));
        html.append("</section>\n");
    }

    /** A view table as a responsive HTML table; {@code lastCellClasses}, when given, classes each row's last cell. */
    private static String table(String cssClass, ProgressView.Table t, List<String> lastCellClasses) {
        HtmlTable.Column[] columns = new HtmlTable.Column[t.headings().size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = t.numeric().get(i) ? HtmlTable.Column.number(e(t.headings().get(i))) : HtmlTable.Column.text(e(t.headings().get(i)));
        }
        HtmlTable table = new HtmlTable(cssClass, columns);
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            String[] cells = row.stream().map(ProgressHtml::e).toArray(String[]::new);
            if (lastCellClasses != null) {
                cells[cells.length - 1] = "<span class=\"verdict " + lastCellClasses.get(r) + "\">" + cells[cells.length - 1] + "</span>";
            }
            table.row(null, cells);
        }
        return table.html();
    }

    private String style(ProgressView v) {
        String accent = options.brand().accent();
        return HtmlReportRenderer.printedStyle(v.words().words(), accent, v.progress().organization(), v.title())
                + STYLE.replace(Brand.DEFAULT_ACCENT, accent);
    }

    /** What the progress report adds to the diagnosis report's styles: its charts side by side, its action cards, its verdicts. */
    private static final String STYLE = """
            .trends{margin:.6em 0}
            .trend-row{display:flex;gap:4%}
            .trend-row figure.trend{flex:0 0 48%;margin:.3em 0 .8em}
            .trends figure.trend svg{width:100%}
            figure.radar-over-time{max-width:26em}
            figure.radar-over-time svg{width:100%}
            ul.summary-points li{margin:.3em 0}
            article.benefit{border:1px solid #d5dae3;border-left:4px solid #1c6dd0;border-radius:4px;padding:.2em .9em .5em;margin:.8em 0;page-break-inside:avoid;break-inside:avoid}
            article.benefit h3{margin:.4em 0 .2em}
            .standing{font-weight:bold}
            .binding-note{border-left:5px solid #b07d00;padding:.3em .8em;background:#fdf6e3}
            .verdict{font-weight:bold;white-space:nowrap}
            table.index td.num{white-space:nowrap}
            .verdict.verdict-delivered{color:#2e8540}.verdict.verdict-partly{color:#8a6500}.verdict.verdict-not_yet{color:#c8102e}
            .verdict.verdict-improved{color:#2e8540}.verdict.verdict-too_early,.verdict.verdict-not_measured{color:#5b6678}
            @media print{
              section#index,section#kpis,section#benefits,section#followThrough,section#nextWave,section#notes,section#method{page-break-before:auto;break-before:auto;margin-top:2em}
              figure.radar-over-time svg{width:75mm}
              .trend-row{display:table;width:100%;table-layout:fixed}
              .trend-row figure.trend{display:table-cell;width:50%;vertical-align:top;padding-right:4mm}
              .trends figure.trend svg{width:80mm;height:auto}
              article.benefit{font-size:9pt}
              table.benefit-kpis,table.benefit-practices,table.kpi-paths,table.follow-through{font-size:8pt}
            }
            @media (max-width:600px){
              .trend-row{display:block}
              figure.radar-over-time{max-width:none}
              .trend-row figure.trend{margin:.4em 0 1em}
              .verdict{white-space:normal}
            }
            """;
}
