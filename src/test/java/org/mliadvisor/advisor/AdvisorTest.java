package org.mliadvisor.advisor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.Diagnostician;
import org.mliadvisor.diagnosis.Progress;
import org.mliadvisor.diagnosis.WeightRobustness;
import org.mliadvisor.knowledge.KnowledgeBase;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.report.Analysis;
import org.mliadvisor.report.Brand;
import org.mliadvisor.report.ProgressReport;
import org.mliadvisor.report.ReportFormat;
import org.mliadvisor.report.ReportOptions;
import org.mliadvisor.report.ReportScope;
import org.mliadvisor.source.InputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The seam the front ends share: reading, diagnosing and rendering through one advisor. */
class AdvisorTest {

    @Test
    void readingAnAssessmentNamesEveryFileItOpened() throws InputException {
        try (Advisor advisor = new Advisor(new KnowledgeBaseLoader().loadBuiltIn())) {
            Advisor.Read read = advisor.read(Path.of("examples", "survey-firm.csv.yaml"));

            assertThat(read.assessment().respondents()).hasSize(10);
            assertThat(read.filesRead()).extracting(p -> p.getFileName().toString())
                    .contains("survey-firm.responses.csv");
        }
    }

    @Test
    void aBadAssessmentIsRefusedWithItsProblems() throws InputException {
        try (Advisor advisor = new Advisor(new KnowledgeBaseLoader().loadBuiltIn())) {
            assertThatThrownBy(() -> advisor.read(Path.of("examples", "no-such-firm.yaml"))).isInstanceOf(InputException.class);
        }
    }

    @Test
    void itsRobustnessIsWorkedOutByItsOwnDiagnosticianOverTheWholeSimplex() throws InputException {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        try (Advisor advisor = new Advisor(kb); Diagnostician diagnostician = new Diagnostician(kb)) {
            var assessment = advisor.read(Path.of("examples", "illustrative-firm.yaml")).assessment();

            WeightRobustness robustness = advisor.robustness(assessment);

            assertThat(robustness).isEqualTo(WeightRobustness.of(diagnostician, assessment));
            assertThat(robustness.regions()).isNotEmpty();
        }
    }

    @Test
    void anAnalysisForMarkdownLeavesOutTheRegionsOnlyTheChartAndJsonShow() throws InputException {
        try (Advisor advisor = new Advisor(new KnowledgeBaseLoader().loadBuiltIn())) {
            var assessment = advisor.read(Path.of("examples", "illustrative-firm.yaml")).assessment();

            Analysis markdown = advisor.analyse(assessment, ReportFormat.MARKDOWN);
            Analysis html = advisor.analyse(assessment, ReportFormat.HTML);

            assertThat(markdown.diagnosis()).isEqualTo(html.diagnosis()).isEqualTo(advisor.diagnose(assessment));
            assertThat(markdown.robustness().regions()).isEmpty();
            assertThat(html.robustness().regions()).isNotEmpty();
            assertThat(markdown.robustness().at()).isEqualTo(html.robustness().at());
            assertThat(new String(advisor.render(html, ReportFormat.HTML, ReportOptions.client(Language.EN)),
                    StandardCharsets.UTF_8)).contains("id=\"ternary\"");
        }
    }

    @Test
    void itsDiagnosisIsTheDiagnosticiansAndItsReportIsTheRenderers() throws InputException {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();
        try (Advisor advisor = new Advisor(kb); Diagnostician diagnostician = new Diagnostician(kb)) {
            var assessment = advisor.read(Path.of("examples", "illustrative-firm.yaml")).assessment();

            Diagnosis diagnosis = advisor.diagnose(assessment);
            String json = new String(advisor.render(diagnosis, ReportFormat.JSON,
                    new ReportOptions(Language.EN, ReportScope.FULL, true, Brand.NONE)), StandardCharsets.UTF_8);

            assertThat(diagnosis).isEqualTo(diagnostician.diagnose(assessment));
            assertThat(json).contains("\"organization\"", "joint-promotion-review");
        }
    }

    @Test
    void readingSeveralAssessmentsReportsEveryProblemOfEveryFileAtOnce(@TempDir Path folder) throws Exception {
        Path one = Files.writeString(folder.resolve("one.yaml"), "organization: F\nassessed_on: 2026-13-01\n");
        Path two = Files.writeString(folder.resolve("two.yaml"),
                "organization: F\nassessed_on: 2026-11-01\nimplemented: [{ id: nope, since: 2026-10-01 }]\n");
        try (Advisor advisor = new Advisor(new KnowledgeBaseLoader().loadBuiltIn())) {
            InputException e = catchThrowableOfType(InputException.class, () -> advisor.readAll(List.of(one, two)));

            assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
            assertThat(e.problems()).extracting(p -> p.location().file()).containsExactly(one.toString(), two.toString());
            InputException missing = catchThrowableOfType(InputException.class,
                    () -> advisor.readAll(List.of(one, folder.resolve("absent.yaml"))));
            assertThat(missing.kind()).as("a missing file decides the exit, as for one file").isEqualTo(InputException.Kind.MISSING);
            assertThat(missing.problems()).hasSize(2);
        }
    }

    @Test
    void progressIsDiagnosedAndRenderedThroughTheSameSeam() throws InputException {
        try (Advisor advisor = new Advisor(new KnowledgeBaseLoader().loadBuiltIn())) {
            List<Advisor.Read> reads = advisor.readAll(List.of(Path.of("examples", "illustrative-firm-week-12.yaml"),
                    Path.of("examples", "illustrative-firm.yaml")));
            Progress progress = advisor.progress(reads.stream().map(Advisor.Read::assessment).toList());

            assertThat(progress.first().diagnosis()).isEqualTo(advisor.diagnose(reads.get(1).assessment()));
            assertThat(advisor.render(progress, ReportFormat.MARKDOWN, ReportOptions.client(Language.EN)))
                    .isEqualTo(ProgressReport.document(progress, ReportFormat.MARKDOWN, ReportOptions.client(Language.EN)));
        }
    }
}
