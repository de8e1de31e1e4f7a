package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Reason;

/**
 * A what-if as one self-contained HTML document in the diagnosis report's style: inline CSS, no script, nothing
 * fetched; the client's part in plain words and, with the evidence part, where each expected effect comes from.
 */
final class WhatIfHtml {

    /** What the what-if adds to the report's style: a rise in green, a fall in red, the verdict, the bases. */
    private static final String STYLE = """
            .meta{color:#5b6678;font-size:.9em}
            .up{color:#2e8540}.down{color:#c8102e}
            .verdict{font-weight:bold;border-left:5px solid #2e8540;padding:.4em .8em;background:#f0f8f2}
            p.basis{color:#5b6678;font-size:.9em;font-style:italic}
            @media print{section{page-break-before:auto;break-before:auto}}
            """;

    private WhatIfHtml() {
    }

    static String render(WhatIfView v) {
        StringBuilder html = new StringBuilder(32 * 1024);
        HtmlReportRenderer.head(html, v.language(), v.title())
                .append("<style>@page{size:A4;margin:20mm 15mm 18mm 15mm}\n").append(HtmlReportRenderer.STYLE).append(STYLE)
                .append("</style>\n</head>\n<body>\n<header id=\"cover\">\n<h1>").append(e(v.title())).append("</h1>\n<p class=\"meta\">")
                .append(e(v.meta())).append("</p>\n<p>").append(e(v.intro())).append("</p>\n");
        if (v.verdict() != null) {
            html.append("<p class=\"verdict\" id=\"verdict\">").append(e(v.verdict())).append("</p>\n");
        }
        html.append("</header>\n");
        changes(html, v);
        compare(html, v);
        kpis(html, v);
        actions(html, v);
        if (!v.notes().isEmpty()) {
            html.append("<section id=\"notes\">\n<h2>").append(l(v, "section.notes")).append("</h2>\n<ul class=\"findings\">\n");
            v.notes().forEach(n -> html.append("<li>").append(e(n)).append("</li>\n"));
            html.append("</ul>\n</section>\n");
        }
        evidence(html, v);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void changes(StringBuilder html, WhatIfView v) {
        html.append("<section id=\"changes\">\n<h2>").append(l(v, "section.changes")).append("</h2>\n");
        if (v.changes().isEmpty()) {
            html.append("<p>").append(l(v, "changes.none")).append("</p>\n");
        }
        for (WhatIfView.Group group : v.changes()) {
            html.append("<h3>").append(e(group.heading())).append("</h3>\n");
            StringBuilder lines = new StringBuilder();
            for (WhatIfView.Item item : group.items()) {
                if (item.title() == null) {
                    item.lines().forEach(line -> lines.append("<li>").append(e(line)).append("</li>\n"));
                    continue;
                }
                html.append("<article class=\"card\">\n<h3>").append(e(item.title())).append("</h3>\n<ul>\n");
                item.lines().forEach(line -> html.append("<li>").append(e(line)).append("</li>\n"));
                html.append("</ul>\n");
                if (item.basis() != null) {
                    html.append("<p class=\"basis\">").append(e(item.basis())).append("</p>\n");
                }
                html.append("</article>\n");
            }
            if (!lines.isEmpty()) {
                html.append("<ul class=\"changes\">\n").append(lines).append("</ul>\n");
            }
        }
        html.append("</section>\n");
    }

    private static void compare(StringBuilder html, WhatIfView v) {
        HtmlTable table = new HtmlTable("compare", HtmlTable.Column.text(l(v, "compare.item")),
                HtmlTable.Column.number(l(v, "compare.before")), HtmlTable.Column.number(l(v, "compare.after")),
                HtmlTable.Column.number(l(v, "compare.change")));
        for (WhatIfView.ScoreRow row : v.scores()) {
            table.row(null, e(row.label()), binding(row.before(), row.bindingBefore()), binding(row.after(), row.bindingAfter()),
                    direction(row.change()));
        }
        html.append("<section id=\"compare\">\n<h2>").append(l(v, "section.compare")).append("</h2>\n").append(table.html())
                .append("<p class=\"note\">").append(l(v, "compare.note")).append("</p>\n<p class=\"binding\" id=\"binding-move\">")
                .append(e(v.bindingMove())).append("</p>\n<p>").append(e(v.bindingAfter())).append("</p>\n");
        if (v.confidence() != null) {
            html.append("<p>").append(e(v.confidence())).append("</p>\n");
        }
        if (v.bindingWithoutAction() != null) {
            html.append("<p class=\"confidence-level medium\">").append(e(v.bindingWithoutAction())).append("</p>\n");
        }
        html.append("</section>\n");
    }

    /** A score on the binding constraint's side, marked as the binding constraint. */
    private static String binding(String value, boolean binding) {
        return binding ? "<strong>" + e(value) + "</strong>" : e(value);
    }

    /** A change, green when up, red when down; the sign says it too, for print and for colour-blind readers. */
    private static String direction(String change) {
        String css = change.startsWith("+") ? "up" : change.startsWith("−") ? "down" : null;
        return css == null ? e(change) : "<span class=\"" + css + "\">" + e(change) + "</span>";
    }

    private static void kpis(StringBuilder html, WhatIfView v) {
        html.append("<section id=\"kpis\">\n<h2>").append(l(v, "section.kpis")).append("</h2>\n");
        if (!v.kpis().isEmpty()) {
            HtmlTable table = new HtmlTable("kpis", HtmlTable.Column.text("KPI"), HtmlTable.Column.number(l(v, "kpis.before")),
                    HtmlTable.Column.number(l(v, "kpis.after")), HtmlTable.Column.number(l(v, "kpis.target")),
                    HtmlTable.Column.text(l(v, "kpis.severity")));
            v.kpis().forEach(k -> table.row(null, e(k.name()), e(k.before()), e(k.after()), e(k.target()), e(k.severity())));
            html.append(table.html());
        }
        if (v.kpisNote() != null) {
            html.append("<p class=\"note\">").append(e(v.kpisNote())).append("</p>\n");
        }
        html.append("</section>\n");
    }

    private static void actions(StringBuilder html, WhatIfView v) {
        html.append("<section id=\"actions\">\n<h2>").append(l(v, "section.actions")).append("</h2>\n");
        if (v.actions().isEmpty()) {
            html.append("<p>").append(l(v, "actions.none")).append("</p>\n</section>\n");
            return;
        }
        HtmlTable table = new HtmlTable("ranked", HtmlTable.Column.text(l(v, "actions.action")),
                HtmlTable.Column.number(l(v, "actions.rankBefore")), HtmlTable.Column.number(l(v, "actions.rankAfter")),
                HtmlTable.Column.text(l(v, "actions.change")));
        v.actions().forEach(a -> table.row(a.onBindingAfter() ? "binding-row" : null, e(a.title()), e(a.rankBefore()),
                e(a.rankAfter()), e(a.change())));
        html.append("<p>").append(l(v, "actions.intro")).append("</p>\n").append(table.html()).append("</section>\n");
    }

    private static void evidence(StringBuilder html, WhatIfView v) {
        if (v.evidence().isEmpty() && v.bindingReasons().isEmpty()) {
            return;
        }
        html.append("<section id=\"evidence\">\n<h2>").append(l(v, "section.evidence")).append("</h2>\n<p class=\"note\">")
                .append(l(v, "evidence.intro")).append("</p>\n");
        for (WhatIfView.EvidenceItem item : v.evidence()) {
            html.append("<h3>").append(e(item.title())).append(" <code>").append(e(item.id())).append("</code></h3>\n<ul class=\"reasons\">\n");
            item.lines().forEach(line -> html.append("<li>").append(e(line)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h3>").append(l(v, "evidence.binding")).append("</h3>\n<ul class=\"reasons\">\n");
        for (Reason reason : v.bindingReasons()) {
            html.append("<li>").append(e(reason.statement(v.language()))).append(" <span class=\"cite\">[").append(e(reason.rule()))
                    .append(reason.kbEntries().isEmpty() ? "" : "; " + e(String.join(", ", reason.kbEntries()))).append("]</span></li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static String e(String text) {
        return Markup.escape(text);
    }

    private static String l(WhatIfView v, String key) {
        return e(v.label(key));
    }
}
