package org.mliadvisor.safety;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mliadvisor.assessment.AssessmentLoader;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.HtmlReportRenderer;
import org.mliadvisor.report.JsonReportRenderer;
import org.mliadvisor.report.MarkdownReportRenderer;
import org.mliadvisor.source.InputException;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A hostile knowledge base or assessment cannot run code: text that looks like DRL, MVEL or Java
 * is either rejected where an id or typed value is expected, or kept as plain text; the sentinel
 * it tries to call is never touched.
 */
class HostileInputTest {

    private static final String CALL = "org.mliadvisor.safety.Sentinel.touch()";

    /** Attempts at code in every syntax the engine or its libraries know. */
    static final String[] PAYLOADS = {
        "\"); " + CALL + "; //",
        "${" + CALL + "}",
        "@{" + CALL + "}",
        "\" || " + CALL + " || \"",
        "\" + " + CALL + " + \"",
        "end rule \"x\" when eval(" + CALL + ") then end",
        "System.exit(3)",
        "java.lang.Runtime.getRuntime().exec(\"touch /tmp/mli-pwned\")",
        "T(java.lang.Runtime).getRuntime()",
        "#{" + CALL + "}",
    };

    @AfterEach
    void nothingRan() {
        assertThat(Sentinel.touched()).as("code from an input ran").isFalse();
        assertThat(Path.of("/tmp/mli-pwned")).doesNotExist();
    }

    private static Map<String, byte[]> shippedKb() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : KnowledgeBaseLoader.FILES) {
            files.put(file, Files.readAllBytes(Path.of("knowledge-base", file)));
        }
        return files;
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void codeInKnowledgeBaseTextIsKeptAsPlainText(int index) throws Exception {
        String payload = PAYLOADS[index];
        Map<String, byte[]> files = shippedKb();
        String interventions = new String(files.get("interventions.yaml"), StandardCharsets.UTF_8)
                .replace("en: Institutionalize a monthly S&OP cycle", "en: " + quoted(payload));
        String gates = new String(files.get("gates.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("because:\\n(?: {6}.*\\n)+", Matcher.quoteReplacement("because: " + quoted(payload) + "\n"));
        files.put("interventions.yaml", interventions.getBytes(StandardCharsets.UTF_8));
        files.put("gates.yaml", gates.getBytes(StandardCharsets.UTF_8));
        KnowledgeBase kb = new KnowledgeBaseLoader().load(files, "hostile-kb");

        Diagnosis diagnosis;
        try (Diagnostician diagnostician = new Diagnostician(kb)) {
            String firm = "organization: " + quoted(payload) + "\nassessed_on: 2026-11-01\n"
                    + "indicators: { S.sop_cycle: 1, S.sop_cadence_fit: false, S.cross_functional_team: 1, T.crm_erp_consistency: 50,"
                    + " T.wms_tms_visibility: 10 }\n";
            diagnosis = diagnostician.diagnose(new AssessmentLoader(kb).load(firm.getBytes(StandardCharsets.UTF_8), "firm.yaml"));
        }
        String markdown = new MarkdownReportRenderer(true, Language.EN).render(diagnosis);
        String json = new JsonReportRenderer(Language.EN).render(diagnosis);

        String html = new HtmlReportRenderer(Language.EN).render(diagnosis);

        assertThat(diagnosis.organization()).isEqualTo(payload);
        assertThat(diagnosis.recommendations()).anySatisfy(r -> assertThat(r.title().en()).isEqualTo(payload));
        assertThat(markdown).isNotEmpty();
        assertThat(new ObjectMapper().readTree(json).path("organization").asText()).isEqualTo(payload);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).endsWith(payload);
        assertThat(doc.getElementsByTagName("h3")).satisfies(headings -> {
            boolean titled = false;
            for (int i = 0; i < headings.getLength(); i++) {
                titled |= headings.item(i).getTextContent().endsWith(". " + payload);
            }
            assertThat(titled).as("the intervention titled with the payload has its card heading").isTrue();
        });
        assertThat(diagnosis.binding().reasons()).anySatisfy(r -> assertThat(r.statement()).endsWith(payload));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void codeWhereAnIdIsExpectedIsRejectedAsAnUnknownOrInvalidId(int index) throws Exception {
        Map<String, byte[]> files = shippedKb();
        String interventions = new String(files.get("interventions.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("indicator: S\\.sop_cycle,", java.util.regex.Matcher.quoteReplacement("indicator: " + quoted(PAYLOADS[index]) + ","));
        files.put("interventions.yaml", interventions.getBytes(StandardCharsets.UTF_8));

        InputException e = catchThrowableOfType(InputException.class, () -> new KnowledgeBaseLoader().load(files, "hostile-kb"));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("unknown indicator"));
    }

    @Test
    void codeWhereATypedValueIsExpectedIsRejected() throws Exception {
        Map<String, byte[]> files = shippedKb();
        String gates = new String(files.get("gates.yaml"), StandardCharsets.UTF_8)
                .replace("below: 60 }", "below: '60 || " + CALL + "' }");
        files.put("gates.yaml", gates.getBytes(StandardCharsets.UTF_8));

        InputException e = catchThrowableOfType(InputException.class, () -> new KnowledgeBaseLoader().load(files, "hostile-kb"));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("expected a number", "found text"));
    }

    @Test
    void codeInAContextValueIsRejectedAsAnUndeclaredValue() throws Exception {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        String firm = "organization: X\nassessed_on: 2026-11-01\ncontext: { demand_volatility: " + quoted("high\" || " + CALL) + " }\n";

        InputException e = catchThrowableOfType(InputException.class,
                () -> new AssessmentLoader(kb).load(firm.getBytes(StandardCharsets.UTF_8), "firm.yaml"));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("is not allowed", "low, medium, high"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void codeInASurveyExportIsKeptAsARespondentsIdOrRejectedAsAFunction(int index) throws Exception {
        String payload = "\"" + PAYLOADS[index].replace("\"", "\"\"") + "\"";
        java.util.Set<String> items = java.util.Set.of("S.q1");
        org.mliadvisor.assessment.survey.SurveyFile reader = new org.mliadvisor.assessment.survey.SurveyFile(items, 5);

        var asId = reader.read(("respondent,function,S.q1\n" + payload + ",marketing,4\n").getBytes(StandardCharsets.UTF_8),
                "survey.csv");
        InputException asFunction = catchThrowableOfType(InputException.class, () -> reader.read(
                ("respondent,function,S.q1\nr1," + payload + ",4\n").getBytes(StandardCharsets.UTF_8), "survey.csv"));

        assertThat(asId.respondents()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(PAYLOADS[index]));
        assertThat(asFunction.problems()).anySatisfy(p -> assertThat(p.toString()).contains("survey.csv:2:2"));
    }
}
