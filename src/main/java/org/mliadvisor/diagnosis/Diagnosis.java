package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.KpiDefinition;
import org.mliadvisor.knowledge.Text;
import org.mliadvisor.knowledge.KnowledgeBaseInfo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the rules concluded for one assessment; every renderer works from this one model.
 *
 * @param consistency the consistency findings, in report order
 * @param confidence  the confidence in the binding constraint those findings leave
 * @param survey      what the firm's survey measures, or {@code null} when the assessment has no respondents
 * @param surveyFindings what the rules read in the survey (unreliable items, disagreement, perception gaps), by dimension
 */
public record Diagnosis(String organization, LocalDate assessedOn, KnowledgeBaseInfo knowledgeBase,
                        AppliedWeights weights, Map<String, ContextValue> context, List<IndicatorScore> indicatorScores,
                        List<IndicatorDefinition> unanswered, Map<Dimension, DimensionScore> dimensions,
                        Map<Dimension, DimensionShortfall> shortfalls, Map<Dimension, KpiEvidence> kpiEvidence,
                        MliScore mli, List<KpiGap> kpiGaps, BindingOutcome binding,
                        List<Recommendation> recommendations, List<NeedsData> needsData,
                        List<UndecidedGate> undecidedGates, List<NotRecommended> notRecommended,
                        List<RoadmapPlanStep> roadmap, int roadmapMinWeeks, int roadmapMaxWeeks,
                        Map<String, KpiDefinition> kpis, List<ConsistencyFinding> consistency,
                        BindingConfidence confidence, SurveyEvidence survey,
                        List<SurveyFinding> surveyFindings) {
    public Diagnosis {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(knowledgeBase, "knowledgeBase");
        Objects.requireNonNull(weights, "weights");
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
        indicatorScores = List.copyOf(indicatorScores);
        unanswered = List.copyOf(unanswered);
        dimensions = Collections.unmodifiableMap(new EnumMap<>(dimensions));
        if (dimensions.size() != Dimension.values().length) {
            throw new IllegalArgumentException("a diagnosis scores or reports every dimension");
        }
        shortfalls = Collections.unmodifiableMap(shortfalls.isEmpty() ? Map.of() : new EnumMap<>(shortfalls));
        kpiEvidence = Collections.unmodifiableMap(kpiEvidence.isEmpty() ? Map.of() : new EnumMap<>(kpiEvidence));
        Objects.requireNonNull(mli, "mli");
        kpiGaps = List.copyOf(kpiGaps);
        Objects.requireNonNull(binding, "binding");
        recommendations = List.copyOf(recommendations);
        needsData = List.copyOf(needsData);
        undecidedGates = List.copyOf(undecidedGates);
        notRecommended = List.copyOf(notRecommended);
        roadmap = List.copyOf(roadmap);
        if (roadmapMinWeeks < 1 || roadmapMaxWeeks < roadmapMinWeeks) {
            throw new IllegalArgumentException("the roadmap needs 1 ≤ min ≤ max weeks");
        }
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        consistency = List.copyOf(consistency);
        Objects.requireNonNull(confidence, "confidence");
        if (!consistency.containsAll(confidence.loweredBy())) {
            throw new IllegalArgumentException("the confidence is lowered only by findings of this diagnosis");
        }
        surveyFindings = List.copyOf(surveyFindings);
        if (survey == null && !surveyFindings.isEmpty()) {
            throw new IllegalArgumentException("survey findings need a survey");
        }
    }

    /** What this diagnosis concludes, without its reasons. */
    public Verdict verdict() {
        return new Verdict(organization, dimensions, mli, binding, recommendations.stream().map(Recommendation::id).toList(),
                consistency, survey);
    }

    /** A KPI's name in the knowledge base, for reports that name KPIs the assessment did not report too. */
    public Text kpiName(String kpiId) {
        KpiDefinition kpi = kpis.get(kpiId);
        return kpi == null ? Text.of(kpiId) : kpi.name();
    }
}
