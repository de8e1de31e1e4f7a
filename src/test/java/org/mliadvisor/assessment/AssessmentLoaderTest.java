package org.mliadvisor.assessment;

import org.mliadvisor.assessment.survey.Respondent;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.knowledge.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The assessment loader against the examples and against one invalid fixture per case
 * ({@code src/test/resources/invalid/assessment/}). Line and column numbers are counted in the fixtures.
 */
class AssessmentLoaderTest {

    private static final Path INVALID = Path.of("src", "test", "resources", "invalid", "assessment");

    private static KnowledgeBase kb;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadKnowledgeBase() throws InputException {
        kb = new KnowledgeBaseLoader().loadBuiltIn();
    }

    // ------------------------------------------------------------------ valid assessments

    @Test
    void illustrativeFirmLoadsWithEveryValueTyped() throws InputException {
        Assessment a = new AssessmentLoader(kb).load(Path.of("examples", "illustrative-firm.yaml"));

        assertThat(a.organization()).isEqualTo("Illustrative Industrial Firm");
        assertThat(a.assessedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(a.context()).containsEntry("demand_volatility", "medium").containsEntry("product_variety", "medium");
        assertThat(a.ownWeights()).as("the paper gives no weights").isEmpty();
        assertThat(a.indicators()).hasSize(21)
                .containsEntry("S.sop_cycle", Answer.of(3.0))
                .containsEntry("S.sop_cadence_fit", Answer.of(true))
                .containsEntry("S.strategic_plan_alignment", Answer.of(4.0));
        assertThat(a.kpis().get("otif")).isEqualTo(new KpiObservation("otif", 82, 90));
        assertThat(a.source()).isEqualTo(Path.of("examples", "illustrative-firm.yaml").toString());
    }

    @Test
    void assessmentWithoutWeightsLeavesThemToTheKnowledgeBase() throws InputException {
        Assessment a = new AssessmentLoader(kb).load(Path.of("examples", "relational-gap-firm.yaml"));

        assertThat(a.ownWeights()).isEmpty();
    }

    @Test
    void indicatorWrittenAsNullCountsAsUnanswered() throws InputException {
        byte[] yaml = "organization: Null Firm\nassessed_on: 2026-11-01\nindicators:\n  S.sop_cycle: ~\n  S.sop_cadence_fit: null\n  S.npd_joint_process: 2\n"
                .getBytes(StandardCharsets.UTF_8);

        Assessment a = new AssessmentLoader(kb).load(yaml, "null.yaml");

        assertThat(a.indicators()).containsOnlyKeys("S.npd_joint_process");
    }

    @Test
    void indicatorLeftBlankCountsAsUnanswered() throws InputException {
        byte[] yaml = "organization: Blank Firm\nassessed_on: 2026-11-01\nindicators:\n  S.sop_cycle:\n  S.npd_joint_process: 2\n"
                .getBytes(StandardCharsets.UTF_8);

        Assessment a = new AssessmentLoader(kb).load(yaml, "blank.yaml");

        assertThat(a.indicators()).containsOnlyKeys("S.npd_joint_process");
    }

    @Test
    void assessmentWrittenInJsonLoadsLikeTheSameAssessmentInYaml() throws InputException {
        byte[] json = """
                {"organization": "Json Firm", "assessed_on": "2026-11-01",
                 "context": {"demand_volatility": "high"},
                 "indicators": {"S.sop_cycle": 2, "S.sop_cadence_fit": false},
                 "kpis": {"otif": {"actual": 80, "target": 90}}}
                """.getBytes(StandardCharsets.UTF_8);
        byte[] yaml = """
                organization: Json Firm
                assessed_on: 2026-11-01
                context: { demand_volatility: high }
                indicators: { S.sop_cycle: 2, S.sop_cadence_fit: false }
                kpis: { otif: { actual: 80, target: 90 } }
                """.getBytes(StandardCharsets.UTF_8);

        Assessment fromJson = new AssessmentLoader(kb).load(json, "firm.json");
        Assessment fromYaml = new AssessmentLoader(kb).load(yaml, "firm.yaml");

        assertThat(fromJson).usingRecursiveComparison().ignoringFields("source").isEqualTo(fromYaml);
        assertThat(fromJson.indicators()).containsEntry("S.sop_cycle", Answer.of(2.0)).containsEntry("S.sop_cadence_fit", Answer.of(false));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("schemaKeys")
    void aSchemaKeyIsAcceptedAndItsValueIgnored(String content, String name) throws InputException {
        Assessment withKey = new AssessmentLoader(kb).load(content.getBytes(StandardCharsets.UTF_8), name);

        assertThat(withKey.organization()).isEqualTo("Json Firm");
        assertThat(withKey.indicators()).containsEntry("S.sop_cycle", Answer.of(2.0));
    }

    static Stream<Arguments> schemaKeys() {
        return Stream.of(
                arguments("""
                        {"$schema": "../schemas/assessment.schema.json",
                         "organization": "Json Firm", "assessed_on": "2026-11-01", "indicators": {"S.sop_cycle": 2}}
                        """, "firm.json"),
                arguments("""
                        $schema: https://example.org/anything.json
                        organization: Json Firm
                        assessed_on: 2026-11-01
                        indicators: { S.sop_cycle: 2 }
                        """, "firm.yaml"));
    }

    @Test
    void anUnknownKeyBesideTheSchemaKeyIsStillRefused() {
        byte[] json = """
                {"$schema": "../schemas/assessment.schema.json", "$schemas": "x",
                 "organization": "Json Firm", "assessed_on": "2026-11-01"}
                """.getBytes(StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> new AssessmentLoader(kb).load(json, "firm.json"));

        assertThat(thrown).isInstanceOf(InputException.class);
        assertThat(((InputException) thrown).problems()).singleElement().asString()
                .startsWith("firm.json:1:50: $schemas: unknown field").contains("did you mean `$schema`?");
    }

    // ------------------------------------------------------------------ invalid assessments, one fixture each

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleProblemCases")
    void invalidAssessmentIsRejectedWithOneProblemAtItsFileLineColumnAndField(
            String fixture, int line, int column, String field, List<String> words) {
        Path file = INVALID.resolve(fixture);

        InputException e = rejected(file);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).singleElement().asString()
                .startsWith(file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": "))
                .contains(words);
    }

