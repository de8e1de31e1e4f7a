package org.mliadvisor.assessment.survey;

import org.mliadvisor.source.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Respondents written as CSV text, the way the R oracle reads them: a blank cell is an unanswered item. */
public final class SurveyData {

    /** The acceptance data set: 10 respondents × 4 items of one dimension, five points, no reverse items. */
    public static final String ACCEPTANCE = """
            respondent,function,S1,S2,S3,S4
            R1,marketing,4,5,4,4
            R2,marketing,5,4,4,5
            R3,logistics,2,3,2,3
            R4,logistics,3,2,3,2
            R5,sales,4,4,5,4
            R6,finance,3,3,3,4
            R7,marketing,4,4,4,5
            R8,logistics,4,4,3,4
            R9,sales,4,5,4,4
            R10,finance,3,4,4,4
            """;

    static final List<String> S_ITEMS = List.of("S1", "S2", "S3", "S4");

    private SurveyData() {
    }

    /** Respondents from CSV text with a header row: respondent, function, then item ids. */
    public static List<Respondent> parse(String csv) {
        String[] lines = csv.strip().split("\n");
        String[] header = lines[0].split(",", -1);
        List<Respondent> respondents = new ArrayList<>();
        for (int line = 1; line < lines.length; line++) {
            String[] cells = lines[line].split(",", -1);
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (int c = 2; c < header.length; c++) {
                if (!cells[c].isBlank()) {
                    answers.put(header[c], Integer.parseInt(cells[c].strip()));
                }
            }
            respondents.add(new Respondent(cells[0], RespondentFunction.valueOf(cells[1].toUpperCase(Locale.ROOT)), answers,
                    new SourceLocation("survey.csv", line + 1, 1)));
        }
        return respondents;
    }

    static List<Respondent> acceptance() {
        return parse(ACCEPTANCE);
    }

    static Respondent respondent(String id, RespondentFunction function, Map<String, Integer> answers) {
        return new Respondent(id, function, answers, SourceLocation.ofFile("test"));
    }
}
