package org.mliadvisor.report;

import org.mliadvisor.diagnosis.BenefitRealization;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.FollowThrough;
import org.mliadvisor.diagnosis.IndicatorReach;
import org.mliadvisor.diagnosis.KpiPath;
import org.mliadvisor.diagnosis.KpiRealization;
import org.mliadvisor.diagnosis.Progress;
import org.mliadvisor.diagnosis.ProgressPoint;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Direction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the progress report says, worded once in its language, for the Markdown and the HTML documents to lay out
 * alike: its sentences and its tables as plain text (each format escapes them its own way), and the data its charts
 * draw. It names no rule and no knowledge-base line: it is the client's document.
 */
final class ProgressView {

    /** A table as plain text: its headings, which columns hold numbers, its rows. */
    record Table(List<String> headings, List<Boolean> numeric, List<List<String>> rows) {
        Table {
            headings = List.copyOf(headings);
            numeric = List.copyOf(numeric);
            rows = List.copyOf(rows);
            int columns = headings.size();
            if (numeric.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("every row has a cell under each heading");
            }
        }
    }

    /** One implemented action: its title, when it was put in place, whether it can be judged, and its tables. */
    record Benefit(String id, String title, List<String> meta, String standing, Table kpis,
                   List<KpiRealization.Verdict> verdicts, Table indicators) {
        Benefit {
            verdicts = List.copyOf(verdicts);
        }
    }

    /**
     * A KPI's chart: its path and, where the actions put in place give one, the band it was expected to reach by
     * {@code bandTo}, from the baseline {@code bandFrom}, in the KPI's own values.
     */
    record KpiChart(KpiPath path, LocalDate bandFrom, LocalDate bandTo, Double bandLow, Double bandHigh, String title,
                    String description) {
        boolean banded() {
            return bandLow != null;
        }
    }

    private final Progress p;
    private final ProgressWording w;

    ProgressView(Progress progress, ProgressWording words) {
        this.p = Objects.requireNonNull(progress, "progress");
        this.w = Objects.requireNonNull(words, "words");
    }

    Progress progress() {
        return p;
    }

    ProgressWording words() {
        return w;
    }

    // ------------------------------------------------------------------ cover

    String title() {
        return w.text("title");
    }

    String kicker() {
        return w.text("kicker");
    }

    String dates() {
        // dates are joined by semicolons: an Uzbek date has a comma of its own ("1-noyabr, 2026")
        return w.text("dates", p.points().size(), p.points().stream().map(pt -> w.date(pt.date()))
                .collect(Collectors.joining("; ")));
    }

    String knowledgeBase() {
        return w.text("knowledgeBase", p.knowledgeBase().title().in(w.language()).strip(), p.knowledgeBase().version());
    }

    String confidentiality(Brand brand) {
        return brand.confidentialityOr(w.words().text("cover.confidential", p.organization()));
    }

    // ------------------------------------------------------------------ summary

    /** The summary's points: the index, the binding constraint, what the actions delivered, what was followed, what is next. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(mliSentence());
        lines.add(bindingSentence());
        lines.add(w.words().bindingSentence(p.latest().diagnosis()));
        lines.addAll(headlines());
        followed().ifPresent(lines::add);
        lines.add(p.nextWave().isEmpty() ? w.text("next.summaryNone") : w.text("next.summary", p.nextWave().stream()
                .map(r -> r.title().in(w.language()).strip()).collect(Collectors.joining("; "))));
        return lines;
    }

    String mliSentence() {
        Double from = p.first().diagnosis().mli().headline();
        Double to = p.latest().diagnosis().mli().headline();
        String first = w.date(p.first().date());
        String latest = w.date(p.latest().date());
        Double change = p.mliChange();
        if (change == null) {
            return w.text("mli.missing", first, latest);
        }
        String shown = w.points(change).replace("+", "").replace("−", "");
        if (shown.equals(w.points(0.0))) {
            return w.text("mli.same", w.score(to), first, latest);
        }
        return w.text(change > 0 ? "mli.rose" : "mli.fell", w.score(from), w.score(to), first, latest, shown);
    }

    /** The binding constraint from the first date to the latest, or date by date when it is not one dimension each time. */
    String bindingSentence() {
        Diagnosis first = p.first().diagnosis();
        Diagnosis latest = p.latest().diagnosis();
        boolean single = p.points().stream().allMatch(pt -> pt.diagnosis().binding().determined()
                && !pt.diagnosis().binding().joint());
        if (single && p.points().size() == 2) {
            return first.binding().dimension() == latest.binding().dimension() ? w.text("binding.stayed", w.binding(latest))
                    : w.text("binding.moved", w.binding(first), w.binding(latest));
        }
        return w.text("binding.path", p.points().stream().map(pt -> w.text("note.entry", w.shortDate(pt.date()),
                w.binding(pt.diagnosis()))).collect(Collectors.joining("; ")));
    }

