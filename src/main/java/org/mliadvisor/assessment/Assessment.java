package org.mliadvisor.assessment;

import org.mliadvisor.assessment.survey.Respondent;
import org.mliadvisor.knowledge.Answer;
import org.mliadvisor.knowledge.Weights;
import org.mliadvisor.source.Problem;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One client's assessment: indicator answers on their own scales, KPIs against targets, the
 * firm's context, optionally its own weights, and the survey's respondents.
 *
 * @param indicators  answers by indicator id; unanswered indicators are absent
 * @param context     context values the assessment states; factors it leaves out take the KB default
 * @param respondents the survey's respondents, written in the assessment or read from the export it
 *                    names; empty when there is no survey
 * @param implemented the knowledge base's interventions the firm has put in place, each once, none since a date
 *                    after the assessment's
 * @param source      the file it was read from, for messages
 * @param warnings    what reading it noticed without refusing it (a survey export's unread columns),
 *                    for the user to see; {@link Problem.Severity#WARNING} problems only
 */
public record Assessment(String organization, LocalDate assessedOn, Map<String, String> context, Weights weights,
                         Map<String, Answer> indicators, Map<String, KpiObservation> kpis, List<Respondent> respondents,
                         List<Implementation> implemented, String source, List<Problem> warnings) {
    public Assessment {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(assessedOn, "assessedOn");
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
        indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
        indicators.forEach((id, answer) -> Objects.requireNonNull(answer, id));
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
        respondents = List.copyOf(respondents);
        implemented = List.copyOf(implemented);
        if (implemented.stream().map(Implementation::interventionId).distinct().count() != implemented.size()) {
            throw new IllegalArgumentException("an intervention is recorded as implemented once");
        }
        if (implemented.stream().anyMatch(i -> i.since().isAfter(assessedOn))) {
            throw new IllegalArgumentException("nothing is implemented since a date after the assessment's");
        }
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
        if (warnings.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("an assessment carries warnings only; errors stop the reading");
        }
    }

    /** An assessment that records nothing implemented. */
    public Assessment(String organization, LocalDate assessedOn, Map<String, String> context, Weights weights,
                      Map<String, Answer> indicators, Map<String, KpiObservation> kpis, List<Respondent> respondents,
                      String source, List<Problem> warnings) {
        this(organization, assessedOn, context, weights, indicators, kpis, respondents, List.of(), source, warnings);
    }

    /** An assessment with no survey and nothing to warn about. */
    public Assessment(String organization, LocalDate assessedOn, Map<String, String> context, Weights weights,
                      Map<String, Answer> indicators, Map<String, KpiObservation> kpis, String source) {
        this(organization, assessedOn, context, weights, indicators, kpis, List.of(), List.of(), source, List.of());
    }

    /** The weights the assessment sets, if it sets any. */
    public Optional<Weights> ownWeights() {
        return Optional.ofNullable(weights);
    }

    /** The same assessment setting {@code weights} as its own, for asking how the diagnosis moves with them. */
    public Assessment withOwnWeights(Weights weights) {
        return new Assessment(organization, assessedOn, context, Objects.requireNonNull(weights, "weights"), indicators,
                kpis, respondents, implemented, source, warnings);
    }

    /** The same assessment with {@code indicatorId} answered {@code answer}, for asking what the diagnosis would be then. */
    public Assessment withIndicator(String indicatorId, Answer answer) {
        Map<String, Answer> changed = new LinkedHashMap<>(indicators);
        changed.put(Objects.requireNonNull(indicatorId, "indicatorId"), Objects.requireNonNull(answer, "answer"));
        return with(context, changed, kpis);
    }

    /** The same assessment reporting {@code kpi} in place of what it reported for that KPI, if anything. */
    public Assessment withKpi(KpiObservation kpi) {
        Map<String, KpiObservation> changed = new LinkedHashMap<>(kpis);
        changed.put(kpi.kpiId(), kpi);
        return with(context, indicators, changed);
    }

    /** The same assessment stating {@code value} for the context factor {@code factor}. */
    public Assessment withContext(String factor, String value) {
        Map<String, String> changed = new LinkedHashMap<>(context);
        changed.put(Objects.requireNonNull(factor, "factor"), Objects.requireNonNull(value, "value"));
        return with(changed, indicators, kpis);
    }

    // the one place the with-methods build a copy, so that a new field is carried over in one line
    private Assessment with(Map<String, String> context, Map<String, Answer> indicators, Map<String, KpiObservation> kpis) {
        return new Assessment(organization, assessedOn, context, weights, indicators, kpis, respondents, implemented, source,
                warnings);
    }
}