    static Stream<Arguments> singleProblemCases() {
        return Stream.of(
                arguments("unknown-indicator.yaml", 5, 3, "indicators.S.sop_cycel",
                        List.of("unknown indicator", "(did you mean `S.sop_cycle`?)")),
                arguments("unknown-indicator.json", 5, 5, "indicators.S.sop_cycel",
                        List.of("unknown indicator", "(did you mean `S.sop_cycle`?)")),
                arguments("value-off-scale.yaml", 5, 16, "indicators.S.sop_cycle",
                        List.of("value 7 is out of range", "expected 0 to 5")),
                arguments("wrong-type.yaml", 5, 16, "indicators.S.sop_cycle",
                        List.of("expected a number, found text `3`")),
                arguments("syntax-error.yaml", 5, 11, "",
                        List.of("syntax error", "expected ',' or '}'", "flow mapping")),
                arguments("duplicate-key.yaml", 7, 3, "indicators.S.sop_cycle",
                        List.of("duplicate key", "already set at line 5")),
                arguments("weights-not-summing-to-one.yaml", 4, 10, "weights",
                        List.of("the weights sum to 1.1", "wS + wT + wR must equal 1")),
                arguments("tag.yaml", 2, 15, "",
                        List.of("YAML tags (tag:yaml.org,2002:python/object:os.system) are not allowed")),
                arguments("unknown-kpi.yaml", 7, 3, "kpis.otiff",
                        List.of("unknown KPI", "(did you mean `otif`?)")),
                arguments("unknown-context-value.yaml", 5, 22, "context.demand_volatility",
                        List.of("`extreme` is not allowed", "expected one of: low, medium, high")),
                arguments("bad-date.yaml", 3, 14, "assessed_on",
                        List.of("`2026-13-01` is not a date", "expected YYYY-MM-DD")),
                arguments("yes-no-given-number.yaml", 5, 22, "indicators.S.sop_cadence_fit",
                        List.of("expected true or false (a yes/no indicator)", "found a whole number")),
                arguments("kpi-target-zero.yaml", 5, 42, "kpis.order_cycle_time.target",
                        List.of("a target of 0 leaves nothing to measure the gap against", "no floor")),
                arguments("kpi-target-too-small.yaml", 5, 40, "kpis.inventory_days.target",
                        List.of("a target of 0.00001 leaves nothing to measure the gap against", "no floor")),
                arguments("kpi-beyond-plausible.yaml", 5, 29, "kpis.inventory_days.actual",
                        List.of("value 1e308", "out of range", "expected 0 to 3650")),
                arguments("duplicate-nested-key.yaml", 8, 5, "kpis.otif.actual",
                        List.of("duplicate key", "already set at line 6")),
                arguments("octal-looking-number.yaml", 5, 29, "indicators.S.joint_promotion_review",
                        List.of("`030` starts with a zero", "octal number 24", "write 30")),
                arguments("number-underflowing-to-zero.yaml", 5, 18, "kpis.otif.actual",
                        List.of("`4e-400` is too small to be represented and would read as 0")),
                arguments("date-with-five-digit-year.yaml", 3, 14, "assessed_on",
                        List.of("`+12026-11-01` is not a date", "YYYY-MM-DD with a four-digit year")),
                arguments("trailing-comma.json", 4, 45, "",
                        List.of("syntax error: a comma before a closing `}` is not allowed in JSON")),
                arguments("not-a-mapping.yaml", 2, 1, "",
                        List.of("expected a mapping of keys to values, found a list")),
                arguments("second-document.yaml", 5, 1, "",
                        List.of("a second document was found")),
                arguments("unknown-top-level-field.yaml", 4, 1, "indicator",
                        List.of("unknown field", "(did you mean `indicators`?)",
                                "expected one of: organization, assessed_on, context, weights, indicators, kpis, implemented, respondents, responses, $schema")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("duplicateKeyAndBadValue")
    void aDuplicateKeyDoesNotHideABadValueElsewhereInTheFile(String content, String name, String duplicateAt,
            String badValueAt) {
        Throwable thrown = catchThrowable(() -> new AssessmentLoader(kb).load(content.getBytes(StandardCharsets.UTF_8), name));

        assertThat(thrown).isInstanceOf(InputException.class);
        assertThat(((InputException) thrown).problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(name + ":" + duplicateAt + ": indicators.S.sop_cycle: duplicate key"),
                p -> assertThat(p).startsWith(name + ":" + badValueAt + ": kpis.otiff: unknown KPI"));
    }

    static Stream<Arguments> duplicateKeyAndBadValue() {
        return Stream.of(
                arguments("""
                        organization: Duplicate Firm
                        assessed_on: 2026-11-01
                        indicators:
                          S.sop_cycle: 2
                          S.sop_cycle: 3
                        kpis:
                          otiff: { actual: 80, target: 90 }
                        """, "firm.yaml", "5:3", "7:3"),
                arguments("""
                        {"organization": "Duplicate Firm", "assessed_on": "2026-11-01",
                         "indicators": {"S.sop_cycle": 2,
                                        "S.sop_cycle": 3},
                         "kpis": {"otiff": {"actual": 80, "target": 90}}}
                        """, "firm.json", "3:17", "4:11"));
    }

    @Test
    void aDuplicateKeyKeepsItsFirstValueAndIsTheOnlyProblemOfAnOtherwiseValidFile() {
        byte[] yaml = """
                organization: Duplicate Firm
                assessed_on: 2026-11-01
                indicators: { S.sop_cycle: 2, S.sop_cycle: 9 }
                """.getBytes(StandardCharsets.UTF_8);

        Throwable thrown = catchThrowable(() -> new AssessmentLoader(kb).load(yaml, "firm.yaml"));

        assertThat(((InputException) thrown).problems()).singleElement().asString()
                .startsWith("firm.yaml:3:31: indicators.S.sop_cycle: duplicate key")
                .as("the second value, off the scale, is not checked").doesNotContain("out of range");
    }

    @Test
    void severalProblemsInOneFileAreAllReportedAtOnceInFileOrder() {
        Path file = INVALID.resolve("several-problems.yaml");

        InputException e = rejected(file);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.getMessage()).isEqualTo("4 problems in input");
        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(file + ":4:31: context.demand_volatility: ").contains("`extreme` is not allowed"),
                p -> assertThat(p).startsWith(file + ":6:3: indicators.S.sop_cycel: ").contains("unknown indicator"),
                p -> assertThat(p).startsWith(file + ":7:26: indicators.T.crm_erp_consistency: ")
                        .contains("value 150 is out of range", "expected 0 to 100"),
                p -> assertThat(p).startsWith(file + ":9:42: kpis.order_cycle_time.target: ").contains("no floor"));
    }

    @Test
    void everyNonFiniteNumberIsListedNotOnlyTheFirst() {
        Path file = INVALID.resolve("nan-and-inf.yaml");

        InputException e = rejected(file);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ":5:26: indicators.T.crm_erp_consistency: expected a finite number, found .nan",
                file + ":7:18: kpis.otif.actual: expected a finite number, found .inf");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"-2026-11-01", "+2026-11-01", "02026-11-01", "2026-1-01",
        "2026-02-30", "2025-02-29", "2026-00-10", "2026-04-31", "2026-11-1x", "２０２６-11-01"})
    void dateNotWrittenAsYyyyMmDdWithAFourDigitYearIsRefused(String date) throws IOException {
        Path file = Files.writeString(folder.resolve("date.yaml"),
                "organization: Fixture Firm\nassessed_on: \"" + date + "\"\n");

        InputException e = rejected(file);

        assertThat(e.problems()).singleElement().asString().isEqualTo(file + ":2:14: assessed_on: `" + date
                + "` is not a date; expected YYYY-MM-DD with a four-digit year (e.g. 2026-11-01)");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"2024-02-29, 2024, 2, 29", "0001-01-01, 1, 1, 1", "2026-12-31, 2026, 12, 31"})
    void aDateWrittenAsYyyyMmDdIsThatDay(String date, int year, int month, int day) throws Exception {
        Path file = Files.writeString(folder.resolve("date.yaml"),
                "organization: Fixture Firm\nassessed_on: " + date + "\n");

        assertThat(new AssessmentLoader(kb).load(file).assessedOn()).isEqualTo(LocalDate.of(year, month, day));
    }

    @Test
    void emptyFileIsRejectedAsEmptyWithoutAPosition() {
        Path file = INVALID.resolve("empty.yaml");

        InputException e = rejected(file);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).singleElement().asString().isEqualTo(file + ": the file is empty; expected a mapping");
    }

    @Test
    void aliasIsRejectedAtItsLineAndColumn() {
        Path file = INVALID.resolve("anchor-alias.yaml");

        InputException e = rejected(file);

        // The anchor on the scalar (5:16) is not reported: see TreeReaderTest.anchorOnAScalarIsRejected.
        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith(file + ":6:28: ").contains("YAML aliases (*three) are not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFixtures")
    void everyInvalidFixtureIsRejectedAsInvalidNamingItsFile(String fixture) {
        Path file = INVALID.resolve(fixture);

        InputException e = rejected(file);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location().file()).isEqualTo(file.toString()));
    }

    static Stream<String> allFixtures() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    // ------------------------------------------------------------------ survey respondents

    private static final String FIRM = "organization: Survey Firm\nassessed_on: 2026-11-01\n";

    @Test
    void surveyFirmCarriesItsTenRespondentsWithTheirFunctionsAndAnswers() throws InputException {
        Assessment a = new AssessmentLoader(kb).load(Path.of("examples", "survey-firm.yaml"));

        assertThat(a.respondents()).hasSize(10).extracting(Respondent::function).containsExactly(
                RespondentFunction.MARKETING, RespondentFunction.MARKETING, RespondentFunction.MARKETING,
                RespondentFunction.SALES, RespondentFunction.SALES,
                RespondentFunction.LOGISTICS, RespondentFunction.LOGISTICS, RespondentFunction.LOGISTICS,
                RespondentFunction.OPERATIONS, RespondentFunction.FINANCE);
        assertThat(a.respondents().get(0).answers()).hasSize(15).containsEntry("S.q1", 5).containsEntry("S.q5", 2);
        assertThat(a.respondents().get(9).answer("S.q3")).as("written ~: not answered").isNull();
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void marketingSeesTheStructuralDimensionMoreFavourablyThanLogisticsInTheSurveyFirm() throws InputException {
        Assessment a = new AssessmentLoader(kb).load(Path.of("examples", "survey-firm.yaml"));

        assertThat(meanOnS(a, RespondentFunction.MARKETING) - meanOnS(a, RespondentFunction.LOGISTICS))
                .as("a gap of more than one scale point").isGreaterThan(1.0);
    }

    /** The mean of S.q1..S.q4 over a function's respondents (S.q5, reverse-keyed, left out). */
    private static double meanOnS(Assessment a, RespondentFunction function) {
        return a.respondents().stream().filter(r -> r.function() == function)
                .flatMap(r -> r.answers().entrySet().stream())
                .filter(e -> e.getKey().matches("S\\.q[1-4]"))
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
    }

    @Test
    void surveyFirmReadFromItsExportHasTheSameRespondentsAsWrittenInline() throws InputException {
        Assessment inline = new AssessmentLoader(kb).load(Path.of("examples", "survey-firm.yaml"));
        Assessment exported = new AssessmentLoader(kb).load(Path.of("examples", "survey-firm.csv.yaml"));

        assertThat(exported.respondents()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("origin")
                .containsExactlyElementsOf(inline.respondents());
        assertThat(exported.respondents().get(0).origin().file())
                .isEqualTo(Path.of("examples", "survey-firm.responses.csv").toString());
        assertThat(exported).usingRecursiveComparison().ignoringFields("source", "respondents").isEqualTo(inline);
    }

    @Test
    void anAssessmentWithoutASurveyHasNoRespondents() throws InputException {
        Assessment a = new AssessmentLoader(kb).load(Path.of("examples", "illustrative-firm.yaml"));

        assertThat(a.respondents()).isEmpty();
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void anAnswerWrittenNullOrBlankIsNotAnswered() throws InputException {
        Assessment a = load(FIRM + """
                respondents:
                  - { id: a, function: sales, answers: { S.q1: ~, S.q2: "", S.q3: 4 } }
                """);

        assertThat(a.respondents()).singleElement().satisfies(r -> assertThat(r.answers()).containsOnlyKeys("S.q3"));
    }

    @Test
    void everyProblemOfTheRespondentsIsReportedAtOnceWithItsPlaceAndField() {
        InputException e = refused(FIRM + """
                respondents:
                  - { id: a, function: marketing, answers: { S.q1: 4 } }
                  - { id: b, function: logistcs, answers: { S.q1: 6, T.q2: 3.5 } }
                  - id: c
                    function: sales
                    answers: { S.q7: 3, R.q1: "4" }
                  - { id: a, function: finance, answers: {} }
                """);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "firm.yaml:5:24: respondents[1].function: `logistcs` is not allowed (did you mean `logistics`?);"
                        + " expected one of: marketing, sales, logistics, operations, finance, management, other",
                "firm.yaml:5:51: respondents[1].answers.S.q1: value 6 is out of range; expected a whole number from 1 to 5",
                "firm.yaml:5:60: respondents[1].answers.T.q2: expected a whole number, found a number",
                "firm.yaml:8:16: respondents[2].answers.S.q7: unknown survey item (did you mean `S.q1`?);"
                        + " expected one of the 15 item ids of the knowledge base (items.yaml)",
                "firm.yaml:8:31: respondents[2].answers.R.q1: expected a whole number, found text `4`",
                "firm.yaml:9:11: respondents[3].id: respondent `a` is already at line 4; each respondent appears once"
                        + " (a second entry for the same person would count them twice)");
    }

    @Test
    void aRespondentNeedsAnIdAFunctionAndAnswers() {
        InputException e = refused(FIRM + "respondents:\n  - { name: a }\n");

        assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "firm.yaml:4:5: respondents[0].id: is required but missing",
                "firm.yaml:4:5: respondents[0].function: is required but missing",
                "firm.yaml:4:5: respondents[0].answers: is required but missing",
                "firm.yaml:4:7: respondents[0].name: unknown field; expected one of: id, function, answers");
    }

    @Test
    void respondentsAndResponsesTogetherAreRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("firm.yaml"), FIRM
                + "respondents: [{ id: a, function: sales, answers: { S.q1: 3 } }]\nresponses: survey.csv\n");

        InputException e = rejected(file);

        assertThat(e.problems()).singleElement().asString().isEqualTo(file + ":4:12: responses: the assessment already"
                + " lists `respondents`; give the survey either inline under `respondents` or as an export under"
                + " `responses`, not both");
    }

    @Test
    void respondentsAgainstAKnowledgeBaseWithoutItemsAreRefused() {
        Throwable thrown = catchThrowable(() -> new AssessmentLoader(withoutItems()).load((FIRM
                + "respondents: [{ id: a, function: sales, answers: { S.q1: 3 } }]\n").getBytes(StandardCharsets.UTF_8), "firm.yaml"));

        assertThat(thrown).isInstanceOf(InputException.class);
        assertThat(((InputException) thrown).problems()).singleElement().asString().startsWith("firm.yaml:3:14: respondents:"
                + " the knowledge base has no survey items (items.yaml), so there is nothing for respondents to answer");
    }

    private static org.mliadvisor.knowledge.KnowledgeBase withoutItems() {
        return new org.mliadvisor.knowledge.KnowledgeBase(kb.info(), kb.sources(), kb.context(), kb.method(), kb.dimensions(),
                kb.indicators(), kb.kpis(), kb.gates(), kb.interventions(), kb.roadmap(), kb.consistency(), kb.survey(), List.of());
    }

    @Test
    void responsesAreReadRelativeToTheAssessmentsFolderWithAColumnMapping() throws IOException, InputException {
        Path sub = Files.createDirectories(folder.resolve("client"));
        Files.writeString(sub.resolve("export.csv"), "Respondent ID,Dept,Q1,Submitted\nr1,Logistics,Agree,2026-10-30\n");
        Files.writeString(sub.resolve("map.yaml"), """
                respondent: Respondent ID
                function: Dept
                items: { Q1: S.q1 }
                answers: { Agree: 4 }
                """);
        Path file = Files.writeString(sub.resolve("firm.yaml"), FIRM + "responses: { file: export.csv, columns: map.yaml }\n");

        Assessment a = new AssessmentLoader(kb).load(file);

        assertThat(a.respondents()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("r1");
            assertThat(r.function()).isEqualTo(RespondentFunction.LOGISTICS);
            assertThat(r.answers()).containsExactly(Map.entry("S.q1", 4));
        });
        assertThat(a.warnings()).as("the export's unread column reaches the user").singleElement().satisfies(w -> {
            assertThat(w.isError()).isFalse();
            assertThat(w.toString()).startsWith(sub.resolve("export.csv") + ":1:1: warning: 1 column is not read").contains("`Submitted`");
        });
    }

    @Test
    void aBadCellOfTheExportIsReportedAtItsRowAndColumnWithTheAssessmentsOwnProblems() throws IOException {
        Files.writeString(folder.resolve("survey.csv"), "respondent,function,S.q1\nr1,sales,9\n");
        Path file = Files.writeString(folder.resolve("firm.yaml"), FIRM + "indicators: { S.sop_cycel: 3 }\nresponses: survey.csv\n");

        InputException e = rejected(file);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                file + ":3:15: indicators.S.sop_cycel: unknown indicator (did you mean `S.sop_cycle`?)",
                folder.resolve("survey.csv") + ":2:3: S.q1: value 9 is out of range; expected a whole number from 1 to 5"
                        + " (the scale has 5 points)");
    }

    @Test
    void aMissingExportIsReportedAsMissingAtTheFieldThatNamesIt() throws IOException {
        Path file = Files.writeString(folder.resolve("firm.yaml"), FIRM + "responses: { file: nowhere.csv }\n");

        InputException e = rejected(file);

        assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING);
        assertThat(e.problems()).singleElement().asString().isEqualTo(file + ":3:20: responses.file: "
                + folder.resolve("nowhere.csv") + ": file not found (a name under `responses` is relative to the"
                + " assessment's folder)");
    }

    @Test
    void responsesInAnAssessmentLoadedFromMemoryAreRefusedRatherThanLookedForInTheCurrentDirectory() {
        InputException e = refused(FIRM + "responses: examples/survey-firm.responses.csv\n");

        assertThat(e.problems()).singleElement().asString().isEqualTo("firm.yaml:3:12: responses: a survey export is read"
                + " only for an assessment read from a file, relative to its folder; this one has none, so write the"
                + " answers under `respondents` instead");
    }

    @Test
    void responsesThatAreNeitherANameNorAMappingAreRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("firm.yaml"), FIRM + "responses: [survey.csv]\n");

        InputException e = rejected(file);

        assertThat(e.problems()).singleElement().asString().startsWith(file + ":3:12: responses: expected the survey"
                + " export's file name").endsWith("found a list");
    }

    // ------------------------------------------------------------------ implemented interventions

    @Test
    void implementedInterventionsAreReadWithTheDateEachHasBeenInPlaceSince() throws InputException {
        Assessment a = load(FIRM + """
                implemented:
                  - { id: transport-visibility-dashboard, since: 2026-09-07 }
                  - id: crm-erp-data-consistency
                    since: 2026-11-01
                """);

        assertThat(a.implemented()).extracting(Implementation::interventionId, Implementation::since).containsExactly(
                org.assertj.core.groups.Tuple.tuple("transport-visibility-dashboard", LocalDate.of(2026, 9, 7)),
                org.assertj.core.groups.Tuple.tuple("crm-erp-data-consistency", LocalDate.of(2026, 11, 1)));
        assertThat(a.implemented().get(1).location().line()).isEqualTo(5);
    }

    @Test
    void anAssessmentThatRecordsNothingImplementedHasAnEmptyList() throws InputException {
        assertThat(load(FIRM).implemented()).isEmpty();
        assertThat(load(FIRM + "implemented: []\n").implemented()).isEmpty();
    }

    @Test
    void everyProblemOfTheImplementedInterventionsIsReportedAtOnceWithItsPlaceAndField() {
        InputException e = refused(FIRM + """
                implemented:
                  - { id: transport-visibility-dashbord, since: 2026-09-07 }
                  - { id: sop-cycle, since: 2026-11-02 }
                  - { id: sop-cycle, since: 2026-10-01 }
                  - { id: crm-erp-data-consistency, since: 01/10/2026 }
                  - { id: joint-promotion-review }
                  - { id: cross-functional-team, since: 2026-10-01, owner: logistics }
                """);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "firm.yaml:4:11: implemented[0].id: unknown intervention (did you mean `transport-visibility-dashboard`?);"
                        + " expected one of the 24 intervention ids of the knowledge base (interventions.yaml)",
                "firm.yaml:5:29: implemented[1].since: `2026-11-02` is after the assessment's date (2026-11-01);"
                        + " an assessment records what was in place when it was made",
                "firm.yaml:6:11: implemented[2].id: intervention `sop-cycle` is already recorded at line 5; each"
                        + " implemented intervention appears once, with the date it has been in place since",
                "firm.yaml:7:44: implemented[3].since: `01/10/2026` is not a date; expected YYYY-MM-DD with a four-digit"
                        + " year (e.g. 2026-11-01)",
                "firm.yaml:8:5: implemented[4].since: is required but missing",
                "firm.yaml:9:53: implemented[5].owner: unknown field; expected one of: id, since");
    }

    @Test
    void implementedGivenAsAMappingInsteadOfAListIsRefused() {
        InputException e = refused(FIRM + "implemented: { sop-cycle: 2026-10-01 }\n");

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("firm.yaml:3:14: implemented: expected a list, found a mapping");
    }

    private static Assessment load(String yaml) throws InputException {
        return new AssessmentLoader(kb).load(yaml.getBytes(StandardCharsets.UTF_8), "firm.yaml");
    }

    private static InputException refused(String yaml) {
        Throwable thrown = catchThrowable(() -> load(yaml));
        assertThat(thrown).isInstanceOf(InputException.class);
        return (InputException) thrown;
    }

    // ------------------------------------------------------------------ missing input

    @Test
    void missingAssessmentIsReportedAsMissing() {
        Path absent = folder.resolve("absent.yaml");

        InputException e = rejected(absent);

        assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING);
        assertThat(e.problems()).singleElement().asString().isEqualTo(absent + ": file not found");
    }

    // ------------------------------------------------------------------ helpers

    private static InputException rejected(Path file) {
        Throwable thrown = catchThrowable(() -> new AssessmentLoader(kb).load(file));
        assertThat(thrown).isInstanceOf(InputException.class);
        return (InputException) thrown;
    }
}
