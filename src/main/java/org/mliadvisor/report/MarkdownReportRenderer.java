package org.mliadvisor.report;

import org.mliadvisor.diagnosis.BindingOutcome;
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
import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The diagnosis as a Markdown report for the consultant and the client. */
public final class MarkdownReportRenderer implements ReportRenderer {

    private static final String[] DIMENSION_NAMES = {"Structural", "Technological", "Relational"};

    private final boolean explain;

    /** A renderer that cites each reason's rule and KB entries. */
    public MarkdownReportRenderer() {
        this(false);
    }

    /** With {@code explain}, each reason also lists the facts and values it read. */
    public MarkdownReportRenderer(boolean explain) {
        this.explain = explain;
    }

    @Override
    public String render(Diagnosis d) {
        StringBuilder md = new StringBuilder();
        md.append("# Marketing-logistics integration diagnosis: ").append(escape(d.organization())).append("\n\n");
        md.append("Assessed on ").append(d.assessedOn()).append(" · knowledge base `").append(d.knowledgeBase().id())
                .append("` version ").append(escape(d.knowledgeBase().version())).append("\n\n");
        summary(md, d);
        scores(md, d);
        binding(md, d);
        kpiGaps(md, d);
        recommendations(md, d);
        roadmap(md, d);
        method(md, d);
        return md.toString();
    }