    /**
     * One line for each KPI judged against a range, once for the actions that share it: its path, its change and the
     * summed range it was measured against, and the verdict.
     */
    List<String> headlines() {
        Map<String, String> lines = new LinkedHashMap<>();
        for (BenefitRealization r : p.realizations()) {
            if (r.standing() != BenefitRealization.Standing.JUDGED) {
                continue;
            }
            for (KpiRealization k : r.kpis()) {
                if (!k.ranged() || k.verdict() == KpiRealization.Verdict.NOT_MEASURED) {
                    continue;
                }
                String key = k.kpiId() + "|" + r.baseline().date() + "|" + k.contributors();
                String of = k.contributors().size() == 1 ? w.text("benefit.action", w.title(r.intervention()))
                        : w.text("benefit.actions", k.contributors().size(), w.date(r.baseline().date()));
                lines.putIfAbsent(key, w.text("benefit.headline", w.kpiName(k.definition()), w.value(k.before()),
                        w.value(k.now()), w.change(k.definition(), k.change()),
                        w.range(k.definition(), k.expected().low(), k.expected().high()), of, w.verdict(k.verdict())));
            }
        }
        if (lines.isEmpty() && !p.realizations().isEmpty()
                && p.realizations().stream().noneMatch(r -> r.standing() == BenefitRealization.Standing.JUDGED)) {
            return List.of(w.text("benefit.headlineNone"));
        }
        return List.copyOf(lines.values());
    }

