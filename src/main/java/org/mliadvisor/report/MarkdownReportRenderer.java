package org.mliadvisor.report;

import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.IndicatorScore;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.RoadmapPlanStep;
import org.mliadvisor.diagnosis.SurveyFinding;
import org.mliadvisor.diagnosis.WeightRobustness;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.source.Visible;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The diagnosis as Markdown: the client's document in plain language and, with the evidence appendix,
 * every conclusion's rule and knowledge-base entries (and with {@code explain}, the facts it read).
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    private final ReportOptions options;
    private final Language language;
    private final Wording words;

    /** The client's document, or with {@code explain} the full document whose reasons list the facts they read. */
    public MarkdownReportRenderer(boolean explain, Language language) {
        this(new ReportOptions(language, explain ? ReportScope.FULL : ReportScope.CLIENT, explain, Brand.NONE));
    }

    /** A renderer for the document, language and brand {@code options} name. */
    public MarkdownReportRenderer(ReportOptions options) {
        this.options = options;
        this.language = options.language();
        this.words = Wording.in(language);
    }

    @Override
    public String render(Analysis analysis) {
        return render(ReportView.of(analysis, options));
    }

    /** The document of what {@code view} shows. */
    String render(ReportView view) {
        Diagnosis d = view.diagnosis();
        StringBuilder md = new StringBuilder();
        if (options.scope().client()) {
            cover(md, d);
        } else {
            md.append("# ").append(words.text("evidence.title")).append(": ").append(escape(d.organization())).append("\n\n")
                    .append(words.text("cover.assessedOn")).append(": ").append(words.date(d.assessedOn())).append(" · ")
                    .append(escape(knowledgeBase(d))).append("\n\n");
        }
        for (ReportView.Section section : view.sections()) {
            switch (section) {
                case SUMMARY -> summary(md, view);
                case PROFILE -> profile(md, view);
                case WEIGHTS -> weights(md, view);
                case SURVEY -> survey(md, d);
                case KPIS -> kpis(md, d);
                case ACTIONS -> actions(md, view);
                case ROADMAP -> roadmap(md, view);
                case METHOD -> methodNote(md, view);
                case EVIDENCE -> evidence(md, view);
            }
        }
        // organization names and KB texts are anyone's to write: a control in them must not reach a terminal
        return Visible.controlsExceptLayout(md.toString());
    }

    private String knowledgeBase(Diagnosis d) {
        return words.text("cover.knowledgeBase") + ": " + d.knowledgeBase().title().in(language).strip() + " ("
                + words.text("cover.knowledgeBaseVersion", d.knowledgeBase().id(), d.knowledgeBase().version()) + ")";
    }

    private void cover(StringBuilder md, Diagnosis d) {
        Brand brand = options.brand();
        md.append("# ").append(words.text("report.title")).append(": ").append(escape(d.organization())).append("\n\n")
                .append(words.text("cover.preparedFor")).append(": ").append(escape(d.organization()));
        brand.preparedBy().ifPresent(by -> md.append(" · ").append(words.text("cover.preparedBy")).append(": ")
                .append(escape(by)));
        md.append(" · ").append(words.text("cover.assessedOn")).append(": ").append(words.date(d.assessedOn())).append("  \n")
                .append(escape(knowledgeBase(d))).append("  \n_")
                .append(escape(brand.confidentialityOr(words.text("cover.confidential", d.organization())))).append("_\n\n");
    }

    private void summary(StringBuilder md, ReportView view) {
        Diagnosis d = view.diagnosis();
        md.append("## ").append(words.text("section.summary")).append("\n\n")
                .append("- **").append(words.text("summary.mli")).append(":** ").append(escape(words.mliSentence(d))).append('\n')
                .append("- **").append(escape(words.bindingSentence(d))).append("**\n")
                .append("- ").append(escape(words.confidenceSentence(d))).append("\n\n");
        if (!view.furthest().isEmpty()) {
            md.append("**").append(words.text("summary.kpisFurthest")).append(":**\n\n");
            view.furthest().forEach(g -> md.append("- ").append(escape(words.kpiWithDistance(g))).append('\n'));
            md.append('\n');
        }
        md.append("**").append(words.text("summary.firstWave")).append(":**\n\n");
        if (view.firstWave().isEmpty()) {
            md.append(words.text("summary.noActions")).append("\n\n");
        } else {
            view.firstWave().forEach(r -> md.append(r.rank()).append(". ").append(escape(r.title().in(language).strip()))
                    .append(" — ").append(words.dimension(r.dimension())).append(", ")
                    .append(escape(words.when(r, d.roadmapMaxWeeks()))).append('\n'));
            md.append('\n');
            if (view.later() > 0) {
                md.append(words.text("summary.nextWave", view.later())).append("\n\n");
            }
        }
        view.unaddressed().forEach(u -> md.append(escape(words.unaddressed(u))).append("\n\n"));
    }

    private void profile(StringBuilder md, ReportView view) {
        Diagnosis d = view.diagnosis();
        md.append("## ").append(words.text("section.scores")).append("\n\n| ").append(words.text("scores.dimension")).append(" | ")
                .append(words.text("scores.score")).append(" | ").append(words.text("scores.target")).append(" | ")
                .append(words.text("scores.cost")).append(" | ").append(words.text("scores.answered"))
                .append(" |\n|---|---:|---:|---:|---:|\n");
        for (ReportView.DimensionRow row : view.profile()) {
            DimensionScore s = row.score();
            String name = words.dimension(row.dimension());
            md.append("| ").append(row.binding() ? "**" + name + "**" : name).append(" | ")
                    .append(s.sufficient() ? scoreCell(s) : words.text("scores.insufficient")).append(" | ")
                    .append(words.score(s.definition().targetScore())).append(" | ")
                    .append(row.cost() == null ? "–" : words.number(row.cost(), 1)).append(" | ")
                    .append(words.text("scores.answeredOf", s.answered(), s.total())).append(" |\n");
        }
        md.append('\n').append(escape(words.weightsSentence(d))).append("\n\n### ").append(words.text("section.indicators"))
                .append("\n\n").append(words.text("indicators.intro")).append("\n\n| ").append(words.text("indicator.name"))
                .append(" | ").append(words.text("indicator.value")).append(" | ").append(words.text("indicator.score"))
                .append(" |\n|---|---:|---:|\n");
        for (ReportView.IndicatorGroup group : view.indicators()) {
            for (IndicatorScore s : group.answered()) {
                md.append("| ").append(escape(s.definition().name().in(language).strip())).append(" | ").append(words.raw(s.answer()))
                        .append(" | ").append(words.score(s.score())).append(" |\n");
            }
            for (IndicatorDefinition i : group.missing()) {
                md.append("| ").append(escape(i.name().in(language).strip())).append(" | _")
                        .append(words.text("indicator.notAnswered")).append("_ | – |\n");
            }
        }
        md.append('\n');
    }

    /**
     * How far the binding constraint holds as the weights move: the sentence, how much weight the nearest change moves,
     * and the weights now and there.
     */
    private void weights(StringBuilder md, ReportView view) {
        WeightRobustness r = view.robustness();
        md.append("## ").append(words.text("section.weights")).append("\n\n").append(escape(words.text("robustness.intro")))
                .append("\n\n**").append(escape(words.robustnessSentence(r, view.diagnosis()))).append("**\n\n");
        if (!r.flips()) {
            return;
        }
        String shift = words.robustnessShift(r);
        if (shift != null) {
            md.append(escape(shift)).append("\n\n");
        }
        md.append("| ").append(words.text("scores.dimension")).append(" | ").append(words.text("robustness.table.now"))
                .append(" | ").append(words.text("robustness.table.at")).append(" |\n|---|---:|---:|\n");
        for (Dimension dim : Dimension.values()) {
            md.append("| ").append(words.dimension(dim)).append(" | ").append(words.weight(r.weights().of(dim))).append(" | ")
                    .append(words.weight(r.at().of(dim))).append(" |\n");
        }
        md.append('\n');
    }

    /** A dimension's score, with what it rests on when the survey is part of it. */
    private String scoreCell(DimensionScore s) {
        String basis = words.scoreBasis(s);
        return words.score(s.score()) + (basis == null ? "" : " _(" + escape(basis) + ")_");
    }

    /** What the survey says: who answered, and each dimension's perceived score, reliability, agreement and marketing–logistics gap. */
    private void survey(StringBuilder md, Diagnosis d) {
        if (d.survey() == null) {
            return;
        }
        var settings = d.survey().settings();
        md.append("## ").append(words.text("section.survey")).append("\n\n").append(escape(words.respondents(d.survey())))
                .append("\n\n| ").append(words.text("scores.dimension")).append(" | ").append(words.text("survey.table.perceived"))
                .append(" | ").append(words.text("survey.table.reliability")).append(" | ").append(words.text("survey.table.agreement"))
                .append(" | ").append(words.text("survey.table.gap")).append(" |\n|---|---:|---|---|---|\n");
        for (var dim : d.survey().dimensions().values()) {
            md.append("| ").append(words.dimension(dim.dimension())).append(" | ")
                    .append(dim.perceived().isDefined() ? words.score(dim.perceived().value()) : "–").append(" | ")
                    .append(escape(words.reliability(dim, settings))).append(" | ").append(escape(words.agreement(dim, settings)))
                    .append(" | ").append(escape(words.marketingLogistics(dim))).append(" |\n");
        }
        if (!d.surveyFindings().isEmpty()) {
            md.append("\n**").append(words.text("survey.findings")).append("**\n\n");
            for (SurveyFinding f : d.surveyFindings()) {
                md.append("- **").append(escape(words.surveyFindingTitle(f))).append(".** ")
                        .append(escape(words.surveyFinding(f))).append('\n');
            }
        }
        md.append('\n').append(escape(words.text("survey.note", words.number(settings.reliableAlpha(), 2),
                words.number(settings.agreementRwg(), 2)))).append("\n\n");
    }

    private void kpis(StringBuilder md, Diagnosis d) {
        md.append("## ").append(words.text("section.kpis")).append("\n\n");
        if (d.kpiGaps().isEmpty()) {
            md.append(words.text("kpi.none")).append("\n\n");
        } else {
            md.append("| ").append(words.text("kpi.name")).append(" | ").append(words.text("kpi.actual")).append(" | ")
                    .append(words.text("kpi.target")).append(" | ").append(words.text("kpi.distance")).append(" | ")
                    .append(words.text("kpi.severity")).append(" |\n|---|---:|---:|---|---|\n");
            for (KpiGap g : d.kpiGaps()) {
                md.append("| ").append(escape(g.name().in(language).strip())).append(" | ").append(words.number(g.actual(), 2))
                        .append(" | ").append(words.number(g.target(), 2)).append(" | ").append(escape(words.kpiDistance(g)))
                        .append(" | ").append(words.text("kpi.severity." + g.severity().name())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("### ").append(words.text("section.verify")).append("\n\n").append(escape(words.confidenceSentence(d))).append("\n\n");
        if (d.consistency().isEmpty()) {
            md.append(words.text("consistency.none")).append("\n\n");
            return;
        }
        for (ConsistencyFinding f : d.consistency()) {
            md.append("- **").append(words.text("consistency.kind." + f.kind().name())).append(".** ")
                    .append(escape(words.plain(words.statement(f.reason()))));
            if (d.confidence().loweredBy().contains(f)) {
                md.append(" _(").append(words.text("consistency.lowers")).append(")_");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void actions(StringBuilder md, ReportView view) {
        Diagnosis d = view.diagnosis();
        md.append("## ").append(words.text("section.actions")).append("\n\n");
        if (d.recommendations().isEmpty()) {
            md.append(words.text("intervention.none")).append("\n\n");
        } else {
            md.append(words.text("actions.intro", d.roadmapMaxWeeks())).append("\n\n| ").append(words.text("intervention.rank"))
                    .append(" | ").append(words.text("intervention.title")).append(" | ").append(words.text("intervention.dimension"))
                    .append(" | ").append(words.text("intervention.effort")).append(" | ").append(words.text("intervention.weeks"))
                    .append(" |\n|---:|---|---|---|---|\n");
            for (Recommendation r : view.firstWave()) {
                md.append("| ").append(r.rank()).append(" | ").append(escape(r.title().in(language).strip())).append(" | ")
                        .append(words.dimension(r.dimension())).append(" | ").append(words.text("effort." + r.effort().name()))
                        .append(" | ").append(words.text("intervention.weekSpan", r.fromWeek(), r.toWeek())).append(" |\n");
            }
            md.append('\n');
            for (Recommendation r : view.firstWave()) {
                md.append("### ").append(r.rank()).append(". ").append(escape(r.title().in(language).strip())).append("\n\n_")
                        .append(words.dimension(r.dimension()))
                        .append(r.onBindingConstraint() ? " · " + words.text("intervention.onBinding") : "").append(" · ")
                        .append(words.text("effort.label", words.text("effort." + r.effort().name()))).append(" · ")
                        .append(escape(words.when(r, d.roadmapMaxWeeks()))).append("_\n\n")
                        .append(escape(r.action().in(language).strip())).append("\n\n**").append(words.text("why.title"))
                        .append(":** ").append(escape(words.whyForThisFirm(r))).append("\n\n");
                for (String before : words.prerequisites(d, r)) {
                    md.append(escape(before)).append("\n\n");
                }
            }
            if (!view.nextWave().isEmpty()) {
                md.append("### ").append(words.text("section.nextWave")).append("\n\n").append(words.text("nextWave.intro")).append("\n\n");
                view.nextWave().forEach(r -> md.append(r.rank()).append(". ").append(escape(r.title().in(language).strip())).append(" — ")
                        .append(words.dimension(r.dimension())).append(", ")
                        .append(words.text("effort.label", words.text("effort." + r.effort().name()))).append('\n'));
                md.append('\n');
            }
        }
        if (!d.needsData().isEmpty()) {
            md.append("### ").append(words.text("section.needsData")).append("\n\n").append(words.text("intervention.needsDataIntro"))
                    .append("\n\n");
            d.needsData().forEach(n -> md.append("- ").append(escape(words.needs(d, n))).append('\n'));
            md.append('\n');
        }
    }

    private void roadmap(StringBuilder md, ReportView view) {
        md.append("## ").append(words.text("section.roadmap")).append("\n\n| ").append(words.text("roadmap.step")).append(" | ")
                .append(words.text("roadmap.weeks")).append(" | ").append(words.text("roadmap.what")).append(" | ")
                .append(words.text("roadmap.interventions")).append(" |\n|---:|---|---|---|\n");
        for (ReportView.RoadmapRow row : view.roadmap()) {
            RoadmapPlanStep s = row.step();
            md.append("| ").append(s.step()).append(" | ").append(s.fromWeek()).append('–').append(s.toWeek()).append(" | ")
                    .append(escape(s.title().in(language).strip())).append(" | ").append(roadmapCell(row)).append(" |\n");
        }
        md.append('\n');
    }

    /** A step's first-wave actions by rank and title; the first step's mapping scope and the last step's next wave by rank. */
    private String roadmapCell(ReportView.RoadmapRow row) {
        List<String> parts = new ArrayList<>();
        if (!row.actions().isEmpty()) {
            parts.add(row.actions().stream().map(r -> escape(r.rank() + ". " + r.title().in(language).strip()))
                    .collect(Collectors.joining(", ")));
        } else if (!row.prepares().isEmpty()) {
            parts.add(escape(words.text("roadmap.prepares", ReportView.ranks(row.prepares()))));
        }
        if (!row.nextWave().isEmpty()) {
            parts.add("_" + escape(words.text("roadmap.nextWaveRanks", ReportView.ranks(row.nextWave()))) + "_");
        }
        return parts.isEmpty() ? "–" : String.join("; ", parts);
    }

    private void methodNote(StringBuilder md, ReportView view) {
        md.append("## ").append(words.text("section.methodNote")).append("\n\n");
        words.methodNote(view.diagnosis(), view.method()).forEach(p -> md.append(escape(p)).append("\n\n"));
    }

    /** The evidence appendix: each conclusion with its rule and knowledge-base entries, grouped as the client document is. */
    private void evidence(StringBuilder md, ReportView view) {
        Diagnosis d = view.diagnosis();
        md.append("## ").append(words.text("section.evidence")).append("\n\n").append(words.text("evidence.intro")).append("\n\n### ")
                .append(words.text("findings.binding")).append("\n\n");
        d.binding().reasons().forEach(r -> bullet(md, r));
        d.undecidedGates().forEach(g -> bullet(md, g.reason()));
        md.append('\n');
        for (Recommendation r : d.recommendations()) {
            md.append("### ").append(r.rank()).append(". ").append(escape(r.title().in(language).strip())).append(" (`").append(r.id())
                    .append("`)\n\n");
            r.because().forEach(reason -> bullet(md, reason));
            md.append('\n').append(words.text("intervention.rationale")).append(": ").append(escape(r.rationale().in(language).strip()));
            if (r.citation() != null) {
                md.append(" (").append(words.text("intervention.source")).append(": ").append(escape(r.citation().toString())).append(')');
            }
            md.append("\n\n");
        }
        if (!d.needsData().isEmpty()) {
            md.append("### ").append(words.text("section.needsData")).append("\n\n");
            for (NeedsData n : d.needsData()) {
                md.append("- `").append(n.interventionId()).append("`: ").append(escape(words.statement(n.reason()))).append(' ')
                        .append(cite(n.reason())).append('\n');
            }
            md.append('\n');
        }
        md.append("### ").append(words.text("section.reasoning")).append("\n\n");
        bullet(md, d.weights().reason());
        bullet(md, d.mli().reason());
        for (Dimension dim : Dimension.values()) {
            bullet(md, d.dimensions().get(dim).reason());
        }
        for (SurveyFinding f : d.surveyFindings()) {
            bullet(md, f.reason());
        }
        for (KpiGap g : d.kpiGaps()) {
            bullet(md, g.reason());
        }
        for (ConsistencyFinding f : d.consistency()) {
            bullet(md, f.reason());
        }
        bullet(md, d.confidence().reason());
        md.append("\n### ").append(words.text("section.method")).append("\n\n");
        words.methodDetails(d, view.method()).forEach(p -> md.append(escape(p)).append("\n\n"));
        if (view.robustness() != null) {
            md.append("### ").append(words.text("evidence.robustness.title")).append("\n\n");
            words.robustnessMethod(view.robustness(), d, view.method()).forEach(p -> md.append(escape(p)).append("\n\n"));
        }
    }

    private void bullet(StringBuilder md, Reason reason) {
        md.append("- ").append(escape(words.statement(reason))).append(' ').append(cite(reason)).append('\n');
    }

    private String cite(Reason reason) {
        String citation = "_[" + reason.rule() + (reason.kbEntries().isEmpty() ? ""
                : "; " + escape(String.join(", ", reason.kbEntries()))) + "]_";
        if (!options.explain() || reason.facts().isEmpty()) {
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

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
}
