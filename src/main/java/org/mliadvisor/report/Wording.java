package org.mliadvisor.report;

import org.mliadvisor.diagnosis.BindingBasis;
import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.DimensionShortfall;
import org.mliadvisor.diagnosis.DimensionSurvey;
import org.mliadvisor.diagnosis.IndicatorScore;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.NotRecommended;
import org.mliadvisor.diagnosis.PerceptionGap;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.SurveyEvidence;
import org.mliadvisor.diagnosis.SurveyFinding;
import org.mliadvisor.diagnosis.Templates;
import org.mliadvisor.diagnosis.WeightRobustness;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Condition;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.KpiUnit;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.MethodSettings;
import org.mliadvisor.knowledge.Weights;
import org.mliadvisor.knowledge.SurveySettings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a report in one language, from the bundled {@code wording_<lang>.properties}: section
 * titles, labels and the plain sentences built from a diagnosis, with numbers and dates in the
 * language's own convention.
 */
public final class Wording {

    private static final Templates WORDS = Templates.load("/org/mliadvisor/report/wording_%s.properties");

    private final Language language;

    private Wording(Language language) {
        this.language = language;
    }

    public static Wording in(Language language) {
        return new Wording(language);
    }

    public Language language() {
        return language;
    }

    /** Every report template of {@code language} by key, for checks that each language says everything English says. */
    static Map<String, String> patterns(Language language) {
        return WORDS.patterns(language);
    }

    /**
     * The text of {@code key} with its arguments put in as given: arguments are already-formatted
     * text, so nothing in them (such as a brace from an organization's name) is read as a pattern.
     */
    public String text(String key, Object... args) {
        return WORDS.literal(key, language, args);
    }

    public String number(double value, int decimals) {
        return Numbers.format(value, decimals, language);
    }

    public String percent(double share) {
        return Numbers.percent(share, language);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
    }

    /** A reason's statement in this language. */
    public String statement(Reason reason) {
        return reason.statement(language);
    }

    /** That no recommended action works on a binding dimension, and its weakest practices with their scores. */
    String unaddressed(ReportView.Unaddressed u) {
        List<String> named = u.weakest().stream().map(s -> text("summary.practiceScore",
                s.definition().name().in(language).strip(), score(s.score()))).toList();
        String weakest = named.size() == 2 ? text("summary.twoPractices", named.get(0), named.get(1)) : String.join("", named);
        return text(u.weakest().isEmpty() ? "summary.unaddressedUnanswered" : "summary.unaddressed", dimension(u.dimension()),
                weakest);
    }

    public String dimension(Dimension dimension) {
        return text("dimension." + dimension.name());
    }

    public String yesNo(boolean value) {
        return text(value ? "value.yes" : "value.no");
    }

    /**
     * A 0..1 score on the report's 0–100 scale ("62", "48.6"): the index, the dimensions, the indicators
     * and the targets all read on the same scale a manager uses.
     */
    public String score(double share) {
        return number(share * 100, 1);
    }

    /**
     * How far a KPI is from its target in the plain terms a manager repeats: percentage points for a
     * KPI in percent ("8 points below target"), a share of the target otherwise ("40 % above target"),
     * in the KPI's own units when the target is 0; "meets the target" when it does.
     */
    public String kpiDistance(KpiGap gap) {
        double difference = gap.actual() - gap.target();
        boolean worse = gap.better() == Direction.HIGHER ? difference < 0 : difference > 0;
        if (!worse || gap.gap() <= 0) {
            return text("kpi.distance.meets");
        }
        String side = difference < 0 ? "below" : "above";
        if (gap.definition().unit() == KpiUnit.PERCENT) {
            return text("kpi.distance.points." + side, number(Math.abs(difference), 1));
        }
        if (gap.target() > 0) {
            return text("kpi.distance.share." + side, percent(Math.abs(difference) / gap.target()));
        }
        return text("kpi.distance.units." + side, number(Math.abs(difference), 2));
    }

    /** A statement for the client: ids quoted for the consultant (`S.sop_cycle`) lose their code quotes. */
    public String plain(String statement) {
        return statement.replace("`", "");
    }

    /** The index in one phrase on the 0–100 scale: its value, the partial index with what it covers, or why there is none. */
    public String mliSentence(Diagnosis d) {
        if (d.mli().headline() != null) {
            return text("mli.outOf", score(d.mli().headline()));
        }
        if (d.mli().partial() != null) {
            String covered = String.join(", ", d.dimensions().values().stream().filter(x -> x.sufficient())
                    .map(x -> dimension(x.dimension())).toList());
            return text("mli.partial", score(d.mli().partial()), covered);
        }
        return text("mli.absent", plain(statement(d.mli().reason())));
    }