    /** How many of the first earlier diagnosis's first-wave actions are in place, or nothing when it had none. */
    Optional<String> followed() {
        LocalDate first = p.first().date();
        List<FollowThrough> wave = p.followThrough().stream().filter(f -> first.equals(f.recommendedOn()) && f.firstWave())
                .toList();
        if (wave.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(w.text("followed.count", wave.stream().filter(FollowThrough::implemented).count(), wave.size(),
                w.date(first)));
    }

    // ------------------------------------------------------------------ the index over time

    Table index() {
        List<List<String>> rows = new ArrayList<>();
        for (ProgressPoint pt : p.points()) {
            Diagnosis d = pt.diagnosis();
            List<String> row = new ArrayList<>();
            row.add(w.date(pt.date()));
            row.add(w.score(d.mli().headline()));
            for (Dimension dim : Dimension.values()) {
                row.add(w.score(d.dimensions().get(dim).score()));
            }
            row.add(w.binding(d));
            rows.add(row);
        }
        List<String> change = new ArrayList<>();
        change.add(w.text("index.change"));
        change.add(w.points(p.mliChange()));
        for (Dimension dim : Dimension.values()) {
            change.add(w.points(p.dimensionChange(dim)));
        }
        change.add(w.binding(p.first().diagnosis()) + " → " + w.binding(p.latest().diagnosis()));
        rows.add(change);
        List<String> headings = new ArrayList<>(List.of(w.text("index.date"), w.text("index.mli")));
        for (Dimension dim : Dimension.values()) {
            headings.add(w.words().text("dimension.short." + dim.name()));
        }
        headings.add(w.text("index.binding"));
        return new Table(headings, List.of(false, true, true, true, true, false), rows);
    }

    /** The radar's text alternative: each date's scores and the target profile. */
    String radarDescription() {
        String scores = p.points().stream().map(pt -> w.text("radar.scores", w.shortDate(pt.date()),
                w.score(pt.diagnosis().dimensions().get(Dimension.S).score()),
                w.score(pt.diagnosis().dimensions().get(Dimension.T).score()),
                w.score(pt.diagnosis().dimensions().get(Dimension.R).score()))).collect(Collectors.joining("; "));
        Diagnosis d = p.latest().diagnosis();
        String target = w.text("radar.scores", w.text("radar.target"), w.score(d.dimensions().get(Dimension.S).definition().targetScore()),
                w.score(d.dimensions().get(Dimension.T).definition().targetScore()),
                w.score(d.dimensions().get(Dimension.R).definition().targetScore()));
        return w.text("radar.desc", scores, target);
    }

    // ------------------------------------------------------------------ KPIs over time

    /** What the KPI section's charts show: the band is named only where some chart has one. */
    String kpisIntro() {
        return w.text(charts().stream().anyMatch(KpiChart::banded) ? "kpis.intro" : "kpis.introPlain");
    }

    Table kpis() {
        List<String> headings = new ArrayList<>();
        headings.add(w.text("kpis.kpi"));
        p.points().forEach(pt -> headings.add(w.shortDate(pt.date())));
        headings.add(w.text("kpis.now"));
        List<Boolean> numeric = new ArrayList<>();
        headings.forEach(h -> numeric.add(false));
        List<List<String>> rows = new ArrayList<>();
        for (KpiPath path : p.kpiPaths()) {
            List<String> row = new ArrayList<>();
            row.add(w.kpiName(path.definition()));
            for (ProgressPoint pt : p.points()) {
                row.add(path.readings().stream().filter(r -> r.on().equals(pt.date())).findFirst()
                        .map(r -> w.text("kpis.value", w.value(r.gap().actual()), w.value(r.gap().target())))
                        .orElse(w.text("kpis.notReported")));
            }
            KpiPath.Reading last = path.readings().get(path.readings().size() - 1);
            row.add(last.on().equals(p.latest().date()) ? w.words().kpiDistance(last.gap()) : "–");
            rows.add(row);
        }
        return new Table(headings, numeric, rows);
    }

    /**
     * Each KPI's chart, with the band of the first range it was judged against (the KPI's value at the baseline plus
     * the summed expected range, toward its better direction) where one applies.
     */
    List<KpiChart> charts() {
        List<KpiChart> charts = new ArrayList<>();
        for (KpiPath path : p.kpiPaths()) {
            Optional<BenefitRealization> judged = p.realizations().stream().filter(r -> r.baseline() != null && r.kpis().stream()
                    .anyMatch(k -> k.kpiId().equals(path.kpiId()) && k.ranged() && k.before() != null)).findFirst();
            LocalDate from = null;
            LocalDate to = null;
            Double low = null;
            Double high = null;
            if (judged.isPresent()) {
                KpiRealization k = judged.get().kpis().stream().filter(x -> x.kpiId().equals(path.kpiId())).findFirst().orElseThrow();
                boolean higher = path.definition().better() == Direction.HIGHER;
                from = judged.get().baseline().date();
                to = judged.get().judgedOn();
                low = higher ? k.before() + k.expected().low() : k.before() - k.expected().high();
                high = higher ? k.before() + k.expected().high() : k.before() - k.expected().low();
            }
            String readings = path.readings().stream().map(r -> w.text("chart.reading", w.value(r.gap().actual()),
                    w.shortDate(r.on()))).collect(Collectors.joining(", "));
            String targets = path.readings().stream().map(r -> w.value(r.gap().target())).distinct()
                    .collect(Collectors.joining(", "));
            String description = w.text("chart.desc", w.kpiName(path.definition()), readings, targets);
            if (low != null) {
                description += " " + w.text("chart.expectedDesc", w.shortDate(to), w.value(Math.max(0, low)), w.value(high));
            }
            charts.add(new KpiChart(path, from, to, low == null ? null : Math.max(0, low), high, w.kpiName(path.definition()),
                    description));
        }
        return charts;
    }

    // ------------------------------------------------------------------ what the actions delivered

    List<Benefit> benefits() {
        List<Benefit> benefits = new ArrayList<>();
        for (BenefitRealization r : p.realizations()) {
            List<String> meta = new ArrayList<>();
            meta.add(w.text("benefit.since", w.date(r.implementation().since()), r.weeksInPlace(),
                    r.intervention().weeksToImpact()));
            meta.add(recommended(r.interventionId()));
            String standing = switch (r.standing()) {
                case JUDGED -> null;
                case TOO_EARLY -> w.text("standing.TOO_EARLY", r.weeksInPlace(), r.intervention().weeksToImpact());
                case NO_BASELINE -> w.text("standing.NO_BASELINE", w.date(r.implementation().since()));
                case NO_STATED_EFFECT -> w.text("standing.NO_STATED_EFFECT");
            };
            benefits.add(new Benefit(r.interventionId(), w.title(r.intervention()), meta, standing, benefitKpis(r),
                    r.kpis().stream().map(KpiRealization::verdict).toList(), reaches(r)));
        }
        return benefits;
    }

    private String recommended(String id) {
        return p.followThrough().stream().filter(f -> f.interventionId().equals(id) && f.recommended()).findFirst()
                .map(f -> w.text(f.firstWave() ? "benefit.recommendedFirst" : "benefit.recommendedNext", w.date(f.recommendedOn()),
                        f.rank()))
                .orElse(w.text("benefit.notRecommended"));
    }

    private Table benefitKpis(BenefitRealization r) {
        if (r.kpis().isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (KpiRealization k : r.kpis()) {
            rows.add(List.of(w.kpiName(k.definition()), k.before() == null ? "–" : w.value(k.before()),
                    k.now() == null ? "–" : w.value(k.now()), w.change(k.definition(), k.change()),
                    w.expected(k, r.interventionId()), w.verdict(k.verdict())));
        }
        return new Table(List.of(w.text("benefit.kpi"), w.text("benefit.baseline", w.shortDate(r.baseline().date())),
                w.text("benefit.now", w.shortDate(r.judgedOn())), w.text("benefit.change"), w.text("benefit.expected"),
                w.text("benefit.verdict")), List.of(false, true, true, false, false, false), rows);
    }

    private Table reaches(BenefitRealization r) {
        if (r.indicators().isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorReach reach : r.indicators()) {
            rows.add(List.of(reach.definition().name().in(w.language()).strip(),
                    reach.before() == null ? "–" : w.words().raw(reach.before()),
                    reach.now() == null ? w.text("reach.notAnswered") : w.words().raw(reach.now()),
                    w.words().raw(reach.expected()), w.text(reach.reached() ? "reach.yes" : "reach.no")));
        }
        String baseline = r.baseline() == null ? "–" : w.shortDate(r.baseline().date());
        return new Table(List.of(w.text("benefit.practice"), w.text("benefit.baseline", baseline),
                w.text("benefit.now", w.shortDate(r.judgedOn())), w.text("benefit.inPlaceAt"), w.text("benefit.reached")),
                List.of(false, true, true, true, false), rows);
    }

    // ------------------------------------------------------------------ follow-through and next wave

    Table followThrough() {
        List<List<String>> rows = new ArrayList<>();
        for (FollowThrough f : p.followThrough()) {
            String recommended = !f.recommended() ? w.text("follow.none")
                    : w.text(f.firstWave() ? "follow.first" : "follow.next", w.shortDate(f.recommendedOn()), f.rank());
            String implemented = f.implemented() ? w.text("follow.since", w.shortDate(f.implementation().since()))
                    : w.text("follow.not");
            rows.add(List.of(w.title(f.intervention()), recommended, implemented));
        }
        return new Table(List.of(w.text("follow.action"), w.text("follow.recommended"), w.text("follow.implemented")),
                List.of(false, false, false), rows);
    }

    List<String> nextWave() {
        return p.nextWave().stream().map(this::item).toList();
    }

    String item(Recommendation r) {
        return w.text("next.item", r.title().in(w.language()).strip(), w.words().dimension(r.dimension()),
                w.words().text("effort." + r.effort().name()));
    }

    /** What the next wave leaves open: the binding constraint it does not act on, and actions in place still called for. */
    List<String> nextWaveNotes() {
        List<String> notes = new ArrayList<>();
        Diagnosis latest = p.latest().diagnosis();
        if (!p.nextWaveActsOnBinding()) {
            String binding = w.binding(latest);
            boolean noneAtAll = latest.recommendations().stream().noneMatch(Recommendation::onBindingConstraint);
            notes.add(noneAtAll ? w.text("next.noActionOnBinding", binding) : w.text("next.offBinding", binding));
        }
        if (!p.stillRecommended().isEmpty()) {
            notes.add(w.text("next.still", p.stillRecommended().stream().map(r -> r.title().in(w.language()).strip())
                    .collect(Collectors.joining("; "))));
        }
        return notes;
    }

    // ------------------------------------------------------------------ differences and method

    List<String> notes() {
        return p.notes().stream().map(w::note).toList();
    }

    List<String> method() {
        return List.of(w.text("method.rescored"), w.text("method.baseline"), w.text("method.verdicts"));
    }
}
