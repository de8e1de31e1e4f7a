package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DiagnosisComparison;
import org.mliadvisor.diagnosis.DiagnosisComparison.RecommendationChange;
import org.mliadvisor.diagnosis.DiagnosisComparison.ScoreChange;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.Templates;
import org.mliadvisor.diagnosis.WhatIf;
import org.mliadvisor.diagnosis.WhatIf.IndicatorChange;
import org.mliadvisor.diagnosis.WhatIf.KpiMove;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.ExpectedEffect;
import org.mliadvisor.knowledge.ExpectedEffect.Improvement;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.Weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a what-if report says, decided once and worded in one language, for the Markdown and HTML documents to lay out:
 * the changes asked for and what each did, the scores before and after, the binding constraint, the KPIs, the actions
 * and the points to note; with the evidence part, where each expected effect comes from. Texts are plain (unescaped);
 * the client's part names no rule and no knowledge-base id.
 */
record WhatIfView(Language language, String title, String meta, String intro, String verdict, List<Group> changes, List<ScoreRow> scores,
                  String bindingMove, String bindingAfter, String confidence, String bindingWithoutAction,
                  List<KpiRow> kpis, String kpisNote, List<ActionRow> actions, List<String> notes,
                  List<EvidenceItem> evidence, List<Reason> bindingReasons) {

    private static final Templates WORDS = Templates.load("/org/mliadvisor/report/whatif_%s.properties");

    /** Every what-if template of {@code language} by key, for checks that each language says everything English says. */
    static Map<String, String> patterns(Language language) {
        return WORDS.patterns(language);
    }

    /** A fixed label of the what-if report (a section title, a column heading) in the view's language. */
    String label(String key) {
        return WORDS.literal(key, language);
    }

    /** A heading and what comes under it: items with an optional title, lines and a basis. */
    record Group(String heading, List<Item> items) {
    }

    /** One change: an action taken as implemented (with its title and basis), or a single line. */
    record Item(String title, List<String> lines, String basis) {
    }

    /** The index or a dimension, before and after, with whether it binds on either side. */
    record ScoreRow(String label, String before, String after, String change, boolean bindingBefore, boolean bindingAfter) {
    }

    /** A KPI before and after, against its target after. */
    record KpiRow(String name, String before, String after, String target, String severity) {
    }

    /** A recommendation's rank before and after ({@code –} where it is not made) and what happened to it. */
    record ActionRow(String title, String rankBefore, String rankAfter, String change, boolean onBindingAfter) {
    }

    /** An action taken as implemented, for the consultant: its id, and where its expected effect comes from. */
    record EvidenceItem(String title, String id, List<String> lines) {
    }

    /** The view of {@code w} in {@code options}' language; the evidence part only when its scope has one. */
    static WhatIfView of(WhatIf w, ReportOptions options) {
        return new Builder(w, options).build();
    }

    private static final class Builder {
        private final WhatIf w;
        private final ReportOptions options;
        private final Language language;
        private final Wording words;

        Builder(WhatIf w, ReportOptions options) {
            this.w = w;
            this.options = options;
            this.language = options.language();
            this.words = Wording.in(language);
        }

        private String text(String key, Object... args) {
            return WORDS.literal(key, language, args);
        }

        WhatIfView build() {
            Diagnosis before = w.before();
            Diagnosis after = w.after();
            DiagnosisComparison c = w.comparison();
            String meta = words.text("cover.assessedOn") + ": " + words.date(before.assessedOn()) + " · "
                    + words.text("cover.knowledgeBase") + ": " + before.knowledgeBase().title().in(language).strip() + " ("
                    + words.text("cover.knowledgeBaseVersion", before.knowledgeBase().id(), before.knowledgeBase().version()) + ")";
            String verdict = w.nothingChanged() && w.scenario().empty() ? text("whatif.nothing")
                    : !c.changed() ? text("whatif.same") : null;
            String bindingMove = c.binding().moved()
                    ? text("binding.moved", binding(before), binding(after)) : text("binding.stays", binding(after));
            String confidence = c.confidenceBefore() == c.confidenceAfter() ? null
                    : text("confidence.moved", text("confidence." + c.confidenceBefore().name()),
                    text("confidence." + c.confidenceAfter().name()));
            String withoutAction = after.binding().determined() && !after.binding().joint()
                    && after.recommendations().stream().noneMatch(Recommendation::onBindingConstraint)
                    ? text("binding.noAction", words.dimension(after.binding().dimension())) : null;
            List<KpiRow> kpis = kpis();
            return new WhatIfView(language, text("whatif.title", before.organization()), meta, text("whatif.intro"), verdict, changes(),
                    scores(), bindingMove, text("binding.after", afterColon(words.bindingSentence(after))), confidence, withoutAction, kpis,
                    kpis.isEmpty() ? text("kpis.none") : kpis.size() < c.kpis().size() ? text("kpis.unchanged") : null,
                    actions(), notes(), options.scope().evidence() ? evidence() : List.of(),
                    options.scope().evidence() ? after.binding().reasons() : List.of());
        }

        /**
         * A sentence put after a colon: English keeps its capital (its sentences open with a dimension's name); Russian and
         * Uzbek go on in lower case, as their typography wants.
         */
        private String afterColon(String sentence) {
            return language == Language.EN || sentence.isEmpty() ? sentence
                    : sentence.substring(0, 1).toLowerCase(language.locale()) + sentence.substring(1);
        }

        private String binding(Diagnosis d) {
            return d.binding().determined()
                    ? String.join(" + ", d.binding().binding().stream().map(words::dimension).toList()) : text("binding.nowhere");
        }

        private List<Group> changes() {
            List<Group> groups = new ArrayList<>();
            List<Item> implemented = w.changes().implemented().stream().map(this::implemented).toList();
            if (!implemented.isEmpty()) {
                groups.add(new Group(text("changes.implemented"), implemented));
            }
            List<Item> kpiLines = w.changes().kpis().stream().filter(k -> k.expected() != null)
                    .map(k -> new Item(null, List.of(kpiLine(k)), null)).toList();
            if (!kpiLines.isEmpty()) {
                groups.add(new Group(text("changes.kpis"), kpiLines));
            }
            List<Item> stated = new ArrayList<>();
            w.changes().indicators().stream().filter(i -> i.cause() == IndicatorChange.Cause.STATED && i.by().isEmpty())
                    .forEach(i -> stated.add(line(text("indicator.stated", name(i), answer(i.before()), answer(i.after())))));
            w.changes().kpis().stream().filter(k -> k.expected() == null).forEach(k -> stated.addAll(statedKpi(k)));
            if (w.scenario().weights() != null) {
                stated.add(line(text("weights.line", shares(w.before().weights().weights()), shares(w.after().weights().weights()))));
            }
            if (!stated.isEmpty()) {
                groups.add(new Group(text("changes.stated"), stated));
            }
            List<Item> context = w.changes().context().stream()
                    .map(c -> line(text("context.line", c.factor().replace('_', ' '), c.before(), c.after()))).toList();
            if (!context.isEmpty()) {
                groups.add(new Group(text("changes.context"), context));
            }
            return groups;
        }

        private static Item line(String text) {
            return new Item(null, List.of(text), null);
        }

        private Item implemented(WhatIf.Implemented i) {
            String title = i.intervention().title().in(language).strip();
            ExpectedEffect effect = i.effect();
            if (effect == null) {
                return new Item(title, List.of(text("effect.none")), null);
            }
            String id = i.intervention().id();
            List<String> lines = new ArrayList<>();
            for (IndicatorChange change : w.changes().indicators()) {
                if (change.by().contains(id)) {
                    lines.add(indicatorLine(change));
                }
            }
            if (i.inPlace()) {
                lines.add(text("effect.inPlace"));
            }
            if (i.inPlace() && !effect.kpis().isEmpty()) {
                lines.add(text("effect.inPlaceKpis"));
            } else {
                effect.kpis().forEach((kpiId, range) -> lines.add(text("effect.kpi", kpiName(kpiId), number(range.low()),
                        number(range.high()), unit(kpiId))));
            }
            if (!effect.alsoImproves().isEmpty()) {
                lines.add(text("effect.alsoImproves", effect.alsoImproves().stream().map(this::kpiName)
                        .collect(Collectors.joining(", "))));
            }
            if (effect.kpis().isEmpty()) {
                lines.add(text("effect.noKpiFigure"));
            }
            return new Item(title, lines, text("effect.basis", effect.basis().in(language).strip()));
        }

        private String indicatorLine(IndicatorChange change) {
            return switch (change.cause()) {
                case REACHED -> text("indicator.reached", name(change), answer(change.before()), answer(change.after()));
                case KEPT -> text("indicator.kept", name(change), answer(change.before()), answer(change.expected()));
                case STATED -> text("indicator.statedOver", name(change), answer(change.before()), answer(change.after()),
                        answer(change.expected()));
            };
        }

        private String kpiLine(KpiMove k) {
            String name = k.kpi().name().in(language).strip();
            Improvement range = k.expected();
            String unit = unit(k.kpi().id());
            if (k.unreported()) {
                return text("kpi.unreported", name, number(range.low()), number(range.high()), unit);
            }
            if (k.stated()) {
                return text("kpi.statedOver", name, actual(k.before()), number(k.after().actual()), number(range.low()),
                        number(range.high()), unit);
            }
            return text("kpi.moved", name, number(k.before().actual()), number(k.after().actual()), number(range.low()),
                    number(range.high()), unit, number(k.optimistic()), number(k.after().target()),
                    k.capped() ? text("kpi.capped", number(k.after().actual())) : "");
        }

        private List<Item> statedKpi(KpiMove k) {
            String name = k.kpi().name().in(language).strip();
            List<Item> lines = new ArrayList<>();
            if (k.before() == null || k.before().actual() != k.after().actual()) {
                lines.add(line(text("kpi.stated", name, actual(k.before()), number(k.after().actual()))));
            }
            if (k.before() == null || k.before().target() != k.after().target()) {
                lines.add(line(text("kpi.targetMoved", name, k.before() == null ? text("kpi.notReported")
                        : number(k.before().target()), number(k.after().target()))));
            }
            return lines;
        }

        private String actual(org.mliadvisor.assessment.KpiObservation observation) {
            return observation == null ? text("kpi.notReported") : number(observation.actual());
        }

        private String name(IndicatorChange change) {
            return change.indicator().name().in(language).strip();
        }

        private String answer(Answer answer) {
            return answer == null ? text("indicator.unanswered") : words.raw(answer);
        }

        private String number(double value) {
            return words.number(value, 2);
        }

        private String kpiName(String kpiId) {
            return w.before().kpiName(kpiId).in(language).strip();
        }

        private String unit(String kpiId) {
            KpiDefinition kpi = w.before().kpis().get(kpiId);
            return kpi == null ? "" : text("unit." + kpi.unit().name());
        }

        private String shares(Weights weights) {
            return text("weights.shares", words.percent(weights.s()), words.percent(weights.t()), words.percent(weights.r()));
        }

        private List<ScoreRow> scores() {
            DiagnosisComparison c = w.comparison();
            List<ScoreRow> rows = new ArrayList<>();
            rows.add(row(words.text("summary.mli"), c.mli(), false, false));
            for (Dimension d : Dimension.values()) {
                rows.add(row(words.dimension(d), c.dimensions().get(d), w.before().binding().isBinding(d),
                        w.after().binding().isBinding(d)));
            }
            return rows;
        }

        private ScoreRow row(String label, ScoreChange score, boolean bindingBefore, boolean bindingAfter) {
            Double difference = score.difference();
            String change = difference == null ? "–" : !score.changed() ? "0"
                    : (difference > 0 ? "+" : "−") + words.number(Math.abs(difference) * 100, 1);
            return new ScoreRow(label, score(score.before()), score(score.after()), change, bindingBefore, bindingAfter);
        }

        private String score(Double score) {
            return score == null ? "–" : words.score(score);
        }

        private List<KpiRow> kpis() {
            List<KpiRow> rows = new ArrayList<>();
            for (DiagnosisComparison.KpiChange k : w.comparison().kpis()) {
                if (!k.changed()) {
                    continue;
                }
                KpiGap any = k.after() != null ? k.after() : k.before();
                String severity = k.before() == null || k.after() == null || k.before().severity() == k.after().severity()
                        ? severity(any) : severity(k.before()) + " → " + severity(k.after());
                rows.add(new KpiRow(any.name().in(language).strip(), k.before() == null ? "–" : number(k.before().actual()),
                        k.after() == null ? "–" : number(k.after().actual()), number(any.target()), severity));
            }
            return rows;
        }

        private String severity(KpiGap gap) {
            return words.text("kpi.severity." + gap.severity().name());
        }

        private List<ActionRow> actions() {
            List<ActionRow> rows = new ArrayList<>();
            for (RecommendationChange r : w.comparison().recommendations()) {
                Recommendation any = r.after() != null ? r.after() : r.before();
                String change = switch (r.kind()) {
                    case ADDED, REMOVED, SAME -> text("action." + r.kind().name());
                    case MOVED -> text(r.rankAfter() < r.rankBefore() ? "action.UP" : "action.DOWN");
                };
                if (r.variantChanged()) {
                    change += "; " + text("action.variant", r.after().title().in(language).strip());
                }
                rows.add(new ActionRow(any.title().in(language).strip(), rank(r.rankBefore()), rank(r.rankAfter()), change,
                        r.after() != null && r.after().onBindingConstraint()));
            }
            return rows;
        }

        private static String rank(Integer rank) {
            return rank == null ? "–" : rank.toString();
        }

        private List<String> notes() {
            List<String> notes = new ArrayList<>();
            for (WhatIf.UnmetPrerequisite p : w.unmetPrerequisites()) {
                String standing = p.rank() != null ? text("notes.rank", p.rank())
                        : p.undecided() ? text("notes.undecided") : text("notes.holds");
                notes.add(text("notes.prerequisite", p.intervention().title().in(language).strip(),
                        p.required().title().in(language).strip(), standing));
            }
            DiagnosisComparison c = w.comparison();
            w.after().consistency().stream().filter(f -> c.findingsAdded().contains(f.id())).map(f -> f.id()).distinct()
                    .forEach(id -> notes.add(text("notes.findingAdded", finding(w.after(), id))));
            w.before().consistency().stream().filter(f -> c.findingsRemoved().contains(f.id())).map(f -> f.id()).distinct()
                    .forEach(id -> notes.add(text("notes.findingRemoved", finding(w.before(), id))));
            return notes;
        }

        private String finding(Diagnosis d, String id) {
            return d.consistency().stream().filter(f -> f.id().equals(id)).findFirst()
                    .map(f -> words.plain(words.statement(f.reason()))).orElseThrow();
        }

        private List<EvidenceItem> evidence() {
            List<EvidenceItem> items = new ArrayList<>();
            for (WhatIf.Implemented i : w.changes().implemented()) {
                List<String> lines = new ArrayList<>();
                ExpectedEffect effect = i.effect();
                if (effect == null) {
                    lines.add(text("evidence.none"));
                    lines.add(text("evidence.entry", i.intervention().origin().fileAndLine()));
                } else {
                    if (!effect.reaches().isEmpty()) {
                        lines.add(text("evidence.reaches", effect.reaches().entrySet().stream()
                                .map(e -> e.getKey() + " = " + words.raw(e.getValue())).collect(Collectors.joining(", "))));
                    }
                    if (!effect.kpis().isEmpty()) {
                        lines.add(text("evidence.kpis", effect.kpis().entrySet().stream()
                                .map(e -> e.getKey() + " " + number(e.getValue().low()) + "–" + number(e.getValue().high()))
                                .collect(Collectors.joining(", "))));
                    }
                    lines.add(text("effect.basis", effect.basis().in(language).strip()));
                    lines.add(text("evidence.source", effect.source().toString()));
                    lines.add(text("evidence.entry", effect.origin().fileAndLine()));
                }
                items.add(new EvidenceItem(i.intervention().title().in(language).strip(), i.intervention().id(), lines));
            }
            return items;
        }
    }

    WhatIfView {
        Objects.requireNonNull(title, "title");
        changes = List.copyOf(changes);
        scores = List.copyOf(scores);
        kpis = List.copyOf(kpis);
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
        evidence = List.copyOf(evidence);
        bindingReasons = List.copyOf(bindingReasons);
    }
}
