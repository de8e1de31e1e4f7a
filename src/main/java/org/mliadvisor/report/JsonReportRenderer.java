package org.mliadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import org.mliadvisor.assessment.survey.ItemStatistics;
import org.mliadvisor.assessment.survey.PerceptionGaps;
import org.mliadvisor.assessment.survey.ScaleReliability;
import org.mliadvisor.assessment.survey.Statistic;
import org.mliadvisor.diagnosis.BindingBasis;
import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.DimensionShortfall;
import org.mliadvisor.diagnosis.DimensionSurvey;
import org.mliadvisor.diagnosis.IndicatorScore;
import org.mliadvisor.diagnosis.KpiEvidence;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.diagnosis.PerceivedScore;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.RoadmapPlanStep;
import org.mliadvisor.diagnosis.SurveyEvidence;
import org.mliadvisor.diagnosis.SurveyFinding;
import org.mliadvisor.diagnosis.WeightRobustness;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.Weights;
import org.mliadvisor.source.SourceLocation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The diagnosis as JSON for machines; {@link #SCHEMA_VERSION} changes when fields change meaning. */
public final class JsonReportRenderer implements ReportRenderer {

    public static final String SCHEMA_VERSION = "1.6";

    private final Language language;

    /** A renderer writing knowledge-base texts in {@code language}. */
    public JsonReportRenderer(Language language) {
        this.language = language;
    }

    @Override
    public String render(Analysis analysis) {
        Diagnosis d = analysis.diagnosis();
        return JsonFields.document(json -> {
            json.writeStringField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("language", language.code());
            json.writeStringField("organization", d.organization());
            json.writeStringField("assessedOn", d.assessedOn().toString());
            JsonFields.knowledgeBase(json, d.knowledgeBase(), language);
            json.writeObjectFieldStart("context");
            for (var c : d.context().values()) {
                json.writeObjectFieldStart(c.factorId());
                json.writeStringField("value", c.value());
                json.writeBooleanField("defaulted", c.defaulted());
                json.writeEndObject();
            }
            json.writeEndObject();
            writeMli(json, d);
            writeDimensions(json, d);
            writeIndicators(json, d);
            writeKpiGaps(json, d);
            writeBinding(json, d);
            writeRobustness(json, d, analysis.robustness());
            writeConsistency(json, d);
            writeSurvey(json, d);
            writeRecommendations(json, d);
            json.writeArrayFieldStart("needsData");
            for (NeedsData n : d.needsData()) {
                json.writeStartObject();
                json.writeStringField("id", n.interventionId());
                writeReasons(json, "because", List.of(n.reason()));
                json.writeEndObject();
            }
            json.writeEndArray();
            writeRoadmap(json, d);
        });
    }

    private void writeMli(JsonGenerator json, Diagnosis d) throws IOException {
        json.writeObjectFieldStart("weights");
        for (Dimension dim : Dimension.values()) {
            JsonFields.number(json, dim.name(), d.weights().of(dim), 4);
        }
        json.writeStringField("source", d.weights().fromAssessment() ? "assessment" : "knowledge-base");
        json.writeEndObject();
        if (d.mli().headline() == null) {
            json.writeNullField("mli");
        } else {
            JsonFields.number(json, "mli", d.mli().headline(), 4);
        }
        if (d.mli().partial() != null) {
            // a partial index is named as such and never written as `mli`, so analysts cannot mix the two
            json.writeObjectFieldStart("partialIndex");
            JsonFields.number(json, "value", d.mli().partial(), 4);
            json.writeArrayFieldStart("over");
            for (var dim : d.dimensions().values()) {
                if (dim.sufficient()) {
                    json.writeString(dim.dimension().name());
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("mliDetail");
        json.writeBooleanField("complete", d.mli().complete());
        JsonFields.number(json, "coveredWeight", d.mli().coveredWeight(), 4);
        writeReasons(json, "because", List.of(d.mli().reason()));
        json.writeEndObject();
    }

    private void writeDimensions(JsonGenerator json, Diagnosis d) throws IOException {
        json.writeObjectFieldStart("dimensions");
        for (Dimension dim : Dimension.values()) {
            DimensionScore s = d.dimensions().get(dim);
            json.writeObjectFieldStart(dim.name());
            if (s.score() == null) {
                json.writeNullField("score");
            } else {
                JsonFields.number(json, "score", s.score(), 4);
            }
            JsonFields.number(json, "weight", s.weight(), 4);
            json.writeNumberField("answered", s.answered());
            json.writeNumberField("indicators", s.total());
            json.writeBooleanField("sufficient", s.sufficient());
            writeBasis(json, s);
            DimensionShortfall shortfall = d.shortfalls().get(dim);
            if (shortfall != null) {
                JsonFields.number(json, "shortfall", shortfall.shortfall(), 4);
            }
            KpiEvidence evidence = d.kpiEvidence().get(dim);
            if (evidence != null) {
                JsonFields.number(json, "linkedKpiSeverity", evidence.meanSeverity(), 4);
            }
            writeReasons(json, "because", shortfall == null ? List.of(s.reason()) : List.of(s.reason(), shortfall.reason()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * What a dimension's score rests on: the indicators, the survey or both blended ({@code insufficient}
     * when neither), the indicators' mean ({@code null} when too few were answered) and the survey's
     * perceived score with its share of the score ({@code null} when it does not count).
     */
    private static void writeBasis(JsonGenerator json, DimensionScore s) throws IOException {
        json.writeStringField("basis", s.basis().name().toLowerCase(Locale.ROOT));
        if (s.observed() == null) {
            json.writeNullField("observed");
        } else {
            JsonFields.number(json, "observed", s.observed(), 4);
        }
        PerceivedScore perceived = s.perceived();
        if (perceived == null) {
            json.writeNullField("perceived");
            return;
        }
        json.writeObjectFieldStart("perceived");
        JsonFields.number(json, "score", perceived.score(), 4);
        JsonFields.number(json, "share", perceived.share(), 4);
        json.writeNumberField("respondents", perceived.respondents());
        json.writeBooleanField("reliable", perceived.reliable());
        json.writeEndObject();
    }

    private void writeIndicators(JsonGenerator json, Diagnosis d) throws IOException {
        json.writeArrayFieldStart("indicators");
        for (IndicatorScore s : d.indicatorScores()) {
            json.writeStartObject();
            json.writeStringField("id", s.indicatorId());
            json.writeStringField("dimension", s.dimension().name());
            if (s.answer() instanceof Answer.YesNo yesNo) {
                json.writeBooleanField("raw", yesNo.yes());
            } else {
                JsonFields.number(json, "raw", s.answer().number(), 4);
            }
            JsonFields.number(json, "score", s.score(), 4);
            writeReasons(json, "because", List.of(s.reason()));
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonFields.strings(json, "unanswered", d.unanswered().stream().map(IndicatorDefinition::id).toList());
    }

    private void writeKpiGaps(JsonGenerator json, Diagnosis d) throws IOException {
        json.writeArrayFieldStart("kpiGaps");
        for (KpiGap g : d.kpiGaps()) {
            json.writeStartObject();
            json.writeStringField("kpi", g.kpiId());
            json.writeStringField("name", g.name().in(language));
            JsonFields.number(json, "actual", g.actual(), 4);
            JsonFields.number(json, "target", g.target(), 4);
            json.writeStringField("better", g.better().name().toLowerCase(Locale.ROOT));
            JsonFields.number(json, "gap", g.gap(), 4);
            json.writeStringField("severity", g.severity().name().toLowerCase(Locale.ROOT));
            writeReasons(json, "because", List.of(g.reason()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeBinding(JsonGenerator json, Diagnosis d) throws IOException {
        var b = d.binding();
        json.writeObjectFieldStart("bindingConstraint");
        json.writeStringField("dimension", b.determined() ? b.dimension().name() : null);
        JsonFields.strings(json, "dimensions", b.binding().stream().map(Enum::name).toList());
        json.writeBooleanField("joint", b.joint());
        json.writeBooleanField("atTarget", b.atTarget());
        json.writeStringField("basis", b.determined() ? b.basis().name().toLowerCase(Locale.ROOT) : null);
        json.writeStringField("runnerUp", b.runnerUp() == null ? null : b.runnerUp().name());
        if (b.margin() == null) {
            json.writeNullField("margin");
        } else {
            JsonFields.number(json, "margin", b.margin(), 4);
        }
        writeReasons(json, "reasons", b.reasons());
        json.writeArrayFieldStart("unaddressed");
        for (ReportView.Unaddressed u : ReportView.unaddressed(d)) {
            json.writeStartObject();
            json.writeStringField("dimension", u.dimension().name());
            json.writeArrayFieldStart("weakest");
            for (var s : u.weakest()) {
                json.writeStartObject();
                json.writeStringField("indicator", s.indicatorId());
                JsonFields.number(json, "score", s.score(), 4);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("confidence", d.confidence().level().name().toLowerCase(Locale.ROOT));
        writeReasons(json, "confidenceBecause", List.of(d.confidence().reason()));
        json.writeArrayFieldStart("gatesHolding");
        for (var gate : b.gates()) {
            json.writeStartObject();
            json.writeStringField("id", gate.gateId());
            json.writeStringField("dimension", gate.gate().dimension().name());
            json.writeBooleanField("decides", b.basis() == BindingBasis.GATE
                    && b.proposals().stream().anyMatch(p -> p.gate() != null && p.gate().equals(gate.gate())));
            json.writeBooleanField("enoughEvidence", gate.sufficient());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("undecidedGates");
        for (var gate : d.undecidedGates()) {
            json.writeStartObject();
            json.writeStringField("id", gate.gateId());
            json.writeStringField("dimension", gate.gate().dimension().name());
            writeReasons(json, "because", List.of(gate.reason()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * How far the binding constraint holds as the weights move ({@code null} when not worked out): the label at the
     * firm's weights, the least L1 change of them that changes it ({@code stableWithin}), to what ({@code flipsTo}) and
     * where ({@code at}), all {@code null} when no weights change it; the statement in the report's language; the
     * simplex's regions, each a label and its polygon (empty when not asked for); and how it was computed: the compared
     * dimensions' shortfalls per unit of weight, the near-tie margin with its knowledge-base entry, the lines
     * ({@code Σ coefficient·w = offset}) and how many cells they make.
     */
    private void writeRobustness(JsonGenerator json, Diagnosis d, WeightRobustness r) throws IOException {
        if (r == null) {
            json.writeNullField("robustness");
            return;
        }
        json.writeObjectFieldStart("robustness");
        json.writeStringField("binding", r.binding());
        weights(json, "weights", r.weights());
        if (r.flips()) {
            JsonFields.number(json, "stableWithin", r.stableWithin(), 6);
            json.writeStringField("flipsTo", r.flipsTo());
            weights(json, "at", r.at());
        } else {
            json.writeNullField("stableWithin");
            json.writeNullField("flipsTo");
            json.writeNullField("at");
        }
        json.writeStringField("statement", Wording.in(language).robustnessSentence(r, d));
        json.writeArrayFieldStart("regions");
        for (WeightRobustness.Region region : r.regions()) {
            json.writeStartObject();
            json.writeStringField("binding", region.binding());
            json.writeArrayFieldStart("polygon");
            for (Weights corner : region.polygon()) {
                weights(json, null, corner);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("method");
        json.writeBooleanField("decidedByGate", d.binding().basis() == BindingBasis.GATE);
        json.writeObjectFieldStart("compared");
        for (var compared : r.compared().entrySet()) {
            JsonFields.number(json, compared.getKey().name(), compared.getValue(), 6);
        }
        json.writeEndObject();
        JsonFields.number(json, "nearTieMargin", r.margin(), 6);
        json.writeArrayFieldStart("lines");
        for (WeightRobustness.Boundary b : r.boundaries()) {
            json.writeStartObject();
            JsonFields.number(json, b.first().name(), b.firstPerWeight(), 6);
            JsonFields.number(json, b.second().name(), -b.secondPerWeight(), 6);
            JsonFields.number(json, "offset", b.offset(), 6);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("cells", r.cells());
        JsonFields.strings(json, "kb", List.of(d.dimensions().get(Dimension.S).method().origin().fileAndLine()));
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Weights as {S, T, R}, to six decimals: a flip can lie a few ten-thousandths away. */
    private static void weights(JsonGenerator json, String field, Weights w) throws IOException {
        if (field == null) {
            json.writeStartObject();
        } else {
            json.writeObjectFieldStart(field);
        }
        for (Dimension dim : Dimension.values()) {
            JsonFields.number(json, dim.name(), w.of(dim), 6);
        }
        json.writeEndObject();
    }

    /** The consistency findings with the answers involved, typed as in the assessment, and whether each lowers the confidence. */
    private void writeConsistency(JsonGenerator json, Diagnosis d) throws IOException {
        json.writeArrayFieldStart("consistency");
        for (ConsistencyFinding f : d.consistency()) {
            json.writeStartObject();
            json.writeStringField("id", f.id());
            json.writeStringField("kind", f.kind().name().toLowerCase(Locale.ROOT));
            json.writeStringField("statement", f.reason().statement(language));
            json.writeObjectFieldStart("answers");
            for (var answer : f.answers().entrySet()) {
                if (answer.getValue() instanceof Answer.YesNo yesNo) {
                    json.writeBooleanField(answer.getKey(), yesNo.yes());
                } else {
                    JsonFields.number(json, answer.getKey(), answer.getValue().number(), 4);
                }
            }
            json.writeEndObject();
            json.writeBooleanField("lowersConfidence", d.confidence().loweredBy().contains(f));
            json.writeFieldName("reason");
            writeReason(json, f.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * The survey as measured ({@code null} without respondents): respondents by function and, per
     * dimension, reliability with its interval and item figures, agreement, the perceived score and the
     * functions' means and gaps; a statistic that cannot be computed is {@code null}. Then what the rules
     * read in it ({@code findings}), each with its rule, statement, facts and knowledge-base entries.
     */
    private void writeSurvey(JsonGenerator json, Diagnosis d) throws IOException {
        SurveyEvidence survey = d.survey();
        if (survey == null) {
            json.writeNullField("survey");
            return;
        }
        json.writeObjectFieldStart("survey");
        json.writeNumberField("respondents", survey.respondents());
        json.writeObjectFieldStart("functions");
        for (var f : survey.byFunction().entrySet()) {
            json.writeNumberField(f.getKey().name().toLowerCase(Locale.ROOT), f.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("dimensions");
        for (DimensionSurvey dim : survey.dimensions().values()) {
            json.writeObjectFieldStart(dim.dimension().name());
            ScaleReliability reliability = dim.reliability();
            json.writeNumberField("n", reliability.respondents());
            json.writeNumberField("leftOut", reliability.respondentsLeftOut());
            statistic(json, "alpha", reliability.rawAlpha());
            statistic(json, "alphaStandardized", reliability.standardizedAlpha());
            if (reliability.feldtInterval().isPresent()) {
                json.writeArrayFieldStart("alphaCi");
                json.writeNumber(new java.math.BigDecimal(Numbers.format(reliability.feldtInterval().get().lower(), 6)));
                json.writeNumber(new java.math.BigDecimal(Numbers.format(reliability.feldtInterval().get().upper(), 6)));
                json.writeEndArray();
            } else {
                json.writeNullField("alphaCi");
            }
            statistic(json, "rwgJ", dim.agreement().value());
            statistic(json, "perceived", dim.perceived());
            json.writeObjectFieldStart("functions");
            for (var f : dim.gaps().byFunction().values()) {
                JsonFields.number(json, f.function().name().toLowerCase(Locale.ROOT), f.meanScore(), 6);
            }
            json.writeEndObject();
            gap(json, "marketingLogisticsGap", dim.gaps().marketingMinusLogistics());
            gap(json, "largestGap", dim.gaps().largest());
            json.writeArrayFieldStart("items");
            for (ItemStatistics item : reliability.items()) {
                json.writeStartObject();
                json.writeStringField("id", item.item());
                json.writeBooleanField("reverse", item.reverseKeyed());
                statistic(json, "mean", item.mean());
                statistic(json, "sd", item.standardDeviation());
                statistic(json, "itemRest", item.itemRestCorrelation());
                statistic(json, "alphaIfDeleted", item.alphaIfDeleted());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("findings");
        for (SurveyFinding f : d.surveyFindings()) {
            json.writeStartObject();
            json.writeStringField("id", f.id());
            json.writeStringField("dimension", f.dimension().name());
            json.writeStringField("statement", f.reason().statement(language));
            writeRuleFactsAndKb(json, f.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void statistic(JsonGenerator json, String field, Statistic statistic) throws IOException {
        if (statistic.isDefined()) {
            JsonFields.number(json, field, statistic.value(), 6);
        } else {
            json.writeNullField(field);
        }
    }

    private static void gap(JsonGenerator json, String field, Optional<PerceptionGaps.Gap> gap) throws IOException {
        if (gap.isEmpty()) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("from", gap.get().from().name().toLowerCase(Locale.ROOT));
        json.writeStringField("to", gap.get().to().name().toLowerCase(Locale.ROOT));
        JsonFields.number(json, "difference", gap.get().difference(), 6);
        json.writeEndObject();
    }

    private void writeRecommendations(JsonGenerator json, Diagnosis d) throws IOException {
        json.writeArrayFieldStart("recommendations");
        for (Recommendation r : d.recommendations()) {
            json.writeStartObject();
            json.writeNumberField("rank", r.rank());
            json.writeStringField("id", r.id());
            json.writeStringField("dimension", r.dimension().name());
            json.writeNumberField("roadmapStep", r.roadmapStep());
            json.writeStringField("wave", r.firstWave() ? "first" : "next");
            if (r.firstWave()) {
                json.writeNumberField("startWeek", r.schedule().startWeek());
                json.writeNumberField("impactWeek", r.schedule().impactWeek());
                json.writeBooleanField("startsEarly", r.schedule().early());
                json.writeBooleanField("impactAfterRoadmap", r.schedule().landsAfterHorizon());
            }
            weeks(json, r.fromWeek(), r.toWeek());
            json.writeNumberField("weeksToImpact", r.weeksToImpact());
            json.writeStringField("title", r.title().in(language));
            json.writeStringField("action", r.action().in(language));
            json.writeStringField("variant", r.variant());
            json.writeStringField("effort", r.effort().name().toLowerCase(Locale.ROOT));
            JsonFields.strings(json, "kpisMoved", r.kpisMoved());
            JsonFields.strings(json, "kpisAddressed", r.kpisAddressed());
            json.writeBooleanField("onBindingConstraint", r.onBindingConstraint());
            JsonFields.number(json, "priority", r.priority(), 4);
            json.writeObjectFieldStart("score");
            var score = r.candidate().score();
            JsonFields.number(json, "total", score.total(), 4);
            JsonFields.number(json, "depth", score.depth(), 4);
            json.writeStringField("weakestIndicator", score.weakest() instanceof IndicatorScore s ? s.indicatorId() : null);
            json.writeStringField("weakness", score.weakest() == null ? null : score.weakest().about());
            JsonFields.number(json, "kpiRelief", score.kpiRelief(), 4);
            json.writeBooleanField("onBindingConstraint", score.onBinding());
            json.writeNumberField("effortPoints", score.effortPoints());
            json.writeNumberField("weeksToImpact", score.weeksToImpact());
            json.writeEndObject();
            JsonFields.strings(json, "after", r.after());
            json.writeStringField("rationale", r.rationale().in(language));
            if (r.citation() != null) {
                json.writeObjectFieldStart("citation");
                json.writeStringField("doc", r.citation().doc());
                json.writeStringField("where", r.citation().where());
                json.writeEndObject();
            }
            json.writeStringField("kbEntry", r.source().fileAndLine());
            writeReasons(json, "because", r.because());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeRoadmap(JsonGenerator json, Diagnosis d) throws IOException {
        json.writeArrayFieldStart("roadmap");
        for (RoadmapPlanStep s : d.roadmap()) {
            json.writeStartObject();
            json.writeNumberField("step", s.step());
            json.writeStringField("title", s.title().in(language));
            weeks(json, s.fromWeek(), s.toWeek());
            JsonFields.strings(json, "deliverables", s.deliverables().stream().map(t -> t.in(language)).toList());
            JsonFields.strings(json, "recommendations", s.recommendations());
            if (!s.prepares().isEmpty()) {
                JsonFields.strings(json, "prepares", s.prepares());
            }
            if (!s.nextWave().isEmpty()) {
                JsonFields.strings(json, "nextWave", s.nextWave());
            }
            json.writeStringField("kbEntry", s.source().fileAndLine());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeReasons(JsonGenerator json, String field, List<Reason> reasons) throws IOException {
        json.writeArrayFieldStart(field);
        for (Reason reason : reasons) {
            writeReason(json, reason);
        }
        json.writeEndArray();
    }

    private void writeReason(JsonGenerator json, Reason reason) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", reason.rule());
        json.writeStringField("statement", reason.statement(language));
        writeFactsAndKb(json, reason);
        json.writeEndObject();
    }

    /** A reason's rule, facts and knowledge-base entries, for a conclusion that carries its statement itself. */
    private static void writeRuleFactsAndKb(JsonGenerator json, Reason reason) throws IOException {
        json.writeStringField("rule", reason.rule());
        writeFactsAndKb(json, reason);
    }

    private static void writeFactsAndKb(JsonGenerator json, Reason reason) throws IOException {
        json.writeObjectFieldStart("facts");
        for (var fact : reason.facts().entrySet()) {
            json.writeStringField(fact.getKey(), fact.getValue());
        }
        json.writeEndObject();
        JsonFields.strings(json, "kb", reason.kb().stream().map(SourceLocation::fileAndLine).toList());
    }

    private static void weeks(JsonGenerator json, int from, int to) throws IOException {
        json.writeObjectFieldStart("weeks");
        json.writeNumberField("from", from);
        json.writeNumberField("to", to);
        json.writeEndObject();
    }

}
