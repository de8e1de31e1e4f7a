package org.mliadvisor.assessment.survey;

import org.mliadvisor.source.Problem;

import java.util.List;
import java.util.Objects;

/**
 * The respondents read from one survey export, with the warnings reading it raised (an encoding
 * guessed, columns left unread), which the caller shows: none of them stopped the reading.
 *
 * @param source      the export's name as problems show it
 * @param respondents in the order of the file's rows
 * @param warnings    {@link Problem.Severity#WARNING} problems only
 */
public record SurveyResponses(String source, List<Respondent> respondents, List<Problem> warnings) {
    public SurveyResponses {
        Objects.requireNonNull(source, "source");
        respondents = List.copyOf(respondents);
        warnings = List.copyOf(warnings);
        if (warnings.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("survey responses carry warnings only; errors stop the reading");
        }
    }
}
