package org.mliadvisor.report;

import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.DimensionShortfall;
import org.mliadvisor.diagnosis.IndicatorScore;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.RoadmapPlanStep;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.source.Visible;

import java.util.List;
import java.util.stream.Collectors;

/** The diagnosis as a Markdown report for the consultant and the client. */
public final class MarkdownReportRenderer implements ReportRenderer {

    private final boolean explain;
    private final Language language;
    private final Wording words;

    /** With {@code explain}, each reason also lists the facts and values it read. */
    public MarkdownReportRenderer(boolean explain, Language language) {
        this.explain = explain;
        this.language = language;
        this.words = Wording.in(language);
    }

    @Override
    public String render(Diagnosis d) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(words.text("report.title")).append(": ").append(escape(d.organization())).append("\n\n");
        md.append(words.text("cover.assessedOn")).append(": ").append(words.date(d.assessedOn())).append(" · ")
                .append(words.text("cover.knowledgeBase")).append(": ").append(escape(d.knowledgeBase().title().in(language)))
                .append(" (`").append(d.knowledgeBase().id()).append("` ").append(escape(d.knowledgeBase().version()))
                .append(")\n\n");
        summary(md, d);
        scores(md, d);
        kpiGaps(md, d);
        consistency(md, d);
        findings(md, d);
        recommendations(md, d);
        roadmap(md, d);
        method(md, d);
        // organization names and KB texts are anyone's to write: a control in them must not reach a terminal
        return Visible.controlsExceptLayout(md.toString());
    }

    /** The dimensions a partial index covers, e.g. "S, T". */
    static String covered(Diagnosis d) {
        return String.join(", ", d.dimensions().values().stream().filter(x -> x.sufficient()).map(x -> x.dimension().name()).toList());
    }

    private void summary(StringBuilder md, Diagnosis d) {
        md.append("## ").append(words.text("section.summary")).append("\n\n");
        md.append("- **").append(words.text("summary.mli")).append(":** ");
        if (d.mli().headline() != null) {
            md.append("**").append(words.text("mli.outOf", words.number(d.mli().headline() * 100, 1))).append("**");
        } else if (d.mli().partial() != null) {
            md.append(escape(words.text("mli.partial", words.number(d.mli().partial() * 100, 1), covered(d))));
        } else {
            md.append(escape(words.text("mli.absent", words.statement(d.mli().reason()))));
        }
        md.append("\n- **").append(escape(words.bindingSentence(d))).append("**");
        if (d.binding().determined()) {
            md.append(" (").append(String.join("+", d.binding().binding().stream().map(Enum::name).toList())).append("; ")
                    .append(words.text("binding.basis." + d.binding().basis().name())).append(')');
        }
        md.append("\n- **").append(words.text("summary.confidence")).append(":** ")
                .append(words.text("confidence." + d.confidence().level().name())).append(" (")
                .append(words.text("confidence.seeChecks")).append(')');
        md.append("\n- **").append(words.text("summary.firstActions")).append(":** ");
        List<Recommendation> top = d.recommendations().stream().limit(3).toList();
        md.append(top.isEmpty() ? words.text("summary.noActions") : top.stream()
                .map(r -> r.rank() + ". " + escape(r.title().in(language))).collect(Collectors.joining("; ")));
        md.append("\n\n");
    }

    private void scores(StringBuilder md, Diagnosis d) {
        md.append("## ").append(words.text("section.scores")).append("\n\n");
        md.append("| ").append(words.text("scores.dimension")).append(" | ").append(words.text("scores.score")).append(" | ")
                .append(words.text("scores.target")).append(" | ").append(words.text("scores.weight")).append(" | ")
                .append(words.text("scores.shortfall")).append(" | ").append(words.text("scores.answered")).append(" |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Dimension dim : Dimension.values()) {
            DimensionScore s = d.dimensions().get(dim);
            DimensionShortfall shortfall = d.shortfalls().get(dim);
            md.append("| ").append(dim).append(" — ").append(words.dimension(dim)).append(" | ")
                    .append(s.sufficient() ? words.number(s.score(), 2) : words.text("scores.insufficient")).append(" | ")
                    .append(words.number(s.definition().targetScore(), 2)).append(" | ")
                    .append(words.number(s.weight(), 2)).append(" | ")
                    .append(shortfall == null ? "–" : words.number(shortfall.shortfall(), 3)).append(" | ")
                    .append(words.text("scores.answeredOf", s.answered(), s.total())).append(" |\n");
        }
        md.append('\n').append(d.weights().fromAssessment() ? words.text("scores.weightsFromAssessment")
                        : escape(words.statement(d.weights().reason())))
                .append("\n\n### ").append(words.text("section.indicators")).append("\n\n| ")
                .append(words.text("indicator.name")).append(" | ").append(words.text("indicator.value")).append(" | ")
                .append(words.text("indicator.score")).append(" |\n|---|---:|---:|\n");
        for (IndicatorScore s : d.indicatorScores()) {
            md.append("| `").append(s.indicatorId()).append("` ").append(escape(s.definition().name().in(language))).append(" | ")
                    .append(words.raw(s.raw())).append(" | ").append(words.number(s.score(), 2)).append(" |\n");
        }
        for (IndicatorDefinition i : d.unanswered()) {
            md.append("| `").append(i.id()).append("` ").append(escape(i.name().in(language))).append(" | _")
                    .append(words.text("indicator.notAnswered")).append("_ | – |\n");
        }
        md.append('\n');
    }

    private void kpiGaps(StringBuilder md, Diagnosis d) {
        md.append("## ").append(words.text("section.kpis")).append("\n\n");
        if (d.kpiGaps().isEmpty()) {
            md.append(words.text("kpi.none")).append("\n\n");
            return;
        }
        md.append("| ").append(words.text("kpi.name")).append(" | ").append(words.text("kpi.actual")).append(" | ")
                .append(words.text("kpi.target")).append(" | ").append(words.text("kpi.better")).append(" | ")
                .append(words.text("kpi.gap")).append(" | ").append(words.text("kpi.severity")).append(" |\n")
                .append("|---|---:|---:|---|---:|---|\n");
        for (KpiGap g : d.kpiGaps()) {
            md.append("| ").append(escape(g.name().in(language))).append(" | ").append(words.number(g.actual(), 2)).append(" | ")
                    .append(words.number(g.target(), 2)).append(" | ").append(words.text("kpi.better." + g.better().name()))
                    .append(" | ").append(g.gap() <= 0 ? "–" : words.percent(g.gap())).append(" | ")
                    .append(words.text("kpi.severity." + g.severity().name())).append(" |\n");
        }
        md.append('\n');
    }

    /** The findings in plain words for the client; their rules and facts are in the reasoning section. */
    private void consistency(StringBuilder md, Diagnosis d) {
        md.append("## ").append(words.text("section.consistency")).append("\n\n").append(words.text("consistency.intro"))
                .append(' ').append(words.confidenceSentence(d)).append("\n\n");
        if (d.consistency().isEmpty()) {
            md.append(words.text("consistency.none")).append("\n\n");
            return;
        }
        for (ConsistencyFinding f : d.consistency()) {
            md.append("- **").append(words.text("consistency.kind." + f.kind().name())).append(".** ")
                    .append(escape(words.statement(f.reason())));
            if (d.confidence().loweredBy().contains(f)) {
                md.append(" _(").append(words.text("consistency.lowers")).append(")_");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void findings(StringBuilder md, Diagnosis d) {
        md.append("## ").append(words.text("section.findings")).append("\n\n### ").append(words.text("findings.binding"))
                .append("\n\n");
        for (Reason reason : d.binding().reasons()) {
            bullet(md, reason);
        }
        for (var gate : d.undecidedGates()) {
            bullet(md, gate.reason());
        }
        md.append('\n');
    }

    private void bullet(StringBuilder md, Reason reason) {
        md.append("- ").append(escape(words.statement(reason))).append(' ').append(cite(reason)).append('\n');
    }

    private void recommendations(StringBuilder md, Diagnosis d) {
        md.append("## ").append(words.text("section.interventions")).append("\n\n");
        if (d.recommendations().isEmpty()) {
            md.append(words.text("intervention.none")).append("\n\n");
        }
        for (Recommendation r : d.recommendations()) {
            md.append("### ").append(r.rank()).append(". ").append(escape(r.title().in(language))).append(" (`").append(r.id())
                    .append("`)\n\n*").append(r.dimension()).append(" — ").append(words.dimension(r.dimension()))
                    .append(r.onBindingConstraint() ? " (" + words.text("intervention.onBinding") + ")" : "")
                    .append(" · ").append(words.when(r, d.roadmapMaxWeeks()))
                    .append(" · ").append(words.text("intervention.effort")).append(": ")
                    .append(words.text("effort." + r.effort().name())).append(" · ")
                    .append(words.text("intervention.weeksToImpact", r.weeksToImpact())).append(" · ")
                    .append(words.text("intervention.kpisMoved")).append(": ")
                    .append(r.kpisMoved().stream().map(k -> escape(d.kpiName(k).in(language))).collect(Collectors.joining(", ")))
                    .append("*\n\n");
            md.append(escape(r.action().in(language).strip())).append("\n\n");
            md.append(words.text("intervention.why")).append(":\n\n");
            for (Reason reason : r.because()) {
                bullet(md, reason);
            }
            md.append('\n').append(words.text("intervention.rationale")).append(": ").append(escape(r.rationale().in(language).strip()));
            if (r.citation() != null) {
                md.append(" (").append(words.text("intervention.source")).append(": ").append(escape(r.citation().toString()))
                        .append(')');
            }
            md.append("\n\n");
        }
        if (!d.needsData().isEmpty()) {
            md.append("### ").append(words.text("section.needsData")).append("\n\n").append(words.text("intervention.needsDataIntro"))
                    .append("\n\n");
            for (NeedsData n : d.needsData()) {
                md.append("- `").append(n.interventionId()).append("`: ").append(escape(words.statement(n.reason()))).append(' ')
                        .append(cite(n.reason())).append('\n');
            }
            md.append('\n');
        }
    }

    private void roadmap(StringBuilder md, Diagnosis d) {
        md.append("## ").append(words.text("section.roadmap")).append("\n\n| ").append(words.text("roadmap.step")).append(" | ")
                .append(words.text("roadmap.weeks")).append(" | ").append(words.text("roadmap.what")).append(" | ")
                .append(words.text("roadmap.interventions")).append(" |\n|---:|---|---|---|\n");
        for (RoadmapPlanStep s : d.roadmap()) {
            md.append("| ").append(s.step()).append(" | ").append(s.fromWeek()).append('–').append(s.toWeek()).append(" | ")
                    .append(escape(s.title().in(language))).append(" | ")
                    .append(roadmapCell(s)).append(" |\n");
        }
        md.append('\n');
    }

    /** A step's first-wave interventions, the first step's mapping scope and the last step's next wave. */
    private String roadmapCell(RoadmapPlanStep s) {
        List<String> parts = new java.util.ArrayList<>();
        if (!s.recommendations().isEmpty()) {
            parts.add(ids(s.recommendations()));
        } else if (!s.prepares().isEmpty()) {
            parts.add(escape(words.text("roadmap.prepares", String.join(", ", s.prepares()))));
        }
        if (!s.nextWave().isEmpty()) {
            parts.add(escape(words.text("roadmap.nextWave", String.join(", ", s.nextWave()))));
        }
        return parts.isEmpty() ? "–" : String.join("; ", parts);
    }

    private static String ids(List<String> ids) {
        return ids.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
    }

    private void method(StringBuilder md, Diagnosis d) {
        md.append("## ").append(words.text("section.reasoning")).append("\n\n");
        bullet(md, d.weights().reason());
        bullet(md, d.mli().reason());
        for (Dimension dim : Dimension.values()) {
            bullet(md, d.dimensions().get(dim).reason());
        }
        for (KpiGap g : d.kpiGaps()) {
            bullet(md, g.reason());
        }
        for (ConsistencyFinding f : d.consistency()) {
            bullet(md, f.reason());
        }
        bullet(md, d.confidence().reason());
        var method = d.dimensions().get(Dimension.S).method();
        md.append('\n').append(escape(words.text("method.formula"))).append("\n\n")
                .append(escape(words.text("method.binding", words.number(method.nearTieMargin(), 3)))).append("\n\n")
                .append(escape(words.text("method.ranking"))).append("\n\n")
                .append(escape(words.text("method.roadmap", method.firstWaveSize(), method.highEffortAtOnce()))).append("\n\n")
                .append(escape(words.text("method.evidence", method.minAnsweredPerDimension(),
                        method.minAnsweredReason().in(language).strip()))).append("\n\n")
                .append(escape(words.text("method.knowledgeBase", d.knowledgeBase().title().in(language), d.knowledgeBase().id(),
                        d.knowledgeBase().version(), d.knowledgeBase().location()))).append('\n');
    }

    private String cite(Reason reason) {
        String kb = String.join(", ", reason.kbEntries());
        String citation = "_[" + reason.rule() + (kb.isEmpty() ? "" : "; " + escape(kb)) + "]_";
        if (!explain || reason.facts().isEmpty()) {
            return citation;
        }
        return citation + "\n  - read: " + reason.facts().entrySet().stream()
                .map(f -> "`" + f.getKey().replace("`", "'") + "` = " + escape(f.getValue())).collect(Collectors.joining("; "));
    }

    /**
     * Makes text inert in Markdown: no emphasis, links, HTML or table breaks from data. An
     * underscore inside a word and an ampersand that starts no entity are inert already, so they
     * stay as written to keep the raw text readable.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '|', '#', '!', '~' -> out.append('\\').append(c);
                case '_' -> {
                    boolean insideWord = i > 0 && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
                    out.append(insideWord ? "_" : "\\_");
                }
                case '&' -> out.append(ENTITY.matcher(text).region(i, text.length()).lookingAt() ? "&amp;" : "&");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
}
