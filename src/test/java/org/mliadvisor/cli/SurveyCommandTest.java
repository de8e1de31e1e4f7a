package org.mliadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli survey template}: the questionnaire written by the output's extension, in the respondents' language. */
class SurveyCommandTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"survey.html", "survey.csv", "survey.xlsx"})
    void templateIsWrittenAsItsExtensionSaysAndNamedOnStderr(String name) throws IOException {
        Path file = folder.resolve(name);
        CliRun run = new CliRun();

        int code = run.run("survey", "template", "--lang", "ru", "-o", file.toString());

        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(run.err.toString()).startsWith("wrote " + file + " (");
        byte[] written = Files.readAllBytes(file);
        if (name.endsWith(".html")) {
            assertThat(new String(written, StandardCharsets.UTF_8)).contains("lang=\"ru\"", "Анкета");
        } else if (name.endsWith(".xlsx")) {
            assertThat(written).startsWith('P', 'K');
        } else {
            assertThat(new String(written, StandardCharsets.UTF_8)).contains("respondent,function,S.q1");
        }
    }

    @Test
    void anOutputNamedNeitherHtmlNorCsvNorXlsxIsRefusedWith64AndNothingIsWritten() throws IOException {
        Path file = folder.resolve("survey.txt");
        CliRun run = new CliRun();

        int code = run.run("survey", "template", "-o", file.toString());

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.toString()).contains(".html", ".csv", ".xlsx");
        assertThat(file).doesNotExist();
    }

    @Test
    void surveyWithoutACommandListsTemplate() {
        CliRun run = new CliRun();

        int code = run.run("survey");

        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.toString()).contains("template");
    }

    @Test
    void aKnowledgeBaseWithoutItemsHasNoTemplateToWrite() throws IOException {
        Path kb = CliRun.copyOfShippedKb(Files.createDirectory(folder.resolve("kb")));
        Files.delete(kb.resolve("items.yaml"));
        Path file = folder.resolve("survey.csv");
        CliRun run = new CliRun();

        int code = run.run("survey", "template", "--kb", kb.toString(), "-o", file.toString());

        assertThat(code).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err.toString()).contains("has no survey items");
        assertThat(file).doesNotExist();
    }
}
