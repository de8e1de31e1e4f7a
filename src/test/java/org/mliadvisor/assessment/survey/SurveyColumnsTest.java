package org.mliadvisor.assessment.survey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The column-mapping file: what it maps, and every problem it can hold, at once. */
class SurveyColumnsTest {

    private static final Set<String> ITEMS = SurveyFileTest.ITEMS;

    private static SurveyColumns parse(String yaml) throws InputException {
        return SurveyColumns.parse(yaml.getBytes(StandardCharsets.UTF_8), "m.yaml", ITEMS, 5);
    }

    @Test
    void aMappingNamesColumnsCodesAndLabels() throws InputException {
        Path file = SurveyFileTest.FIXTURES.resolve("limesurvey-columns.yaml");

        SurveyColumns columns = SurveyColumns.read(file, ITEMS, 5);

        assertThat(columns.respondentColumn()).isEqualTo("id");
        assertThat(columns.functionColumn()).isEqualTo("Q0");
        assertThat(columns.items()).containsEntry("S[q1]", "S.q1").hasSize(4);
        assertThat(columns.answers()).containsEntry("strongly agree", 5).containsEntry("neither agree nor disagree", 3);
        assertThat(columns.notAnswered()).containsExactly("i don't know");
        assertThat(columns.functions()).containsEntry("logistics / supply chain", RespondentFunction.LOGISTICS);
        assertThat(columns.headerRows()).isEqualTo(1);
        assertThat(columns.mapped()).isTrue();
        assertThat(columns.source()).isEqualTo(file.toString());
    }

    @Test
    void anEmptyMappingKeepsThePlainColumnNamesButLeavesOtherColumnsUnread() throws InputException {
        SurveyColumns columns = parse("{}");

        assertThat(columns.respondentColumn()).isEqualTo("respondent");
        assertThat(columns.functionColumn()).isEqualTo("function");
        assertThat(columns.mapped()).isTrue();
        assertThat(SurveyColumns.PLAIN.mapped()).isFalse();
    }

    @Test
    void everyProblemOfAMappingIsReportedAtOnce() {
        String file = SurveyFileTest.FIXTURES.resolve("bad-columns.yaml").toString();

        InputException e = catchThrowableOfType(InputException.class,
                () -> SurveyColumns.read(Path.of(file), ITEMS, 5));

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ":5:12: items.S[q9]: `S.q9` is not an item of the knowledge base (did you mean `S.q1`?);"
                        + " expected one of its 4 item ids",
                file + ":8:21: answers.Strongly agree: value 6 is out of range; expected a whole number from 1 to 5",
                file + ":9:3: answers. agree : is the same label as `Agree` (line 7): labels are matched ignoring case and spaces",
                file + ":10:1: header_row: unknown field (did you mean `header_rows`?); expected one of: respondent,"
                        + " function, items, answers, functions, header_rows");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "functions: {Vertrieb: sales}                | ",
            "functions: {Vertrieb: selling}              | m.yaml:1:23: functions.Vertrieb: `selling` is not allowed",
            "header_rows: 3                              | ",
            "header_rows: 0                              | m.yaml:1:14: header_rows: value 0 is out of range",
            "header_rows: 11                             | m.yaml:1:14: header_rows: value 11 is out of range",
            "answers: {Agree: 5}                         | ",
            "answers: {Agree: 0}                         | m.yaml:1:18: answers.Agree: value 0 is out of range",
            "answers: {Agree: four}                      | m.yaml:1:18: answers.Agree: expected a whole number",
            "'respondent: id\nfunction: id'              | m.yaml:2:11: function: names the same column as `respondent`",
            "items: {Q1: T.q1}                           | ",
            "items: {Q1: T.q2}                           | m.yaml:1:13: items.Q1: `T.q2` is not an item of the knowledge base",
    })
    void eachFieldOfAMappingIsChecked(String yaml, String problem) {
        InputException e = catchThrowableOfType(InputException.class, () -> parse(yaml.replace("\\n", "\n")));
        if (problem == null) {
            assertThat(e).isNull();
        } else {
            assertThat(e.problems()).singleElement().extracting(Problem::toString).asString().startsWith(problem);
        }
    }

    @Test
    void labelsAreFoldedForCaseAndSpacing() throws InputException {
        SurveyColumns columns = parse("answers:\n  \"Strongly  Agree \": 5\n");

        assertThat(columns.answers()).isEqualTo(Map.of("strongly agree", 5));
        assertThat(SurveyColumns.label("  STRONGLY\tagree")).isEqualTo("strongly agree");
    }
}