    private void summary(StringBuilder md, Diagnosis d) {
        md.append("## Summary\n\n");
        if (d.mli().value() == null) {
            md.append("- **MLI:** not computed — ").append(escape(d.mli().reason().statement())).append('\n');
        } else {
            md.append("- **MLI: ").append(Numbers.format(d.mli().value() * 100, 1)).append(" / 100**")
                    .append(d.mli().complete() ? "" : " (incomplete: some dimensions lack evidence)").append('\n');
        }
        BindingOutcome b = d.binding();
        if (b.determined()) {
            md.append("- **Binding constraint: ").append(b.dimension()).append(" — ").append(name(b.dimension()))
                    .append(" integration**");
            if (b.runnerUp() != null && b.margin() == 0) {
                md.append(", tied with ").append(b.runnerUp()).append(" in weighted shortfall");
            } else if (b.runnerUp() != null) {
                md.append(b.margin() > 0 ? ", ahead of " : ", although behind ").append(b.runnerUp())
                        .append(" by ").append(Numbers.format(Math.abs(b.margin()), 3)).append(" in weighted shortfall");
            }
            md.append(" (decided by ").append(b.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(")\n");
        } else {
            md.append("- **Binding constraint:** none can be named — ").append(escape(b.reasons().get(0).statement())).append('\n');
        }
        List<Recommendation> top = d.recommendations().stream().limit(3).toList();
        if (top.isEmpty()) {
            md.append("- **First actions:** no intervention's condition holds on the data given.\n");
        } else {
            md.append("- **First actions:** ").append(top.stream().map(r -> r.rank() + ". " + escape(r.title()))
                    .collect(Collectors.joining("; "))).append('\n');
        }
        md.append('\n');
    }

    private void scores(StringBuilder md, Diagnosis d) {
        md.append("## Integration scores\n\n");
        md.append("| Dimension | Score | Weight | Weighted shortfall | Indicators answered |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        for (Dimension dim : Dimension.values()) {
            DimensionScore s = d.dimensions().get(dim);
            DimensionShortfall shortfall = d.shortfalls().get(dim);
            md.append("| ").append(dim).append(" — ").append(name(dim)).append(" | ")
                    .append(s.sufficient() ? Numbers.format(s.score(), 2) : "insufficient evidence").append(" | ")
                    .append(Numbers.format(s.weight(), 2)).append(" | ")
                    .append(shortfall == null ? "–" : Numbers.format(shortfall.shortfall(), 3)).append(" | ")
                    .append(s.answered()).append(" of ").append(s.total()).append(" |\n");
        }
        md.append("\nWeights: ").append(d.weights().fromAssessment() ? "set by the assessment" : "the knowledge base's defaults")
                .append(".\n\n");
        md.append("| Indicator | Raw value | Score |\n|---|---:|---:|\n");
        for (IndicatorScore s : d.indicatorScores()) {
            md.append("| `").append(s.indicatorId()).append("` | ").append(Numbers.raw(s.raw())).append(" | ")
                    .append(Numbers.format(s.score(), 2)).append(" |\n");
        }
        if (!d.unanswered().isEmpty()) {
            md.append("\nNot answered: ").append(d.unanswered().stream().map(id -> "`" + id + "`")
                    .collect(Collectors.joining(", "))).append(".\n");
        }
        md.append('\n');
    }

    private void binding(StringBuilder md, Diagnosis d) {
        md.append("## Binding constraint\n\n");
        for (Reason reason : d.binding().reasons()) {
            md.append("- ").append(escape(reason.statement())).append(' ').append(cite(reason)).append('\n');
        }
        for (var gate : d.undecidedGates()) {
            md.append("- ").append(escape(gate.reason().statement())).append(' ').append(cite(gate.reason())).append('\n');
        }
        md.append('\n');
    }

    private void kpiGaps(StringBuilder md, Diagnosis d) {
        md.append("## KPI gaps\n\n");
        if (d.kpiGaps().isEmpty()) {
            md.append("No KPI was reported.\n\n");
            return;
        }
        md.append("| KPI | Actual | Target | Better | Gap | Severity |\n|---|---:|---:|---|---:|---|\n");
        for (KpiGap g : d.kpiGaps()) {
            md.append("| ").append(escape(g.name())).append(" | ").append(Numbers.format(g.actual(), 2)).append(" | ")
                    .append(Numbers.format(g.target(), 2)).append(" | ").append(g.better().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(g.gap() <= 0 ? "–" : Numbers.percent(g.gap())).append(" | ")
                    .append(g.severity().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" |\n");
        }
        md.append('\n');
    }

    private void recommendations(StringBuilder md, Diagnosis d) {
        md.append("## Recommended interventions\n\n");
        if (d.recommendations().isEmpty()) {
            md.append("No intervention's condition holds on the data given.\n\n");
        }
        for (Recommendation r : d.recommendations()) {
            md.append("### ").append(r.rank()).append(". ").append(escape(r.title())).append(" (`").append(r.id()).append("`)\n\n");
            md.append('*').append(r.dimension()).append(" — ").append(name(r.dimension()))
                    .append(r.onBindingConstraint() ? " (binding constraint)" : "")
                    .append(" · roadmap step ").append(r.roadmapStep()).append(", weeks ").append(r.fromWeek()).append('–')
                    .append(r.toWeek()).append(" · effort ").append(r.effort().name().toLowerCase(Locale.ROOT))
                    .append(" · impact in about ").append(r.weeksToImpact()).append(" weeks · moves ")
                    .append(String.join(", ", r.kpisMoved())).append("*\n\n");
            md.append(escape(r.action().strip())).append("\n\n");
            md.append("Why:\n\n");
            for (Reason reason : r.because()) {
                md.append("- ").append(escape(reason.statement())).append(' ').append(cite(reason)).append('\n');
            }
            md.append("\nRationale: ").append(escape(r.rationale().strip()));
            if (r.citation() != null) {
                md.append(" (source: ").append(escape(r.citation().toString())).append(')');
            }
            md.append("\n\n");
        }
        if (!d.needsData().isEmpty()) {
            md.append("### Needs more data\n\nThese may apply, but their conditions read data the assessment does not give:\n\n");
            for (NeedsData n : d.needsData()) {
                md.append("- `").append(n.interventionId()).append("`: ").append(escape(n.reason().statement())).append(' ')
                        .append(cite(n.reason())).append('\n');
            }
            md.append('\n');
        }
    }

    private void roadmap(StringBuilder md, Diagnosis d) {
        md.append("## Roadmap\n\n| Step | Weeks | What | Interventions |\n|---:|---|---|---|\n");
        for (RoadmapPlanStep s : d.roadmap()) {
            md.append("| ").append(s.step()).append(" | ").append(s.fromWeek()).append('–').append(s.toWeek()).append(" | ")
                    .append(escape(s.title())).append(" | ")
                    .append(s.recommendations().isEmpty() ? "–" : s.recommendations().stream().map(id -> "`" + id + "`")
                            .collect(Collectors.joining(", "))).append(" |\n");
        }
        md.append('\n');
    }

    private void method(StringBuilder md, Diagnosis d) {
        md.append("## How these conclusions were reached\n\n");
        md.append("- ").append(escape(d.weights().reason().statement())).append(' ').append(cite(d.weights().reason())).append('\n');
        md.append("- ").append(escape(d.mli().reason().statement())).append(' ').append(cite(d.mli().reason())).append('\n');
        for (Dimension dim : Dimension.values()) {
            Reason reason = d.dimensions().get(dim).reason();
            md.append("- ").append(escape(reason.statement())).append(' ').append(cite(reason)).append('\n');
        }
        for (KpiGap g : d.kpiGaps()) {
            md.append("- ").append(escape(g.reason().statement())).append(' ').append(cite(g.reason())).append('\n');
        }
        md.append("\nKnowledge base: ").append(escape(d.knowledgeBase().title())).append(" (`")
                .append(d.knowledgeBase().id()).append("` ").append(escape(d.knowledgeBase().version())).append(", ")
                .append(escape(d.knowledgeBase().location())).append(").\n");
    }

    private String cite(Reason reason) {
        String kb = reason.kb().stream().map(SourceLocation::fileAndLine).distinct().collect(Collectors.joining(", "));
        String citation = "_[" + reason.rule() + (kb.isEmpty() ? "" : "; " + escape(kb)) + "]_";
        if (!explain || reason.facts().isEmpty()) {
            return citation;
        }
        return citation + "\n  - read: " + reason.facts().entrySet().stream()
                .map(f -> "`" + f.getKey().replace("`", "'") + "` = " + escape(f.getValue())).collect(Collectors.joining("; "));
    }

    private static String name(Dimension dimension) {
        return DIMENSION_NAMES[dimension.ordinal()];
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