    /** Which weights the index uses, as shares, and where they came from. */
    public String weightsSentence(Diagnosis d) {
        String s = percent(d.weights().of(Dimension.S));
        String t = percent(d.weights().of(Dimension.T));
        String r = percent(d.weights().of(Dimension.R));
        return text(d.weights().fromAssessment() ? "weights.fromAssessment" : "weights.default", s, t, r);
    }

    /** The client's one-page method note, paragraph by paragraph, in plain words and on the 0–100 scale. */
    public List<String> methodNote(Diagnosis d, MethodSettings method) {
        return List.of(
                text("note.index"),
                weightsSentence(d),
                text("note.binding", number(method.nearTieMargin() * 100, 1)),
                text("note.ranking"),
                text("note.roadmap", method.firstWaveSize(), method.highEffortAtOnce(), d.roadmapMinWeeks(), d.roadmapMaxWeeks()),
                text("note.evidence", method.minAnsweredPerDimension()) + " " + method.minAnsweredReason().in(language).strip(),
                text("note.checks"));
    }

    /** The method as the evidence appendix states it, with its formulas, thresholds and where the knowledge base was read from. */
    public List<String> methodDetails(Diagnosis d, MethodSettings method) {
        return List.of(
                text("method.formula"),
                text("method.weights", number(d.weights().of(Dimension.S), 3), number(d.weights().of(Dimension.T), 3),
                        number(d.weights().of(Dimension.R), 3)),
                text("method.binding", number(method.nearTieMargin(), 3)),
                text("method.ranking"),
                text("method.roadmap", method.firstWaveSize(), method.highEffortAtOnce()),
                text("method.evidence", method.minAnsweredPerDimension(), method.minAnsweredReason().in(language).strip()),
                text("method.knowledgeBase", d.knowledgeBase().title().in(language), d.knowledgeBase().id(),
                        d.knowledgeBase().version(), d.knowledgeBase().location()));
    }

    /** Who answered the survey: "10 people answered the survey: marketing 3, sales 2, …". */
    public String respondents(SurveyEvidence survey) {
        String functions = survey.byFunction().entrySet().stream()
                .map(f -> text("function." + f.getKey().name()) + " " + f.getValue()).collect(Collectors.joining(", "));
        return text("survey.respondents", survey.respondents(), functions);
    }

    /** A dimension's Cronbach's α with its reading against the knowledge base's threshold: reliable, questionable or unreliable. */
    public String reliability(DimensionSurvey dim, SurveySettings settings) {
        var alpha = dim.reliability().rawAlpha();
        if (!alpha.isDefined()) {
            return text("survey.notComputed");
        }
        double value = alpha.value();
        String reading = value >= settings.reliableAlpha() ? "survey.reliable"
                : value >= settings.reliableAlpha() - 0.1 ? "survey.questionable" : "survey.unreliable";
        return "α = " + number(value, 2) + ", " + text(reading);
    }

    /** A dimension's rwg(j) with its reading against the knowledge base's threshold. */
    public String agreement(DimensionSurvey dim, SurveySettings settings) {
        var rwg = dim.agreement().value();
        if (!rwg.isDefined()) {
            return text("survey.notComputed");
        }
        return number(rwg.value(), 2) + ", " + text(rwg.value() >= settings.agreementRwg() ? "survey.agree" : "survey.disagree");
    }

    /** How far marketing's mean is from logistics', in scale points, or a dash when one of them did not answer. */
    public String marketingLogistics(DimensionSurvey dim) {
        return dim.gaps().marketingMinusLogistics()
                .map(g -> text("survey.gapPoints", number(g.difference(), 2), dim.gaps().scale().points())).orElse("–");
    }

    /**
     * What a dimension's score rests on when the survey is part of it ("indicators and survey", "survey
     * only"), or {@code null} when it rests on the indicators alone or on nothing.
     */
    public String scoreBasis(DimensionScore s) {
        return switch (s.basis()) {
            case BLENDED, SURVEY -> text("scores.basis." + s.basis().name());
            case INDICATORS, INSUFFICIENT -> null;
        };
    }

