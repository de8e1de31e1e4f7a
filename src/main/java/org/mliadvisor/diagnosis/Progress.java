package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.Implementation;
import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.ExpectedEffect;
import org.mliadvisor.knowledge.ExpectedEffect.Improvement;
import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseInfo;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.Weights;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One firm's assessments over time, each diagnosed anew with one knowledge base so that they compare: how the index,
 * the dimensions, the binding constraint and the KPIs moved, what each implemented intervention has delivered against
 * its expected effect, which earlier recommendations were followed, and the next wave.
 *
 * @param points           the assessments in date order, at least two, no two of one date
 * @param realizations     each intervention the latest assessment records as implemented, in its order
 * @param followThrough    each intervention an earlier diagnosis recommended (first recommendation first), then each
 *                         implemented one that none recommended
 * @param nextWave         the latest diagnosis's recommendations not yet implemented, in rank order
 * @param stillRecommended the latest diagnosis's recommendations that are implemented already: their condition still
 *                         holds on the latest answers
 * @param notes            what the assessments record differently that bears on the comparison
 */
public record Progress(String organization, KnowledgeBaseInfo knowledgeBase, List<ProgressPoint> points,
                       List<BenefitRealization> realizations, List<FollowThrough> followThrough,
                       List<Recommendation> nextWave, List<Recommendation> stillRecommended,
                       List<ComparabilityNote> notes) {
    public Progress {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("progress compares at least two assessments");
        }
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i - 1).date().isBefore(points.get(i).date())) {
                throw new IllegalArgumentException("the assessments are in date order, no two of one date");
            }
        }
        if (points.stream().map(p -> sameOrganization(p.assessment().organization())).distinct().count() != 1) {
            throw new IllegalArgumentException("progress compares the assessments of one organization");
        }
        realizations = List.copyOf(realizations);
        followThrough = List.copyOf(followThrough);
        nextWave = List.copyOf(nextWave);
        stillRecommended = List.copyOf(stillRecommended);
        notes = List.copyOf(notes);
    }

    /**
     * Checks that {@code assessments} can be compared (one organization, no two of one date, at least two), diagnoses
     * each with {@code diagnose} and compares them; every refusal at once, naming the files.
     */
    public static Progress of(List<Assessment> assessments, Function<Assessment, Diagnosis> diagnose, KnowledgeBase kb)
            throws InputException {
        if (assessments.size() < 2) {
            throw new IllegalArgumentException("progress compares at least two assessments");
        }
        refuseIncomparable(assessments);
        List<ProgressPoint> points = assessments.stream().sorted(Comparator.comparing(Assessment::assessedOn))
                .map(a -> new ProgressPoint(a, diagnose.apply(a))).toList();
        ProgressPoint latest = points.get(points.size() - 1);
        Set<String> implemented = new LinkedHashSet<>();
        latest.assessment().implemented().forEach(i -> implemented.add(i.interventionId()));
        List<BenefitRealization> realizations = latest.assessment().implemented().stream()
                .map(i -> realization(i, points, kb)).toList();
        List<Recommendation> latestRecommendations = latest.diagnosis().recommendations();
        return new Progress(latest.assessment().organization(), kb.info(), points, realizations, followThrough(points, kb),
                latestRecommendations.stream().filter(r -> !implemented.contains(r.id())).toList(),
                latestRecommendations.stream().filter(r -> implemented.contains(r.id())).toList(), notes(points));
    }

    /** The assessments of one organization compare; two of one date have no order. Each problem names both files. */
    private static void refuseIncomparable(List<Assessment> assessments) throws InputException {
        Problems problems = new Problems();
        Assessment first = assessments.get(0);
        Map<LocalDate, Assessment> byDate = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            if (!sameOrganization(a.organization()).equals(sameOrganization(first.organization()))) {
                problems.error(SourceLocation.ofFile(a.source()), "organization", "`" + a.organization() + "` is not `"
                        + first.organization() + "`, the organization of " + first.source() + "; progress compares"
                        + " assessments of one organization");
            }
            Assessment sameDay = byDate.putIfAbsent(a.assessedOn(), a);
            if (sameDay != null) {
                problems.error(SourceLocation.ofFile(a.source()), "assessed_on", a.assessedOn() + " is also the date of "
                        + sameDay.source() + "; progress compares assessments of different dates, which give their order");
            }
        }
        problems.throwIfErrors();
    }

    /** An organization's name as compared: the same firm whatever its spacing or letter case. */
    private static String sameOrganization(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public ProgressPoint first() {
        return points.get(0);
    }

    public ProgressPoint latest() {
        return points.get(points.size() - 1);
    }

    /** The change of the headline index from the first assessment to the latest, or {@code null} when either has none. */
    public Double mliChange() {
        return change(first().diagnosis().mli().headline(), latest().diagnosis().mli().headline());
    }

    /** The change of a dimension's score from the first assessment to the latest, or {@code null} when either lacks one. */
    public Double dimensionChange(Dimension dimension) {
        return change(first().diagnosis().dimensions().get(dimension).score(),
                latest().diagnosis().dimensions().get(dimension).score());
    }

    /** The change from {@code from} to {@code to}, or {@code null} when either is missing. */
    public static Double change(Double from, Double to) {
        return from == null || to == null ? null : Numbers.exact(to - from);
    }

    /** Each KPI reported on any of the dates, in the knowledge base's order, with its readings. */
    public List<KpiPath> kpiPaths() {
        Map<String, List<KpiPath.Reading>> readings = new LinkedHashMap<>();
        first().diagnosis().kpis().keySet().forEach(id -> readings.put(id, new ArrayList<>()));
        for (ProgressPoint p : points) {
            p.diagnosis().kpiGaps().forEach(g -> readings.get(g.kpiId()).add(new KpiPath.Reading(p.date(), g)));
        }
        List<KpiPath> paths = new ArrayList<>();
        readings.forEach((id, list) -> {
            if (!list.isEmpty()) {
                paths.add(new KpiPath(first().diagnosis().kpis().get(id), list));
            }
        });
        return paths;
    }

    /** Whether some action of the next wave acts on the latest binding constraint (true when nothing binds). */
    public boolean nextWaveActsOnBinding() {
        return !latest().diagnosis().binding().determined() || nextWave.stream().anyMatch(Recommendation::onBindingConstraint);
    }

    // ------------------------------------------------------------------ benefit realization

    /**
     * What {@code implementation} has delivered by the latest assessment, from the latest assessment dated before it
     * was put in place. A KPI with a range is judged against the summed ranges of every intervention put in place after
     * that baseline whose weeks to impact have passed (their effects fall in the same span and cannot be told apart);
     * a KPI named without a figure by its direction alone.
     */
    private static BenefitRealization realization(Implementation implementation, List<ProgressPoint> points, KnowledgeBase kb) {
        Intervention intervention = known(kb, implementation.interventionId());
        ProgressPoint latest = points.get(points.size() - 1);
        ProgressPoint baseline = baseline(points, implementation.since());
        ExpectedEffect effect = intervention.expectedEffect();
        if (effect == null) {
            return new BenefitRealization(intervention, implementation, BenefitRealization.Standing.NO_STATED_EFFECT,
                    baseline, latest.date(), List.of(), List.of());
        }
        List<IndicatorReach> indicators = new ArrayList<>();
        effect.reaches().forEach((id, expected) -> indicators.add(new IndicatorReach(kb.indicators().get(id), expected,
                baseline == null ? null : baseline.assessment().indicators().get(id), latest.assessment().indicators().get(id))));
        if (baseline == null) {
            return new BenefitRealization(intervention, implementation, BenefitRealization.Standing.NO_BASELINE, null,
                    latest.date(), indicators, List.of());
        }
        boolean tooEarly = tooEarly(intervention, implementation, latest.date());
        List<KpiRealization> kpis = new ArrayList<>();
        effect.kpis().forEach((kpiId, own) -> kpis.add(kpi(kb.kpis().get(kpiId), baseline, latest, tooEarly
                ? Map.of(intervention.id(), own) : contributors(kpiId, baseline, latest, kb), tooEarly)));
        for (String kpiId : effect.alsoImproves()) {
            kpis.add(kpi(kb.kpis().get(kpiId), baseline, latest, Map.of(), tooEarly));
        }
        return new BenefitRealization(intervention, implementation, tooEarly ? BenefitRealization.Standing.TOO_EARLY
                : BenefitRealization.Standing.JUDGED, baseline, latest.date(), indicators, kpis);
    }

    /** The latest assessment dated before {@code since}: the KPIs as they were before the intervention was put in place. */
    private static ProgressPoint baseline(List<ProgressPoint> points, LocalDate since) {
        ProgressPoint baseline = null;
        for (ProgressPoint p : points) {
            if (p.date().isBefore(since)) {
                baseline = p;
            }
        }
        return baseline;
    }

    private static Intervention known(KnowledgeBase kb, String id) {
        Intervention intervention = kb.interventions().get(id);
        if (intervention == null) {
            throw new IllegalStateException("`" + id + "` was checked against another knowledge base than the one comparing");
        }
        return intervention;
    }

    /** Whether fewer weeks have passed since it was put in place than it takes to show an effect. */
    private static boolean tooEarly(Intervention intervention, Implementation implementation, LocalDate on) {
        return ChronoUnit.DAYS.between(implementation.since(), on) < 7L * intervention.weeksToImpact();
    }

    /**
     * The interventions whose expected ranges for {@code kpiId} add up over the span from {@code baseline} to the
     * latest assessment: put in place after the baseline, with their weeks to impact passed.
     */
    private static Map<String, Improvement> contributors(String kpiId, ProgressPoint baseline, ProgressPoint latest,
                                                         KnowledgeBase kb) {
        Map<String, Improvement> ranges = new LinkedHashMap<>();
        for (Implementation other : latest.assessment().implemented()) {
            Intervention intervention = known(kb, other.interventionId());
            ExpectedEffect effect = intervention.expectedEffect();
            if (effect != null && effect.kpis().containsKey(kpiId) && other.since().isAfter(baseline.date())
                    && !tooEarly(intervention, other, latest.date())) {
                ranges.put(intervention.id(), effect.kpis().get(kpiId));
            }
        }
        return ranges;
    }

    /**
     * One KPI's verdict: not measured without both values; too early when the intervention's weeks to impact have not
     * passed; not yet without an improvement (whatever a range's low end allows); else delivered or partly against the
     * summed range of {@code ranges}, or improved when there is none to sum (a KPI named without a figure).
     */
    private static KpiRealization kpi(KpiDefinition kpi, ProgressPoint baseline, ProgressPoint latest,
                                      Map<String, Improvement> ranges, boolean tooEarly) {
        KpiObservation before = baseline.assessment().kpis().get(kpi.id());
        KpiObservation now = latest.assessment().kpis().get(kpi.id());
        Improvement expected = ranges.values().stream().reduce(Improvement::plus).orElse(null);
        List<String> contributors = List.copyOf(ranges.keySet());
        if (before == null || now == null) {
            return new KpiRealization(kpi, before == null ? null : before.actual(), now == null ? null : now.actual(), null,
                    expected, contributors, KpiRealization.Verdict.NOT_MEASURED);
        }
        double change = Numbers.exact(kpi.better() == Direction.HIGHER ? now.actual() - before.actual()
                : before.actual() - now.actual());
        KpiRealization.Verdict verdict;
        if (tooEarly) {
            verdict = KpiRealization.Verdict.TOO_EARLY;
        } else if (change <= 0) {
            verdict = KpiRealization.Verdict.NOT_YET;
        } else if (expected == null) {
            verdict = KpiRealization.Verdict.IMPROVED;
        } else {
            verdict = change + Numbers.EPSILON >= expected.low() ? KpiRealization.Verdict.DELIVERED : KpiRealization.Verdict.PARTLY;
        }
        return new KpiRealization(kpi, before.actual(), now.actual(), change, expected, contributors, verdict);
    }

    // ------------------------------------------------------------------ follow-through

    /** Each intervention an earlier diagnosis recommended, once, then each implemented one none recommended. */
    private static List<FollowThrough> followThrough(List<ProgressPoint> points, KnowledgeBase kb) {
        ProgressPoint latest = points.get(points.size() - 1);
        Map<String, Implementation> implemented = new LinkedHashMap<>();
        latest.assessment().implemented().forEach(i -> implemented.put(i.interventionId(), i));
        Map<String, FollowThrough> byId = new LinkedHashMap<>();
        for (ProgressPoint p : points.subList(0, points.size() - 1)) {
            for (Recommendation r : p.diagnosis().recommendations()) {
                byId.putIfAbsent(r.id(), new FollowThrough(r.intervention(), p.date(), r.rank(), r.firstWave(),
                        implemented.get(r.id())));
            }
        }
        implemented.forEach((id, i) -> byId.putIfAbsent(id, new FollowThrough(known(kb, id), null, 0, false, i)));
        return List.copyOf(byId.values());
    }

    // ------------------------------------------------------------------ what the assessments record differently

    private static List<ComparabilityNote> notes(List<ProgressPoint> points) {
        List<ComparabilityNote> notes = new ArrayList<>();
        differing(notes, ComparabilityNote.Kind.WEIGHTS, "", points, p -> p.diagnosis().weights().weights(), false);
        eachKey(notes, points, ComparabilityNote.Kind.CONTEXT, p -> p.diagnosis().context(), ContextValue::value, false);
        eachKey(notes, points, ComparabilityNote.Kind.KPI_REPORTED, p -> p.assessment().kpis(), KpiObservation::actual, true);
        eachKey(notes, points, ComparabilityNote.Kind.TARGET, p -> p.assessment().kpis(), KpiObservation::target, false);
        eachKey(notes, points, ComparabilityNote.Kind.INDICATOR_ANSWERED, p -> p.assessment().indicators(), a -> a, true);
        differing(notes, ComparabilityNote.Kind.SURVEY, "", points, p -> p.assessment().respondents().isEmpty() ? null
                : (double) p.assessment().respondents().size(), true);
        implementedNotes(notes, points);
        return notes;
    }

    /** A note of {@code kind} for each key of {@code map} (on any date) whose {@code value} differs between the dates. */
    private static <V> void eachKey(List<ComparabilityNote> notes, List<ProgressPoint> points, ComparabilityNote.Kind kind,
                                    Function<ProgressPoint, Map<String, V>> map, Function<V, Object> value, boolean presence) {
        Set<String> keys = new LinkedHashSet<>();
        points.forEach(p -> keys.addAll(map.apply(p).keySet()));
        for (String key : keys) {
            differing(notes, kind, key, points, p -> {
                V given = map.apply(p).get(key);
                return given == null ? null : value.apply(given);
            }, presence);
        }
    }

    /**
     * Adds a note of {@code kind} when {@code value} differs between the points: with {@code presence}, when it is
     * given on some dates and not on others; otherwise when two dates give it differently (a date without it aside).
     */
    private static void differing(List<ComparabilityNote> notes, ComparabilityNote.Kind kind, String subject,
                                  List<ProgressPoint> points, Function<ProgressPoint, Object> value, boolean presence) {
        List<ComparabilityNote.Entry> entries = points.stream().map(p -> new ComparabilityNote.Entry(p.date(), value.apply(p)))
                .toList();
        boolean differs;
        if (presence) {
            differs = entries.stream().map(e -> e.value() == null).distinct().count() > 1;
        } else {
            differs = entries.stream().map(ComparabilityNote.Entry::value).filter(Objects::nonNull).map(Progress::comparable)
                    .distinct().count() > 1;
        }
        if (differs) {
            notes.add(new ComparabilityNote(kind, subject, entries));
        }
    }

    /** Weights that differ only by arithmetic noise are the same weights. */
    private static Object comparable(Object value) {
        if (value instanceof Weights w) {
            return List.of(Numbers.exact(w.s()), Numbers.exact(w.t()), Numbers.exact(w.r()));
        }
        return value instanceof Answer a ? a.comparable() : value;
    }

    /** Interventions recorded as implemented earlier but not now, and those recorded since different dates. */
    private static void implementedNotes(List<ComparabilityNote> notes, List<ProgressPoint> points) {
        Set<String> ids = new LinkedHashSet<>();
        points.forEach(p -> p.assessment().implemented().forEach(i -> ids.add(i.interventionId())));
        Set<String> latest = new LinkedHashSet<>();
        points.get(points.size() - 1).assessment().implemented().forEach(i -> latest.add(i.interventionId()));
        for (String id : ids) {
            Function<ProgressPoint, Object> since = p -> p.assessment().implemented().stream()
                    .filter(i -> i.interventionId().equals(id)).map(Implementation::since).findFirst().orElse(null);
            if (!latest.contains(id)) {
                notes.add(new ComparabilityNote(ComparabilityNote.Kind.IMPLEMENTATION_DROPPED, id, points.stream()
                        .map(p -> new ComparabilityNote.Entry(p.date(), since.apply(p))).toList()));
            } else {
                differing(notes, ComparabilityNote.Kind.SINCE_CHANGED, id, points, since, false);
            }
        }
    }
}
