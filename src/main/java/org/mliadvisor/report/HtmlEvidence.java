package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.IndicatorScore;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.UndecidedGate;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The evidence appendix of the HTML report, for the consultant and for audit: each conclusion with the
 * rule that drew it, the facts it read and the knowledge-base entries ({@code file:line}) it rests on.
 */
final class HtmlEvidence {

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`<>]+)`");

    private final Wording words;
    private final boolean alone;

    /** With {@code alone}, the appendix is a document of its own and starts without a page break. */
    HtmlEvidence(Wording words, boolean alone) {
        this.words = words;
        this.alone = alone;
    }

    private String e(String text) {
        return Markup.escape(text);
    }

    private String w(String key, Object... args) {
        return e(words.text(key, args));
    }

    void render(StringBuilder html, ReportView view) {
        Diagnosis d = view.diagnosis();
        html.append("<section id=\"evidence\" class=\"evidence").append(alone ? " alone" : "").append("\">\n<h2>")
                .append(w("section.evidence")).append("</h2>\n<p class=\"note\">").append(w("evidence.intro")).append("</p>\n");
        html.append("<h3>").append(w("findings.binding")).append("</h3>\n<ul class=\"reasons\">\n");
        d.binding().reasons().forEach(r -> reason(html, r));
        d.undecidedGates().stream().map(UndecidedGate::reason).forEach(r -> reason(html, r));
        html.append("</ul>\n");
        List<KpiGap> shortOfTarget = d.kpiGaps().stream().filter(g -> g.gap() > 0).toList();
        if (!shortOfTarget.isEmpty()) {
            html.append("<h3>").append(w("findings.kpiGaps")).append("</h3>\n<ul class=\"reasons\">\n");
            shortOfTarget.forEach(g -> reason(html, g.reason()));
            html.append("</ul>\n");
        }
        if (!d.surveyFindings().isEmpty()) {
            html.append("<h3>").append(w("section.surveyFindings")).append("</h3>\n<ul class=\"reasons\">\n");
            d.surveyFindings().forEach(f -> reason(html, f.reason()));
            html.append("</ul>\n");
        }
        if (!d.consistency().isEmpty()) {
            html.append("<h3>").append(w("section.consistency")).append("</h3>\n<ul class=\"reasons\">\n");
            d.consistency().forEach(f -> reason(html, f.reason()));
            reason(html, d.confidence().reason());
            html.append("</ul>\n");
        }
        interventions(html, d);
        reasoning(html, d);
        coverage(html, d);
        method(html, view);
        html.append("</section>\n");
    }

    private void interventions(StringBuilder html, Diagnosis d) {
        html.append("<h3>").append(w("section.interventions")).append("</h3>\n");
        if (d.recommendations().isEmpty()) {
            html.append("<p>").append(w("intervention.none")).append("</p>\n");
        }
        for (Recommendation r : d.recommendations()) {
            html.append("<article class=\"evidence-item\" id=\"evidence-").append(e(r.id())).append("\">\n<h4>").append(r.rank())
                    .append(". ").append(e(r.title().in(words.language()).strip())).append(" <code>").append(e(r.id()))
                    .append("</code></h4>\n<ul class=\"reasons\">\n");
            r.because().forEach(reason -> reason(html, reason));
            html.append("</ul>\n<p class=\"rationale\"><strong>").append(w("intervention.rationale")).append(":</strong> ")
                    .append(e(r.rationale().in(words.language()).strip()));
            if (r.citation() != null) {
                html.append(" <small>(").append(w("intervention.source")).append(": ").append(e(r.citation().toString()))
                        .append(")</small>");
            }
            html.append("</p>\n</article>\n");
        }
        if (!d.needsData().isEmpty()) {
            html.append("<h4>").append(w("section.needsData")).append("</h4>\n<ul class=\"reasons\">\n");
            for (NeedsData n : d.needsData()) {
                reason(html, n.reason());
            }
            html.append("</ul>\n");
        }
    }

    private void reasoning(StringBuilder html, Diagnosis d) {
        html.append("<h3>").append(w("section.reasoning")).append("</h3>\n");
        HtmlTable table = new HtmlTable("reasoning", HtmlTable.Column.text(w("appendix.rule")),
                HtmlTable.Column.text(w("appendix.finding")), HtmlTable.Column.text(w("appendix.read")),
                HtmlTable.Column.text(w("appendix.kb")));
        for (Reason r : ReportEvidence.reasons(d)) {
            table.row(null, "<code class=\"rule\">" + e(r.rule()) + "</code>", prose(words.statement(r)),
                    r.facts().entrySet().stream().map(f -> "<code>" + e(f.getKey()) + "</code> = " + e(f.getValue()))
                            .collect(Collectors.joining("<br/>")),
                    r.kbEntries().stream().map(this::e).collect(Collectors.joining("<br/>")));
        }
        html.append(table.html());
    }

    private void coverage(StringBuilder html, Diagnosis d) {
        html.append("<h3>").append(w("section.coverage")).append("</h3>\n<ul>\n");
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
                    .map(i -> i.id() + " (" + i.name().in(words.language()).strip() + ")").collect(Collectors.joining(", "))))
                    .append("</li>\n");
        }
        html.append("</ul>\n<h4>").append(w("section.indicators")).append("</h4>\n");
        HtmlTable table = new HtmlTable("answers", HtmlTable.Column.text(w("indicator.name")), HtmlTable.Column.number(w("indicator.value")),
                HtmlTable.Column.number(w("indicator.score")));
        for (IndicatorScore s : d.indicatorScores()) {
            table.row(null, "<code>" + e(s.indicatorId()) + "</code> " + e(s.definition().name().in(words.language()).strip()),
                    e(words.raw(s.answer())), e(words.score(s.score())));
        }
        for (IndicatorDefinition i : d.unanswered()) {
            table.row(null, "<code>" + e(i.id()) + "</code> " + e(i.name().in(words.language()).strip()),
                    "<em>" + w("indicator.notAnswered") + "</em>", "–");
        }
        html.append(table.html());
    }

    private void method(StringBuilder html, ReportView view) {
        html.append("<h3>").append(w("section.method")).append("</h3>\n");
        for (String paragraph : words.methodDetails(view.diagnosis(), view.method())) {
            html.append("<p>").append(e(paragraph)).append("</p>\n");
        }
        if (view.robustness() != null) {
            html.append("<h4 id=\"robustness-method\">").append(w("evidence.robustness.title")).append("</h4>\n");
            for (String paragraph : words.robustnessMethod(view.robustness(), view.diagnosis(), view.method())) {
                html.append("<p>").append(e(paragraph)).append("</p>\n");
            }
        }
    }

    private void reason(StringBuilder html, Reason reason) {
        html.append("<li>").append(prose(words.statement(reason))).append(" <small class=\"cite\">[")
                .append(e(String.join("; ", ReportEvidence.citation(reason)))).append("]</small></li>\n");
    }

    /** A statement with its `quoted` ids set as code. */
    private String prose(String statement) {
        return CODE_SPAN.matcher(e(statement)).replaceAll("<code>$1</code>");
    }
}