    /**
     * What the survey shows about a dimension, for the client: its statement without code quotes and
     * without the dimension's letter it opens with, which {@link #surveyFindingTitle} names in words.
     */
    public String surveyFinding(SurveyFinding f) {
        String statement = plain(statement(f.reason()));
        String letter = f.dimension().name() + ": ";
        if (!statement.startsWith(letter) || statement.length() == letter.length()) {
            return statement;
        }
        String rest = statement.substring(letter.length());
        return rest.substring(0, 1).toUpperCase(language.locale()) + rest.substring(1);
    }

    /** A survey finding's dimension and kind in a few words: "Relational integration — respondents who do not agree". */
    public String surveyFindingTitle(SurveyFinding f) {
        return dimension(f.dimension()) + " — " + text("survey.finding." + f.kind().name());
    }

    /** A KPI named with how far it is from its target: "On-time in-full (OTIF): 8 points below target". */
    public String kpiWithDistance(KpiGap gap) {
        return text("kpi.withDistance", gap.name().in(language).strip(), kpiDistance(gap));
    }

    /**
     * Why an action applies to this firm, in one sentence a manager can repeat: the weakest practice
     * behind it on the 0–100 scale, the KPIs it should move with their distance to target, and whether
     * it works on the binding constraint.
     */
    public String whyForThisFirm(Recommendation r) {
        List<String> parts = new ArrayList<>();
        if (r.candidate().score().weakest() instanceof IndicatorScore weakest) {
            parts.add(text("why.weakest", weakest.definition().name().in(language).strip(), score(weakest.score())));
        } else if (r.candidate().score().weakest() instanceof PerceptionGap gap) {
            parts.add(text("why.perception_gap", dimension(gap.dimension()), number(gap.distance(), 1), gap.scalePoints()));
        }
        List<String> kpis = r.candidate().movedGaps().stream().filter(g -> g.gap() > 0)
                .map(g -> text("why.kpi", g.name().in(language).strip(), kpiDistance(g))).toList();
        if (!kpis.isEmpty()) {
            parts.add(text("why.kpis", String.join(", ", kpis)));
        }
        if (r.onBindingConstraint()) {
            parts.add(text("why.binding"));
        }
        if (parts.isEmpty()) {
            parts.add(text("why.condition"));
        }
        String sentence = String.join("; ", parts);
        return sentence.substring(0, 1).toUpperCase(language.locale()) + sentence.substring(1) + ".";
    }

    /**
     * The title of an intervention of this diagnosis by id, wherever it stands (recommended, needing
     * data, not recommended); the id itself only for one the diagnosis does not know.
     */
    public String interventionTitle(Diagnosis d, String id) {
        for (Recommendation r : d.recommendations()) {
            if (r.id().equals(id)) {
                return r.title().in(language).strip();
            }
        }
        for (NeedsData n : d.needsData()) {
            if (n.interventionId().equals(id)) {
                return n.intervention().intervention().title().in(language).strip();
            }
        }
        for (NotRecommended n : d.notRecommended()) {
            if (n.id().equals(id)) {
                return n.intervention().title().in(language).strip();
            }
        }
        return id;
    }

    /** What must come first for an action: recommended prerequisites, and those the data cannot settle. */
    public List<String> prerequisites(Diagnosis d, Recommendation r) {
        List<String> sentences = new ArrayList<>();
        if (!r.after().isEmpty()) {
            sentences.add(text("after.recommended", String.join(", ", r.after().stream().map(id -> interventionTitle(d, id)).toList())));
        }
        r.undecidedPrerequisites().forEach(u -> sentences.add(text("after.undecided", interventionTitle(d, u.prerequisiteId()))));
        return sentences;
    }

    /** What an action that may apply needs before it can be decided, in the names of the indicators and KPIs it reads. */
    public String needs(Diagnosis d, NeedsData n) {
        List<String> names = n.missing().stream().map(e -> subjectName(d, e.comparison())).distinct().toList();
        String title = n.intervention().intervention().title().in(language).strip();
        return names.isEmpty() ? text("needs.some", title) : text("needs.these", title, String.join("; ", names));
    }

    private String subjectName(Diagnosis d, Condition.Comparison c) {
        return switch (c.subject()) {
            case INDICATOR, INDICATOR_SCORE -> d.unanswered().stream().filter(i -> i.id().equals(c.target())).findFirst()
                    .map(i -> i.name().in(language).strip())
                    .or(() -> d.indicatorScores().stream().filter(s -> s.indicatorId().equals(c.target())).findFirst()
                            .map(s -> s.definition().name().in(language).strip()))
                    .orElse(c.target());
            case KPI_GAP -> d.kpiName(c.target()).in(language).strip();
            case DIMENSION -> dimension(Dimension.valueOf(c.target()));
            case CONTEXT -> text("needs.context", c.target());
            case PERCEPTION_GAP -> text("needs.perception_gap", dimension(Dimension.valueOf(c.target())));
        };
    }

