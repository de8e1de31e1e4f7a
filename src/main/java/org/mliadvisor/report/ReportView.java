package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.DimensionShortfall;
import org.mliadvisor.diagnosis.IndicatorScore;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.RoadmapPlanStep;
import org.mliadvisor.diagnosis.WeightRobustness;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.MethodSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the Markdown and HTML documents show of a diagnosis, decided once so that both formats (and the PDF made from
 * the HTML) tell the same story: which sections there are, the KPIs the summary names, the two waves of actions, each
 * dimension's row of the profile, each dimension's indicators and what each roadmap step holds.
 *
 * @param diagnosis the diagnosis shown
 * @param robustness how far its binding constraint holds as the weights move, or {@code null} when not worked out
 * @param options   the language, document, detail and brand asked for
 * @param sections  the document's sections in order
 * @param furthest  the KPIs furthest from target that the summary names, worst first, at most {@link #FURTHEST}
 * @param firstWave the first wave of actions, in rank order
 * @param unaddressed each binding dimension that no recommended action works on, with its weakest practices
 * @param nextWave  the actions of the next wave, in rank order
 * @param profile   one row per dimension, S, T, R
 * @param indicators each dimension's answered and unanswered indicators, S, T, R
 * @param roadmap   one row per roadmap step, in order
 * @param method    the method settings the diagnosis was made with
 */
record ReportView(Diagnosis diagnosis, WeightRobustness robustness, ReportOptions options, List<Section> sections,
                  List<KpiGap> furthest,
                  List<Recommendation> firstWave, List<Recommendation> nextWave, List<DimensionRow> profile,
                  List<IndicatorGroup> indicators, List<RoadmapRow> roadmap, MethodSettings method,
                  List<Unaddressed> unaddressed) {

    /** How many KPIs the executive summary names at most. */
    static final int FURTHEST = 3;

    ReportView {
        Objects.requireNonNull(diagnosis, "diagnosis");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(method, "method");
        sections = List.copyOf(sections);
        furthest = List.copyOf(furthest);
        firstWave = List.copyOf(firstWave);
        nextWave = List.copyOf(nextWave);
        profile = List.copyOf(profile);
        indicators = List.copyOf(indicators);
        roadmap = List.copyOf(roadmap);
        unaddressed = List.copyOf(unaddressed);
        if (sections.contains(Section.EVIDENCE) != options.scope().evidence()
                || sections.contains(Section.SUMMARY) != options.scope().client()
                || sections.contains(Section.WEIGHTS) != (options.scope().client() && robustness != null)) {
            throw new IllegalArgumentException("the sections are those of the document the options ask for");
        }
        if (robustness != null && !robustness.binding().equals(WeightRobustness.label(diagnosis.binding()))) {
            throw new IllegalArgumentException("the robustness is that of the diagnosis shown");
        }
        if (furthest.size() > FURTHEST || furthest.stream().anyMatch(g -> g.gap() <= 0)) {
            throw new IllegalArgumentException("the summary names at most " + FURTHEST + " KPIs, each short of its target");
        }
        if (!firstWave.stream().allMatch(Recommendation::firstWave) || nextWave.stream().anyMatch(Recommendation::firstWave)
                || firstWave.size() + nextWave.size() != diagnosis.recommendations().size()) {
            throw new IllegalArgumentException("every recommendation is in one wave, the first or the next");
        }
        if (profile.size() != Dimension.values().length || indicators.size() != Dimension.values().length) {
            throw new IllegalArgumentException("the profile and the indicators have a row per dimension");
        }
    }

    /** A section of the document: its anchor and the wording key of its title. */
    enum Section {
        SUMMARY("summary", "section.summary"),
        PROFILE("profile", "section.scores"),
        WEIGHTS("weights", "section.weights"),
        SURVEY("survey", "section.survey"),
        KPIS("kpis", "section.kpis"),
        ACTIONS("actions", "section.actions"),
        ROADMAP("roadmap", "section.roadmap"),
        METHOD("method", "section.methodNote"),
        EVIDENCE("evidence", "section.evidence");

        private final String id;
        private final String titleKey;

        Section(String id, String titleKey) {
            this.id = id;
            this.titleKey = titleKey;
        }

        String id() {
            return id;
        }

        String titleKey() {
            return titleKey;
        }
    }

    /**
     * One dimension's row of the profile.
     *
     * @param cost the index points its shortfall costs, or {@code null} when it has too little evidence to be compared
     */
    record DimensionRow(Dimension dimension, DimensionScore score, boolean binding, Double cost) {
        DimensionRow {
            Objects.requireNonNull(dimension, "dimension");
            if (score.dimension() != dimension) {
                throw new IllegalArgumentException("a row shows its own dimension's score");
            }
        }
    }

    /** One dimension's indicators: those answered, in the knowledge base's order, then those not answered. */
    record IndicatorGroup(Dimension dimension, List<IndicatorScore> answered, List<IndicatorDefinition> missing) {
        IndicatorGroup {
            Objects.requireNonNull(dimension, "dimension");
            answered = List.copyOf(answered);
            missing = List.copyOf(missing);
            if (answered.stream().anyMatch(s -> s.dimension() != dimension)
                    || missing.stream().anyMatch(i -> i.dimension() != dimension)) {
                throw new IllegalArgumentException("a group holds its own dimension's indicators");
            }
        }
    }

    /**
     * One roadmap step with the recommendations it names: the first-wave actions placed on it, the first wave whose
     * processes the first step maps when it holds no action of its own, and the next wave the last step leads to.
     */
    record RoadmapRow(RoadmapPlanStep step, List<Recommendation> actions, List<Recommendation> prepares,
                      List<Recommendation> nextWave) {
        RoadmapRow {
            Objects.requireNonNull(step, "step");
            actions = List.copyOf(actions);
            prepares = List.copyOf(prepares);
            nextWave = List.copyOf(nextWave);
        }
    }

    /** How many of an unaddressed dimension's weakest practices the summary names. */
    static final int WEAKEST = 2;

    /**
     * A binding dimension that no recommended action works on: none of its practices falls below the level at which the
     * knowledge base calls for an action, so its shortfall is spread over several of them. The summary says so and names
     * its weakest practices, rather than leaving a binding constraint without a word on what to do about it.
     *
     * @param weakest its answered practices with the lowest scores, lowest first, at most {@link #WEAKEST}
     */
    record Unaddressed(Dimension dimension, List<IndicatorScore> weakest) {
        Unaddressed {
            Objects.requireNonNull(dimension, "dimension");
            weakest = List.copyOf(weakest);
            if (weakest.size() > WEAKEST || weakest.stream().anyMatch(s -> s.dimension() != dimension)) {
                throw new IllegalArgumentException("at most " + WEAKEST + " practices, of the dimension itself");
            }
        }
    }

    /** The view of an analysis for the document {@code options} asks for. */
    static ReportView of(Analysis analysis, ReportOptions options) {
        Diagnosis d = analysis.diagnosis();
        List<Recommendation> first = d.recommendations().stream().filter(Recommendation::firstWave).toList();
        List<Recommendation> next = d.recommendations().stream().filter(r -> !r.firstWave()).toList();
        return new ReportView(d, analysis.robustness(), options, sections(analysis, options), furthest(d), first, next,
                profile(d), indicators(d), roadmap(d), d.dimensions().get(Dimension.S).method(), unaddressed(d));
    }

    /** The binding dimensions, S, T, R, that none of the recommendations works on, each with its weakest practices. */
    static List<Unaddressed> unaddressed(Diagnosis d) {
        if (d.binding().atTarget()) {
            return List.of();
        }
        List<Unaddressed> found = new ArrayList<>();
        for (Dimension dim : Dimension.values()) {
            if (d.binding().isBinding(dim) && d.recommendations().stream().noneMatch(r -> r.dimension() == dim)) {
                found.add(new Unaddressed(dim, d.indicatorScores().stream().filter(s -> s.dimension() == dim)
                        .sorted(Comparator.comparingDouble(IndicatorScore::score).thenComparing(IndicatorScore::indicatorId))
                        .limit(WEAKEST).toList()));
            }
        }
        return found;
    }

    /** How many actions follow in the next wave. */
    int later() {
        return nextWave.size();
    }

    /** The ranks of the given recommendations, in the order given: "1, 2, 4". */
    static String ranks(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> Integer.toString(r.rank())).collect(Collectors.joining(", "));
    }

    private static List<Section> sections(Analysis analysis, ReportOptions options) {
        List<Section> sections = new ArrayList<>();
        if (options.scope().client()) {
            sections.add(Section.SUMMARY);
            sections.add(Section.PROFILE);
            if (analysis.robustness() != null) {
                sections.add(Section.WEIGHTS);
            }
            if (analysis.diagnosis().survey() != null) {
                sections.add(Section.SURVEY);
            }
            sections.addAll(List.of(Section.KPIS, Section.ACTIONS, Section.ROADMAP, Section.METHOD));
        }
        if (options.scope().evidence()) {
            sections.add(Section.EVIDENCE);
        }
        return sections;
    }

    /** The KPIs furthest from target, worst first: by the weight of their severity, then by their gap. */
    private static List<KpiGap> furthest(Diagnosis d) {
        return d.kpiGaps().stream().filter(g -> g.gap() > 0)
                .sorted(Comparator.comparingDouble(KpiGap::weight).thenComparingDouble(KpiGap::gap).reversed()
                        .thenComparing(KpiGap::kpiId))
                .limit(FURTHEST).toList();
    }

    private static List<DimensionRow> profile(Diagnosis d) {
        List<DimensionRow> rows = new ArrayList<>();
        for (Dimension dim : Dimension.values()) {
            DimensionShortfall shortfall = d.shortfalls().get(dim);
            rows.add(new DimensionRow(dim, d.dimensions().get(dim), d.binding().isBinding(dim),
                    shortfall == null ? null : shortfall.shortfall() * 100));
        }
        return rows;
    }

    private static List<IndicatorGroup> indicators(Diagnosis d) {
        List<IndicatorGroup> groups = new ArrayList<>();
        for (Dimension dim : Dimension.values()) {
            groups.add(new IndicatorGroup(dim, d.indicatorScores().stream().filter(s -> s.dimension() == dim).toList(),
                    d.unanswered().stream().filter(i -> i.dimension() == dim).toList()));
        }
        return groups;
    }

    private static List<RoadmapRow> roadmap(Diagnosis d) {
        Map<String, Recommendation> byId = d.recommendations().stream()
                .collect(Collectors.toMap(Recommendation::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Function<List<String>, List<Recommendation>> resolve = ids -> ids.stream().map(id -> {
            Recommendation r = byId.get(id);
            if (r == null) {
                throw new IllegalArgumentException("roadmap step names " + id + ", which is not recommended");
            }
            return r;
        }).toList();
        List<RoadmapRow> rows = new ArrayList<>();
        for (RoadmapPlanStep s : d.roadmap()) {
            // the first step maps the first wave's processes only when it holds no action of its own
            rows.add(new RoadmapRow(s, resolve.apply(s.recommendations()),
                    s.recommendations().isEmpty() ? resolve.apply(s.prepares()) : List.of(), resolve.apply(s.nextWave())));
        }
        return rows;
    }
}
