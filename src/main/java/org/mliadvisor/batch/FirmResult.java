package org.mliadvisor.batch;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.assessment.KpiObservation;
import org.mliadvisor.assessment.survey.CompleteCases;
import org.mliadvisor.assessment.survey.ItemSums;
import org.mliadvisor.assessment.survey.LikertScale;
import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.diagnosis.ConsistencyFinding;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.DimensionSurvey;
import org.mliadvisor.diagnosis.SurveyEvidence;
import org.mliadvisor.diagnosis.Verdict;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KpiDefinition;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a batch keeps of one firm's diagnosis: the line of {@code firms.csv} and the figures the
 * sample's statistics need, so the diagnosis itself can be dropped at once.
 *
 * @param row         the firm's first row in the input
 * @param mli         the headline MLI, or {@code null} when a dimension lacks evidence
 * @param mliPartial  the index over the dimensions with evidence when some lack it, else {@code null}
 * @param scores      each dimension's score; a dimension without enough evidence is absent
 * @param binding     the binding dimension, or the two of a joint constraint joined by {@code +}; empty when none
 * @param basis       what decided it (shortfall, joint, kpi_evidence, gate), or why there is none (at_target, undetermined)
 * @param margin      the binding dimension's lead on the runner-up, or {@code null}
 * @param actions     the ids of the first three recommendations, in rank order
 * @param findings    the ids of the consistency findings, in report order
 * @param alpha       Cronbach's α per surveyed dimension where it can be computed
 * @param attainment  per KPI reported, its attainment: minus the knowledge base's direction-aware gap
 *                    ({@link KpiDefinition#gap}), so higher is better whichever way the KPI improves
 * @param itemSums    per surveyed dimension, what the sample's pooled α needs of this firm's respondents
 */
public record FirmResult(int row, String firm, Double mli, Double mliPartial, Map<Dimension, Double> scores,
                         String binding, String basis, Double margin, boolean joint, List<String> actions,
                         List<String> findings, Map<Dimension, Double> alpha, Map<String, Double> attainment,
                         Map<Dimension, ItemSums> itemSums) {

    /** How many recommendations a line names. */
    public static final int ACTIONS = 3;

    public FirmResult {
        if (row < 1) {
            throw new IllegalArgumentException("rows count from 1");
        }
        Objects.requireNonNull(firm, "firm");
        if (mli != null && mliPartial != null) {
            throw new IllegalArgumentException("an index is either the headline or partial");
        }
        scores = Collections.unmodifiableMap(scores.isEmpty() ? Map.of() : new EnumMap<>(scores));
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(basis, "basis");
        actions = List.copyOf(actions);
        if (actions.size() > ACTIONS) {
            throw new IllegalArgumentException("a line names at most " + ACTIONS + " actions");
        }
        findings = List.copyOf(findings);
        alpha = Collections.unmodifiableMap(alpha.isEmpty() ? Map.of() : new EnumMap<>(alpha));
        attainment = Collections.unmodifiableMap(new LinkedHashMap<>(attainment));
        itemSums = Collections.unmodifiableMap(itemSums.isEmpty() ? Map.of() : new EnumMap<>(itemSums));
    }

    /**
     * A finding as a line names it: its check's id, and what it is about when one check can find
     * several things (a triangulation per dimension, a plausibility check per answer).
     */
    private static String finding(ConsistencyFinding finding) {
        List<String> about = switch (finding.kind()) {
            case CONTRADICTION -> List.of();
            case TRIANGULATION -> finding.dimensions().stream().map(Dimension::name).toList();
            case PLAUSIBILITY -> finding.kpis().isEmpty() ? List.copyOf(finding.answers().keySet()) : finding.kpis();
        };
        return about.isEmpty() ? finding.id() : finding.id() + " (" + String.join(", ", about) + ")";
    }

    /** The result of {@code verdict}, concluded from {@code assessment} read at {@code row}. */
    public static FirmResult of(int row, Assessment assessment, Verdict verdict, KnowledgeBase kb) {
        Map<Dimension, Double> scores = new EnumMap<>(Dimension.class);
        for (DimensionScore score : verdict.dimensions().values()) {
            if (score.sufficient()) {
                scores.put(score.dimension(), score.score());
            }
        }
        BindingOutcome outcome = verdict.binding();
        String binding = String.join("+", outcome.binding().stream().map(Dimension::name).toList());
        String basis = outcome.determined() ? outcome.basis().name().toLowerCase(Locale.ROOT)
                : outcome.atTarget() ? "at_target" : "undetermined";
        List<String> actions = verdict.ranking().stream().limit(ACTIONS).toList();
        List<String> findings = verdict.consistency().stream().map(FirmResult::finding).toList();
        Map<Dimension, Double> alpha = new EnumMap<>(Dimension.class);
        if (verdict.survey() != null) {
            for (DimensionSurvey survey : verdict.survey().dimensions().values()) {
                if (survey.alpha() != null) {
                    alpha.put(survey.dimension(), survey.alpha());
                }
            }
        }
        Map<String, Double> attainment = new LinkedHashMap<>();
        for (KpiObservation kpi : assessment.kpis().values()) {
            KpiDefinition definition = kb.kpis().get(kpi.kpiId());
            attainment.put(kpi.kpiId(), -definition.gap(kpi.actual(), kpi.target()));
        }
        Map<Dimension, ItemSums> itemSums = new EnumMap<>(Dimension.class);
        if (!assessment.respondents().isEmpty()) {
            for (Dimension d : Dimension.values()) {
                LikertScale scale = SurveyEvidence.scale(d, kb.items(), kb.survey());
                if (scale != null) {
                    itemSums.put(d, ItemSums.of(CompleteCases.of(assessment.respondents(), scale)));
                }
            }
        }
        return new FirmResult(row, verdict.organization(), verdict.mli().headline(), verdict.mli().partial(), scores,
                binding, basis, outcome.margin(), outcome.joint(), actions, findings, alpha, attainment, itemSums);
    }
}