    /**
     * A wording pattern as CSS {@code content} for a page margin box: the pattern's text as quoted
     * strings and its {@code {0}}, {@code {1}}… as the given counters ("Page {0} of {1}" →
     * {@code "Page " counter(page) " of " counter(pages)}).
     */
    String cssContent(String key, String... counters) {
        String pattern = WORDS.patterns(language).get(key);
        StringBuilder content = new StringBuilder();
        Matcher m = Pattern.compile("\\{(\\d)}").matcher(pattern);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                content.append(Markup.cssString(pattern.substring(last, m.start()))).append(' ');
            }
            content.append(counters[Integer.parseInt(m.group(1))]).append(' ');
            last = m.end();
        }
        if (last < pattern.length()) {
            content.append(Markup.cssString(pattern.substring(last)));
        }
        return content.toString().strip();
    }

    /** A raw indicator answer: yes/no words for yes/no indicators, a number otherwise. */
    public String raw(Answer answer) {
        return answer instanceof Answer.YesNo yesNo ? yesNo(yesNo.yes()) : number(answer.number(), 2);
    }

    /** When a recommendation runs: its step and weeks in the first wave, or the next wave; early or late starts said. */
    public String when(Recommendation r, int horizon) {
        if (!r.firstWave()) {
            return text("intervention.nextWave", r.roadmapStep());
        }
        return text("intervention.stepWeeks", r.roadmapStep(), r.fromWeek(), r.toWeek())
                + (r.schedule().early() ? text("intervention.early") : "")
                + (r.schedule().landsAfterHorizon() ? text("intervention.late", horizon) : "");
    }

    /**
     * The binding constraint in one plain sentence with its margin over the runner-up, in index
     * points (weighted shortfall × 100), or why none can be named.
     */
    public String bindingSentence(Diagnosis d) {
        BindingOutcome b = d.binding();
        if (!b.determined()) {
            return text("binding.none", statement(b.reasons().get(0)));
        }
        String binding = dimension(b.dimension());
        if (b.joint()) {
            return text("binding.joint", binding, dimension(b.partner()));
        }
        DimensionShortfall own = d.shortfalls().get(b.dimension());
        if (b.runnerUp() == null || own == null) {
            return text("binding.alone", binding);
        }
        String runnerUp = dimension(b.runnerUp());
        if (b.margin() == 0) {
            return text("binding.tied", binding, runnerUp, number(own.shortfall() * 100, 1));
        }
        if (b.margin() > 0) {
            return text("binding.ahead", binding, number(own.shortfall() * 100, 1), number(b.margin() * 100, 1), runnerUp);
        }
        return text("binding.behind", binding, text("binding.basis." + b.basis().name()), runnerUp,
                number(-b.margin() * 100, 1));
    }

    /** The confidence in the binding constraint in one plain sentence, with how many findings lowered it. */
    public String confidenceSentence(Diagnosis d) {
        return text("consistency.confidence." + d.confidence().level().name(), d.confidence().loweredBy().size());
    }

    /**
     * How far the binding constraint holds as the weights move, in one plain sentence with the dimensions' names and
     * the weights as shares: which weights would have to rise, above what, at whose expense, and what binds then; with a
     * gate, why no weights change it.
     */
    public String robustnessSentence(WeightRobustness r, Diagnosis d) {
        if (!r.flips()) {
            String whatever = labelled("robustness.whatever", r.binding());
            return d.binding().basis() == BindingBasis.GATE ? whatever + " " + text("robustness.gate") : whatever;
        }
        String stays = labelled("robustness.stays", r.binding());
        String then = labelled("robustness.then", r.flipsTo());
        List<Dimension> rising = r.rising();
        if (rising.isEmpty()) {
            return text("robustness.flipHere", stays, then);
        }
        List<Dimension> falling = r.falling();
        String expense = falling.size() == 1 ? text("robustness.expense.one", dimension(falling.get(0)))
                : text("robustness.expense.two", dimension(falling.get(0)), dimension(falling.get(1)));
        String[] a = apart(r.at().of(rising.get(0)), r.weights().of(rising.get(0)));
        String unless;
        if (rising.size() == 1) {
            unless = text("robustness.unless.one", dimension(rising.get(0)), a[0], a[1], expense);
        } else {
            String[] b = apart(r.at().of(rising.get(1)), r.weights().of(rising.get(1)));
            unless = text("robustness.unless.two", dimension(rising.get(0)), dimension(rising.get(1)), a[0], b[0], a[1], b[1],
                    expense);
        }
        return text("robustness.flip", stays, unless, then);
    }

    /** How much of the index's weight the nearest change moves between dimensions, or {@code null} with none or none to move. */
    public String robustnessShift(WeightRobustness r) {
        return r.flips() && r.stableWithin() > 0 ? text("robustness.shift", percent(r.stableWithin() / 2)) : null;
    }

    /** A weight as a share, in this language's convention. */
    public String weight(double share) {
        return percent(share);
    }

    /**
     * How the weight robustness was worked out, for the evidence appendix: which comparisons of the rules draw the
     * lines, with the knowledge base's near-tie margin and where it is written, into how many cells they cut the
     * weight triangle, how those were labelled, and the result at the firm's weights.
     */
    public List<String> robustnessMethod(WeightRobustness r, Diagnosis d, MethodSettings method) {
        List<String> paragraphs = new ArrayList<>();
        Map<Dimension, Double> compared = r.compared();
        if (d.binding().basis() == BindingBasis.GATE) {
            paragraphs.add(text("evidence.robustness.gate"));
        } else if (compared.isEmpty()) {
            paragraphs.add(text("evidence.robustness.nothing"));
        } else if (compared.size() == 1) {
            Dimension only = compared.keySet().iterator().next();
            paragraphs.add(text("evidence.robustness.one", only.name(), number(compared.get(only), 3)));
        } else {
            String shortfalls = compared.entrySet().stream().map(e -> e.getKey().name() + " " + number(e.getValue(), 3))
                    .collect(Collectors.joining(", "));
            List<String> lines = new ArrayList<>();
            for (WeightRobustness.Boundary b : r.boundaries()) {
                if (b.offset() == 0) {
                    lines.add(number(b.firstPerWeight(), 3) + "·w" + b.first() + " − " + number(b.secondPerWeight(), 3) + "·w"
                            + b.second());
                }
            }
            paragraphs.add(text("evidence.robustness.lines", shortfalls, number(r.margin(), 3), method.origin().fileAndLine(),
                    String.join("; ", lines), r.cells()));
        }
        paragraphs.add(r.regions().isEmpty() ? text("evidence.robustness.nearest")
                : text("evidence.robustness.labelled", r.regions().size()));
        String at = text("evidence.robustness.weights", weights(r.weights()), technical(r.binding()));
        paragraphs.add(r.flips() ? at + " " + text("evidence.robustness.flip", number(r.stableWithin(), 4), weights(r.at()),
                technical(r.flipsTo())) : at + " " + text("evidence.robustness.noFlip"));
        return paragraphs;
    }

    /** A binding label as the appendix writes it: "S", "S+T", or the word for none. */
    private String technical(String label) {
        return label.equals(WeightRobustness.NONE) ? text("evidence.robustness.none") : label;
    }

    private String weights(Weights w) {
        return "wS = " + number(w.s(), 4) + ", wT = " + number(w.t(), 4) + ", wR = " + number(w.r(), 4);
    }

    /** A binding label ("S", "S+T", "none") worded by the templates {@code prefix.one}, {@code .joint} or {@code .none}. */
    private String labelled(String prefix, String label) {
        if (label.equals(WeightRobustness.NONE)) {
            return text(prefix + ".none");
        }
        String[] dims = label.split("\\+");
        return dims.length == 1 ? text(prefix + ".one", dimension(Dimension.valueOf(dims[0])))
                : text(prefix + ".joint", dimension(Dimension.valueOf(dims[0])), dimension(Dimension.valueOf(dims[1])));
    }

    /** Two weights as shares with as few decimals (one to three) as tell them apart. */
    private String[] apart(double a, double b) {
        for (int decimals = 1; ; decimals++) {
            String x = number(a * 100, decimals) + percentSign();
            String y = number(b * 100, decimals) + percentSign();
            if (!x.equals(y) || decimals == 3) {
                return new String[] {x, y};
            }
        }
    }

    private String percentSign() {
        return percent(0).replace(number(0, 1), "");
    }
}
