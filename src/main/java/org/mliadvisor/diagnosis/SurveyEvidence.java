package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.survey.CompleteCases;
import org.mliadvisor.assessment.survey.LikertScale;
import org.mliadvisor.assessment.survey.Respondent;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.SurveyItem;
import org.mliadvisor.knowledge.SurveySettings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A firm's survey as measured: how many people of each function answered, and each dimension's
 * reliability, agreement, perception gaps and perceived score.
 *
 * @param settings the scale and thresholds of the knowledge base it was measured and is read with
 */
public record SurveyEvidence(int respondents, Map<RespondentFunction, Integer> byFunction,
                             Map<Dimension, DimensionSurvey> dimensions, SurveySettings settings) {
    public SurveyEvidence {
        if (respondents < 1) {
            throw new IllegalArgumentException("a survey has respondents");
        }
        byFunction = Collections.unmodifiableMap(new EnumMap<>(byFunction));
        dimensions = Collections.unmodifiableMap(dimensions.isEmpty() ? Map.of() : new EnumMap<>(dimensions));
        Objects.requireNonNull(settings, "settings");
    }

    /** The Likert scale of {@code dimension}'s items, reverse-keyed ones marked; {@code null} when it has none. */
    public static LikertScale scale(Dimension dimension, List<SurveyItem> items, SurveySettings settings) {
        List<SurveyItem> own = items.stream().filter(i -> i.dimension() == dimension).toList();
        if (own.isEmpty()) {
            return null;
        }
        Set<String> reverse = own.stream().filter(SurveyItem::reverse).map(SurveyItem::id).collect(Collectors.toSet());
        return new LikertScale(own.stream().map(SurveyItem::id).toList(), reverse, settings.scalePoints());
    }

    /** The survey of {@code respondents} over the knowledge base's items, each dimension on its own items. */
    public static SurveyEvidence of(List<Respondent> respondents, List<SurveyItem> items, SurveySettings settings) {
        Map<RespondentFunction, Integer> byFunction = new EnumMap<>(RespondentFunction.class);
        respondents.forEach(r -> byFunction.merge(r.function(), 1, Integer::sum));
        Map<Dimension, DimensionSurvey> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            LikertScale scale = scale(dimension, items, settings);
            if (scale != null) {
                dimensions.put(dimension, DimensionSurvey.of(dimension, CompleteCases.of(respondents, scale)));
            }
        }
        return new SurveyEvidence(respondents.size(), byFunction, dimensions, settings);
    }
}
