package org.mliadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.report.JsonReportRenderer;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@code mli diagnose} end to end, in process: exit codes, what goes to stdout and stderr, and output files. */
class DiagnoseCommandTest {

    private static final String EXAMPLE = Path.of("examples", "illustrative-firm.yaml").toString();
    private static final Path SEVERAL_PROBLEMS = Path.of("src", "test", "resources", "invalid", "assessment",
            "several-problems.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** The outcome of one command line. */
    record Run(int exitCode, String out, String err) {
    }

    // ------------------------------------------------------------------ reports

    @Test
    void illustrativeFirmExitsZeroWithAMarkdownReportNamingTheBindingConstraint() {
        Run run = run("diagnose", EXAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("# Marketing–logistics integration diagnosis: Illustrative Industrial Firm")
                .contains("Technological integration is the binding constraint");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void valuesProbablyOnTheWrongScaleAreWarnedOnStderrByFileAndFieldAndTheReportIsStillWritten() throws IOException {
        Path assessment = folder.resolve("slips.yaml");
        Files.writeString(assessment, Files.readString(Path.of(EXAMPLE))
                .replace("T.crm_erp_consistency: 78", "T.crm_erp_consistency: 0.78")
                .replace("otif: { actual: 82, target: 90 }", "otif: { actual: 0.82, target: 90 }"));

        Run run = run("diagnose", assessment.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err().lines()).containsExactly(
                assessment + ": warning: indicators.T.crm_erp_consistency: CRM-ERP order and customer master data "
                        + "consistency was answered 0.78 on a percent scale written 0–100, so 78% was probably meant; "
                        + "the diagnosis used 0.78 as given. Check the answer before acting on it.",
                assessment + ": warning: kpis.otif: On-time in-full (OTIF) is reported at 0.82 against a target of 90, "
                        + "110 times apart: one of the two is probably written on another scale (0.82 probably means 82%). "
                        + "Its gap was measured as written; check both figures before acting on it.");
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("consistency")).extracting(f -> f.path("id").asText())
                .containsExactly("percent-written-as-fraction", "kpi-scale-mismatch");
        assertThat(report.path("consistency").get(1).path("answers").path("otif.actual").decimalValue())
                .isEqualByComparingTo("0.82");
        assertThat(report.path("bindingConstraint").path("confidence").asText()).isEqualTo("low");
    }

    @Test
    void theSurveyExportsWarningsAreSaidOnStderrAndTheReportIsStillWritten() throws IOException {
        Files.writeString(folder.resolve("export.csv"), "respondent,function,S.q1,Submitted\nr1,sales,4,2026-10-30\n");
        Files.writeString(folder.resolve("map.yaml"), "items: { S.q1: S.q1 }\n");
        Path assessment = folder.resolve("firm.yaml");
        Files.writeString(assessment, Files.readString(Path.of(EXAMPLE)) + "responses: { file: export.csv, columns: map.yaml }\n");

        Run run = run("diagnose", assessment.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith(folder.resolve("export.csv") + ":1:1: warning: 1 column is not read").contains("`Submitted`");
        assertThat(run.out()).startsWith("# Marketing–logistics integration diagnosis: Illustrative Industrial Firm");
    }

    @Test
    void bothSurveyExamplesAreDiagnosedWithoutAWord() {
        for (String example : List.of("survey-firm.yaml", "survey-firm.csv.yaml")) {
            Run run = run("diagnose", Path.of("examples", example).toString());

            assertThat(run.exitCode()).as(example).isEqualTo(ExitCode.OK);
            assertThat(run.err()).as(example).isEmpty();
            assertThat(run.out()).as(example).startsWith("# Marketing–logistics integration diagnosis: Kama Valve and Fittings Plant");
        }
    }

    @Test
    void contradictionsGoToTheReportNotToStderr() throws IOException {
        Path assessment = folder.resolve("contradiction.yaml");
        Files.writeString(assessment, Files.readString(Path.of(EXAMPLE))
                .replace("R.exception_review_cadence: 2", "R.exception_review_cadence: 0")
                .replace("R.root_cause_closure_rate: 70", "R.root_cause_closure_rate: 95"));

        Run run = run("diagnose", assessment.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("### Points to verify", "Answers that contradict each other.",
                "Answers given: Regular exception-management and root-cause reviews = 0; Root-cause action closure rate = 95.");
    }

    @Test
    void everyReportSaysHowMuchTheWeightsMatterAndOnlyJsonAndHtmlCarryTheRegions() throws IOException {
        Run markdown = run("diagnose", EXAMPLE);
        Run json = run("diagnose", EXAMPLE, "--format", "json");
        Run html = run("diagnose", EXAMPLE, "--format", "html");

        assertThat(markdown.out()).contains("## How much the weights matter", "Technological integration stays the binding "
                + "constraint unless the weight of Structural integration rises above 46.6% (from 33.3%)");
        JsonNode robustness = JSON.readTree(json.out()).path("robustness");
        assertThat(robustness.path("binding").asText()).isEqualTo("T");
        assertThat(robustness.path("flipsTo").asText()).isEqualTo("S");
        assertThat(robustness.path("regions").size()).isPositive();
        assertThat(html.out()).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"ternary\"", "id=\"firm-weights\"");
    }

    @Test
    void jsonReportParsesAndCarriesTheDocumentedFields() throws IOException {
        Run run = run("diagnose", EXAMPLE, "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.path("schemaVersion").asText()).isEqualTo(JsonReportRenderer.SCHEMA_VERSION);
        assertThat(report.path("mli").isNumber()).isTrue();
        assertThat(report.path("mli").asDouble()).isBetween(0.0, 1.0);

        JsonNode s = report.path("dimensions").path("S");
        assertThat(s.path("score").isNumber()).isTrue();
        assertThat(s.path("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(s.path("weight").decimalValue()).as("equal default weights").isEqualByComparingTo("0.3333");
        assertThat(s.path("answered").asInt()).isEqualTo(8);
        assertThat(s.path("sufficient").isBoolean()).isTrue();
        assertThat(s.path("sufficient").asBoolean()).isTrue();

        JsonNode binding = report.path("bindingConstraint");
        assertThat(binding.path("dimension").asText()).isEqualTo("T");
        assertThat(binding.path("dimensions")).extracting(JsonNode::asText).containsExactly("T");
        assertThat(binding.path("joint").asBoolean()).isFalse();
        assertThat(binding.path("gatesHolding").isArray()).isTrue();
        assertThat(binding.path("runnerUp").asText()).isIn("S", "R");
        assertThat(binding.path("margin").isNumber()).isTrue();
        assertThat(binding.path("reasons").isArray()).isTrue();
        assertThat(binding.path("reasons")).isNotEmpty();
        assertThat(binding.path("confidence").asText()).isEqualTo("high");
        assertThat(binding.path("confidenceBecause").get(0).path("rule").asText()).isEqualTo("consistency.confidence");
        assertThat(report.path("consistency").isArray()).isTrue();
        assertThat(report.path("consistency")).isEmpty();

        JsonNode gaps = report.path("kpiGaps");
        assertThat(gaps.isArray()).isTrue();
        assertThat(gaps.findValuesAsText("kpi")).contains("otif", "forecast_accuracy");

        JsonNode first = report.path("recommendations").path(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("id").asText()).isNotBlank();
        assertThat(first.path("dimension").asText()).isIn("S", "T", "R");
        assertThat(first.path("roadmapStep").isInt()).isTrue();
        assertThat(first.path("roadmapStep").asInt()).isBetween(1, 6);
        assertThat(first.path("title").asText()).isNotBlank();
        assertThat(first.path("because").isArray()).isTrue();
        assertThat(first.path("because")).isNotEmpty();
        assertThat(first.path("wave").asText()).isEqualTo("first");
        assertThat(first.path("startWeek").asInt()).isEqualTo(1);
        assertThat(first.path("impactWeek").asInt()).isGreaterThanOrEqualTo(first.path("startWeek").asInt());
        assertThat(first.path("score").path("total").asDouble()).isEqualTo(first.path("priority").asDouble());
        assertThat(first.path("score").path("depth").isNumber()).isTrue();

        JsonNode roadmap = report.path("roadmap");
        assertThat(roadmap.isArray()).isTrue();
        assertThat(roadmap.findValuesAsText("step")).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void knowledgeBaseFolderGivesTheSameJsonAsTheBuiltInOneExceptItsLocation() throws IOException {
        Run builtIn = run("diagnose", EXAMPLE, "--format", "json");
        Run folderKb = run("diagnose", EXAMPLE, "--format", "json", "--kb", "knowledge-base");

        assertThat(builtIn.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(folderKb.exitCode()).isEqualTo(ExitCode.OK);
        ObjectNode a = (ObjectNode) JSON.readTree(builtIn.out());
        ObjectNode b = (ObjectNode) JSON.readTree(folderKb.out());
        assertThat(a.path("knowledgeBase").path("location").asText()).isEqualTo("built-in (knowledge-base/)");
        assertThat(b.path("knowledgeBase").path("location").asText()).isEqualTo("knowledge-base");
        ((ObjectNode) a.path("knowledgeBase")).remove("location");
        ((ObjectNode) b.path("knowledgeBase")).remove("location");
        assertThat(a).isEqualTo(b);
    }

    // ------------------------------------------------------------------ usage errors (64)

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void wrongUsageExitsWith64AndPointsToHelp(String description, String[] args, String expected) {
        Run run = run(args);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(expected).contains("Try 'mli diagnose --help' for usage.");
        assertThat(run.out()).isEmpty();
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                arguments("unknown option", new String[] {"diagnose", "--bogus", EXAMPLE}, "Unknown option: '--bogus'"),
                arguments("missing assessment", new String[] {"diagnose"}, "Missing required parameter: 'ASSESSMENT'"),
                arguments("unknown format", new String[] {"diagnose", EXAMPLE, "--format", "docx"}, "docx"),
                arguments("unknown language", new String[] {"diagnose", EXAMPLE, "--lang", "de"}, "de"),
                arguments("pdf to the terminal", new String[] {"diagnose", EXAMPLE, "--format", "pdf"}, "give it a name with -o FILE"),
                arguments("option without its value", new String[] {"diagnose", EXAMPLE, "--kb"}, "--kb"));
    }

    @Test
    void outputEqualToTheInputIsRefusedWith64AndTheInputIsLeftAlone() throws IOException {
        Path assessment = Files.copy(Path.of(EXAMPLE), folder.resolve("firm.yaml"));
        String before = Files.readString(assessment);

        Run run = run("diagnose", assessment.toString(), "-o", assessment.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("refusing to overwrite the assessment with its own report");
        assertThat(Files.readString(assessment)).isEqualTo(before);
    }

    // ------------------------------------------------------------------ invalid input (65)

    @Test
    void invalidAssessmentExitsWith65ListingEveryProblemWithoutAStackTrace() {
        Run run = run("diagnose", SEVERAL_PROBLEMS.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).contains(
                SEVERAL_PROBLEMS + ":4:31: context.demand_volatility: ",
                SEVERAL_PROBLEMS + ":6:3: indicators.S.sop_cycel: ",
                SEVERAL_PROBLEMS + ":7:26: indicators.T.crm_erp_consistency: ",
                SEVERAL_PROBLEMS + ":9:42: kpis.order_cycle_time.target: ",
                "mli: 4 problems found; nothing was written.");
        assertThat(run.err()).doesNotContain("at org.", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidKnowledgeBaseFolderExitsWith65NamingTheKnowledgeBaseFile() throws IOException {
        Path kb = Files.createDirectory(folder.resolve("kb"));
        for (String file : KnowledgeBaseLoader.FILES) {
            Files.copy(Path.of("knowledge-base", file), kb.resolve(file));
        }
        Files.writeString(kb.resolve("gates.yaml"), """
                gates:
                  - id: no-such-indicator
                    binding: T
                    when: { indicator: T.crm_erp_consistancy, below: 60 }
                    because: The indicator id is misspelt.
                """);

        Run run = run("diagnose", EXAMPLE, "--kb", kb.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).contains(kb.resolve("gates.yaml") + ":4:24: gates[no-such-indicator].when.indicator: "
                + "unknown indicator `T.crm_erp_consistancy` (did you mean `T.crm_erp_consistency`?)");
        assertThat(run.err()).doesNotContain("at org.", "Exception");
        assertThat(run.out()).isEmpty();
    }

    // ------------------------------------------------------------------ missing input (66)

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingInputs")
    void missingInputExitsWith66NamingWhatIsMissing(String description, String[] args, String expected) {
        Run run = run(args);

        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(run.err()).contains(expected).contains("nothing was written").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    static Stream<Arguments> missingInputs() {
        String absentFile = Path.of("src", "test", "resources", "no-such-assessment.yaml").toString();
        String absentFolder = Path.of("src", "test", "resources", "no-such-kb").toString();
        return Stream.of(
                arguments("missing assessment file", new String[] {"diagnose", absentFile}, absentFile + ": file not found"),
                arguments("missing knowledge-base folder", new String[] {"diagnose", EXAMPLE, "--kb", absentFolder},
                        absentFolder + ": knowledge-base folder not found"),
                arguments("knowledge base given as a file", new String[] {"diagnose", EXAMPLE, "--kb", EXAMPLE},
                        EXAMPLE + ": is a file, not a folder"));
    }

    // ------------------------------------------------------------------ output files

    @Test
    void outputIntoAMissingFolderExitsWith73AndCreatesNothing() {
        Path missing = folder.resolve("missing");

        Run run = run("diagnose", EXAMPLE, "-o", missing.resolve("report.md").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CREATE);
        assertThat(run.err()).contains("the folder " + missing + " does not exist");
        assertThat(missing).doesNotExist();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void outputFileReceivesExactlyTheReportThatStdoutWouldShowAndNoTemporaryFileRemains() throws IOException {
        Path report = folder.resolve("report.md");
        Run toStdout = run("diagnose", EXAMPLE);

        Run toFile = run("diagnose", EXAMPLE, "-o", report.toString());

        assertThat(toFile.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(toFile.out()).isEmpty();
        assertThat(report).exists();
        assertThat(Files.readString(report)).isEqualTo(toStdout.out()).isNotEmpty();
        assertThat(filesIn(folder)).containsExactly("report.md");
    }

    @Test
    void outputFileThatAlreadyExistsIsReplacedByTheNewReport() throws IOException {
        Path report = Files.writeString(folder.resolve("report.md"), "an older report");

        Run run = run("diagnose", EXAMPLE, "--output", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(report)).isEqualTo(run("diagnose", EXAMPLE).out());
        assertThat(filesIn(folder)).containsExactly("report.md");
    }

    @Test
    void invalidAssessmentLeavesAnExistingOutputFileUnchanged() throws IOException {
        Path report = Files.writeString(folder.resolve("report.md"), "the previous report");

        Run run = run("diagnose", SEVERAL_PROBLEMS.toString(), "-o", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(Files.readString(report)).isEqualTo("the previous report");
        assertThat(filesIn(folder)).containsExactly("report.md");
    }

    // ------------------------------------------------------------------ format from the file name

    @Test
    void pdfExtensionWithoutFormatWritesAPdf() throws IOException {
        Path report = folder.resolve("report.pdf");

        Run run = run("diagnose", EXAMPLE, "-o", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(new String(Files.readAllBytes(report), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedFormats")
    void aKnownExtensionWithoutFormatChoosesTheFormat(String name, String expectedStart) throws IOException {
        Path report = folder.resolve(name);

        Run run = run("diagnose", EXAMPLE, "-o", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(report)).startsWith(expectedStart);
    }

    static Stream<Arguments> namedFormats() {
        return Stream.of(
                arguments("report.html", "<!DOCTYPE html>"),
                arguments("report.htm", "<!DOCTYPE html>"),
                arguments("REPORT.HTML", "<!DOCTYPE html>"),
                arguments("report.json", "{"),
                arguments("report.md", "# Marketing"),
                arguments("report.markdown", "# Marketing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unnamedFormats")
    void anUnknownOrMissingExtensionWithoutFormatWritesMarkdown(String name) throws IOException {
        Path report = folder.resolve(name);

        Run run = run("diagnose", EXAMPLE, "-o", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(report)).isEqualTo(run("diagnose", EXAMPLE).out());
    }

    static Stream<String> unnamedFormats() {
        return Stream.of("report.txt", "report", "report.pdf.bak");
    }

    /** A --format that agrees with the extension, and one given for a name whose extension names no format, are both obeyed. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"report.json", "report.txt"})
    void formatIsObeyedWhenTheExtensionAgreesOrNamesNoFormat(String name) throws IOException {
        Path report = folder.resolve(name);

        Run run = run("diagnose", EXAMPLE, "--format", "json", "-o", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(report.toFile()).path("mli").isNumber()).isTrue();
    }

    @Test
    void formatThatContradictsTheExtensionIsRefusedWith64NamingBothAndWritesNothing() throws IOException {
        Path report = folder.resolve("report.pdf");

        Run run = run("diagnose", EXAMPLE, "--format", "html", "-o", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("mli: -o " + report + " ends in .pdf but --format html was given; "
                + "drop --format or change the file name");
        assertThat(filesIn(folder)).isEmpty();
    }

    // ------------------------------------------------------------------ what was written

    @ParameterizedTest(name = "{1}")
    @MethodSource("writtenLabels")
    void aReportWrittenToAFileIsNamedOnStderrWithItsFormatAndSize(String name, String label) throws IOException {
        Path report = folder.resolve(name);

        Run run = run("diagnose", EXAMPLE, "-o", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEqualTo("wrote " + report + " (" + label + ", "
                + FileOutput.humanSize(Files.size(report)) + ")" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    static Stream<Arguments> writtenLabels() {
        return Stream.of(arguments("r.pdf", "PDF"), arguments("r.html", "HTML"), arguments("r.json", "JSON"),
                arguments("r.md", "Markdown"));
    }

    @Test
    void aReportOnStandardOutputSaysNothingOnStderr() {
        assertThat(run("diagnose", EXAMPLE, "-o", "-").err()).isEmpty();
        assertThat(run("diagnose", EXAMPLE).err()).isEmpty();
    }

    @ParameterizedTest(name = "{0} bytes")
    @MethodSource("sizes")
    void sizesAreWrittenAsPeopleReadThem(long bytes, String expected) {
        assertThat(FileOutput.humanSize(bytes)).isEqualTo(expected);
    }

    static Stream<Arguments> sizes() {
        return Stream.of(arguments(1L, "1 byte"), arguments(900L, "900 bytes"), arguments(1023L, "1023 bytes"),
                arguments(1024L, "1 KB"), arguments(62_000L, "61 KB"), arguments(421_900L, "412 KB"),
                arguments(1_468_006L, "1.4 MB"));
    }

    // ------------------------------------------------------------------ bugs

    @Test
    void contextIsReportedInTheKnowledgeBaseOrderOnEveryRun() throws IOException {
        for (int i = 0; i < 20; i++) {
            Run run = run("diagnose", EXAMPLE, "--format", "json");

            List<String> factors = new ArrayList<>();
            JSON.readTree(run.out()).path("context").fieldNames().forEachRemaining(factors::add);
            assertThat(factors).as("run %d", i).containsExactly("demand_volatility", "product_variety");
        }
    }

    // ------------------------------------------------------------------ helpers

    // ------------------------------------------------------------------ client document, evidence, brand

    @Test
    void defaultReportIsTheClientDocumentWithoutRuleIds() {
        Run run = run("diagnose", EXAMPLE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("## The first wave of actions", "## About this diagnosis")
                .doesNotContain("## Evidence appendix", "binding.decide", "knowledge-base/");
    }

    @Test
    void detailFullAddsTheEvidenceAppendixAndExplainImpliesIt() {
        Run full = run("diagnose", EXAMPLE, "--detail", "full");
        Run explained = run("diagnose", EXAMPLE, "--explain");

        assertThat(full.out()).contains("## About this diagnosis", "## Evidence appendix", "_[binding.decide")
                .doesNotContain("  - read: ");
        assertThat(explained.out()).contains("## Evidence appendix", "  - read: ");
    }

    @Test
    void appendixAloneIsASeparateDocumentForTheConsultant() throws IOException {
        Path html = folder.resolve("evidence.html");

        Run run = run("diagnose", EXAMPLE, "--appendix", "-o", html.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(html)).contains("<h1>Evidence appendix</h1>", "binding.decide")
                .doesNotContain("id=\"summary\"");
    }

    @Test
    void appendixIsRefusedForJsonWhichAlwaysCarriesTheEvidence() {
        Run run = run("diagnose", EXAMPLE, "--appendix", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--appendix", "JSON report always carries");
    }

    @Test
    void brandNamesTheConsultantOnTheCoverAndEmbedsTheLogo() throws IOException {
        Path html = folder.resolve("branded.html");

        Run run = run("diagnose", EXAMPLE, "--brand", "examples/brand/northwind.yaml", "-o", html.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(html)).contains("Dilnoza Karimova, Northwind Advisory", "data:image/svg+xml;base64,",
                "#0b6e4f");
    }

    @Test
    void aBadBrandFileIsADataErrorAndNothingIsWritten() throws IOException {
        Path brand = folder.resolve("brand.yaml");
        Files.writeString(brand, "accent: green\nlogo: none.png\n");
        Path html = folder.resolve("branded.html");

        Run run = run("diagnose", EXAMPLE, "--brand", brand.toString(), "-o", html.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).contains("accent", "logo", "2 problems found; nothing was written.");
        assertThat(html).doesNotExist();
    }

    @Test
    void aMissingBrandFileIsMissingInput() {
        Run run = run("diagnose", EXAMPLE, "--brand", folder.resolve("none.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void aReportIsNeverWrittenOverTheSurveyExportItWasMadeFrom() throws IOException {
        Path firm = folder.resolve("survey-firm.csv.yaml");
        Files.copy(Path.of("examples", "survey-firm.csv.yaml"), firm);
        Path export = Files.copy(Path.of("examples", "survey-firm.responses.csv"), folder.resolve("survey-firm.responses.csv"));
        byte[] before = Files.readAllBytes(export);

        Run run = run("diagnose", firm.toString(), "-o", export.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("refusing to overwrite", "which this report was made from");
        assertThat(Files.readAllBytes(export)).isEqualTo(before);
    }

    @Test
    void aSurveyExportOutsideTheAssessmentsFolderIsRefused() throws IOException {
        Path firm = Files.createDirectory(folder.resolve("firm")).resolve("firm.yaml");
        Files.writeString(firm, Files.readString(Path.of("examples", "survey-firm.csv.yaml"))
                .replace("responses: survey-firm.responses.csv", "responses: ../elsewhere.csv"));

        Run run = run("diagnose", firm.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).contains("`../elsewhere.csv` is outside the assessment's folder");
    }

    @Test
    void aBrandWarningIsSaidOnStderrAndTheReportIsStillWritten() throws IOException {
        Path brand = folder.resolve("brand.yaml");
        Files.copy(Path.of("examples", "brand", "northwind-logo.svg"), folder.resolve("logo.png"));
        Files.writeString(brand, "firm: F\nlogo: logo.png\n");
        Path html = folder.resolve("report.html");

        Run run = run("diagnose", EXAMPLE, "--brand", brand.toString(), "-o", html.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("warning", "`logo.png` holds SVG content");
        assertThat(html).exists();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = MliCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
