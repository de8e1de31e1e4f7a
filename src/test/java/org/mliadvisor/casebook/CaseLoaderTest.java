package org.mliadvisor.casebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.diagnosis.BindingBasis;
import org.mliadvisor.diagnosis.BindingConfidence;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Reading golden-case files: valid ones become cases; invalid ones (one problem per file under
 * {@code src/test/resources/invalid/cases/}) are rejected with file, line, column and field.
 */
class CaseLoaderTest {

    private static final Path INVALID = Path.of("src", "test", "resources", "invalid", "cases");

    @TempDir
    Path folder;

    // ------------------------------------------------------------------ valid case files

    @Test
    void caseWithEveryExpectationIsReadWithItsAssessmentFileAndOrigin() throws Exception {
        Path file = CaseFixture.caseFile(folder, "all.yaml", """
                # every expectation at once
                cases:
                  - name: every-expectation
                    description: Reads every key.
                    assessment: ../../../examples/illustrative-firm.yaml
                    expect:
                      binding: T
                      basis: shortfall
                      mli: { at_least: 0.4, at_most: 0.6 }
                      recommends: [crm-erp-data-consistency]
                      does_not_recommend: [demand-shaping]
                      needs_data: [cross-functional-team]
                      variant: { sop-cycle: weekly, npd-joint-process: none }
                      ranks_before: [[shared-kpi-set, shared-kpi-incentives]]
                      first: crm-erp-data-consistency
                      findings: [closure-without-reviews, kpi-scale-mismatch]
                      confidence: medium
                """.replace("../../../examples", Path.of("examples").toAbsolutePath().toString()));

        List<GoldenCase> cases = CaseFixture.loadValid(file);

        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("every-expectation");
            assertThat(c.description()).isEqualTo("Reads every key.");
            assertThat(c.origin().toString()).isEqualTo(file + ":3:5");
            assertThat(c.assessment().organization()).isEqualTo("Illustrative Industrial Firm");
            Expectations e = c.expect();
            assertThat(e.binding()).isEqualTo(ExpectedBinding.T);
            assertThat(e.basis()).isEqualTo(BindingBasis.SHORTFALL);
            assertThat(e.mli()).isEqualTo(new Expectations.MliRange(0.4, 0.6, false));
            assertThat(e.recommends()).containsExactly("crm-erp-data-consistency");
            assertThat(e.doesNotRecommend()).containsExactly("demand-shaping");
            assertThat(e.needsData()).containsExactly("cross-functional-team");
            assertThat(e.variants()).containsExactly(Map.entry("sop-cycle", "weekly"), Map.entry("npd-joint-process", "none"));
            assertThat(e.ranksBefore()).containsExactly(new Expectations.Order("shared-kpi-set", "shared-kpi-incentives"));
            assertThat(e.first()).isEqualTo("crm-erp-data-consistency");
            assertThat(e.findings()).isEqualTo(new Expectations.Findings(
                    List.of("closure-without-reviews", "kpi-scale-mismatch"), false));
            assertThat(e.confidence()).isEqualTo(BindingConfidence.Level.MEDIUM);
        });
    }

    @Test
    void assessmentPathIsRelativeToTheCaseFileAndMayBeJson() throws Exception {
        Files.writeString(folder.resolve("firm.json"), """
                {"organization": "Json Firm", "assessed_on": "2026-11-01", "indicators": {"S.sop_cycle": 2}}
                """);
        Path file = CaseFixture.caseFile(folder, "json.yaml", """
                cases:
                  - { name: from-json, assessment: ../firm.json, expect: { binding: none } }
                  - { name: same-file-again, assessment: ../firm.json, expect: { mli: none } }
                """);

        List<GoldenCase> cases = CaseFixture.loadValid(file);

        assertThat(cases).extracting(GoldenCase::name).containsExactly("from-json", "same-file-again");
        assertThat(cases.get(0).assessment()).isSameAs(cases.get(1).assessment());
        assertThat(cases.get(0).assessment().organization()).isEqualTo("Json Firm");
        assertThat(cases.get(0).description()).isNull();
    }

    @Test
    void caseFilesOfAFolderAreItsYamlYmlAndJsonFilesInNameOrder() throws Exception {
        Path tests = Files.createDirectories(folder.resolve("tests"));
        for (String name : List.of("b.yaml", "a.yml", "c.json", "notes.txt", "README.md")) {
            Files.writeString(tests.resolve(name), "");
        }
        Files.createDirectories(tests.resolve("firms.yaml"));

        assertThat(CaseLoader.caseFiles(tests)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.yml", "b.yaml", "c.json");
    }

    // ------------------------------------------------------------------ invalid case files, one problem each

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCaseFiles")
    void invalidCaseFileIsRejectedWithOneProblemAtItsFileLineColumnAndField(
            String fixture, int line, int column, String field, List<String> words) {
        Path file = INVALID.resolve(fixture);

        InputException e = rejected(file);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).singleElement().asString()
                .startsWith(file + ":" + line + ":" + column + ": " + field + ": ")
                .contains(words);
    }

    static Stream<Arguments> invalidCaseFiles() {
        return Stream.of(
                arguments("unknown-intervention.yaml", 6, 43, "cases[typo-in-an-intervention].expect.recommends[1]",
                        List.of("unknown intervention `sop-cylce`", "(did you mean `sop-cycle`?)")),
                arguments("unknown-key.yaml", 7, 7, "cases[typo-in-a-key].expect.recommend",
                        List.of("unknown field", "(did you mean `recommends`?)", "expected one of: binding, basis, mli, "
                                + "recommends, does_not_recommend, needs_data, variant, ranks_before, first, first_three, recommendations, "
                                + "findings, confidence")),
                arguments("bad-binding.yaml", 6, 16, "cases[lower-case-binding].expect.binding",
                        List.of("`t` is not allowed", "(did you mean `T`?)", "expected one of: S, T, R, S+T, S+R, T+R, none")),
                arguments("missing-assessment-file.yaml", 4, 17, "cases[assessment-file-missing].assessment",
                        List.of("assessment file `no-such-firm.yaml` not found",
                                "looked for " + INVALID.resolve("no-such-firm.yaml"), "relative to this case file")),
                arguments("duplicate-case-name.yaml", 7, 11, "cases[same-name].name",
                        List.of("duplicate case name `same-name`", "already used at " + INVALID.resolve("duplicate-case-name.yaml")
                                + ":3:11")),
                arguments("empty-expect.yaml", 5, 13, "cases[expects-nothing].expect",
                        List.of("at least one expectation is required", "binding, basis, mli")),
                arguments("unknown-variant.yaml", 6, 29, "cases[typo-in-a-variant].expect.variant.sop-cycle",
                        List.of("unknown variant `weakly` of `sop-cycle`", "(did you mean `weekly`?)",
                                "expected one of: weekly, none")),
                arguments("invalid-inline-assessment.yaml", 8, 9,
                        "cases[typo-in-the-assessment].assessment.indicators.S.sop_cycel",
                        List.of("unknown indicator", "(did you mean `S.sop_cycle`?)")),
                arguments("ranks-before-not-a-pair.yaml", 6, 58, "cases[half-a-pair].expect.ranks_before[1]",
                        List.of("expected a pair [ahead, behind] of two intervention ids", "found a list of 1")),
                arguments("mli-bounds-reversed.yaml", 6, 38, "cases[upside-down-range].expect.mli.at_most",
                        List.of("must not be below at_least (0.6)")),
                arguments("contradictory-expectations.yaml", 7, 47, "cases[both-ways].expect.does_not_recommend[1]",
                        List.of("`sop-cycle` is also expected to be recommended", "cannot expect both")),
                arguments("basis-without-binding.yaml", 7, 14, "cases[basis-of-nothing].expect.basis",
                        List.of("a basis cannot be expected with `binding: none`")),
                arguments("unknown-finding.yaml", 6, 38, "cases[typo-in-a-finding].expect.findings[1]",
                        List.of("unknown consistency check `closure-without-review`", "(did you mean `closure-without-reviews`?)",
                                "percent-written-as-fraction and kpi-scale-mismatch are built in")),
                arguments("no-findings-yet-low-confidence.yaml", 7, 19, "cases[low-without-cause].expect.confidence",
                        List.of("without findings the confidence is high", "`findings: none` and `confidence: low`")),
                arguments("not-a-case-list.yaml", 3, 3, "cases",
                        List.of("expected a list, found a mapping")));
    }

    @Test
    void everyInvalidCaseFileIsCoveredByTheTable() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(invalidCaseFiles().map(a -> (String) a.get()[0]).toList());
        }
    }

    @Test
    void problemsOfEveryFileAreReportedAtOnceAndNamesAreUniqueAcrossFiles() {
        Path first = CaseFixture.caseFile(folder, "a.yaml", """
                cases:
                  - name: shared-name
                    assessment: { organization: A, assessed_on: 2026-11-01 }
                    expect: { binding: none, frist: sop-cycle }
                """);
        Path second = CaseFixture.caseFile(folder, "b.yaml", """
                cases:
                  - name: shared-name
                    assessment: { organization: B, assessed_on: 2026-11-01 }
                    expect: { mli: { at_least: 2 } }
                  - name: Not_Kebab
                    expect: { binding: none }
                """);

        InputException e = catchThrowableOfType(() -> CaseFixture.load(first, second), InputException.class);

        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(first + ":4:30: cases[shared-name].expect.frist: unknown field")
                        .contains("(did you mean `first`?)"),
                p -> assertThat(p).startsWith(second + ":2:11: cases[shared-name].name: duplicate case name `shared-name`")
                        .contains("already used at " + first + ":2:11"),
                p -> assertThat(p).startsWith(second + ":4:32: cases[shared-name].expect.mli.at_least: value 2 is out of range"),
                p -> assertThat(p).startsWith(second + ":5:5: cases[1].assessment: is required but missing"),
                p -> assertThat(p).startsWith(second + ":5:11: cases[1].name: `Not_Kebab` is not a valid id"));
    }

    @Test
    void invalidAssessmentFileIsReportedInItsOwnFileAndAtTheCaseThatNamesIt() throws IOException {
        Files.writeString(folder.resolve("bad-firm.yaml"), """
                organization: Bad Firm
                assessed_on: 2026-11-01
                indicators: { S.sop_cycle: 9 }
                """);
        Path file = CaseFixture.caseFile(folder, "cases.yaml", """
                cases:
                  - { name: one, assessment: ../bad-firm.yaml, expect: { binding: S } }
                  - { name: two, assessment: ../bad-firm.yaml, expect: { binding: T } }
                """);

        InputException e = catchThrowableOfType(() -> CaseFixture.load(file), InputException.class);

        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(folder.resolve("bad-firm.yaml") + ":3:28: indicators.S.sop_cycle: value 9 is out of range"),
                p -> assertThat(p).startsWith(file + ":2:30: cases[one].assessment: assessment file `"
                        + folder.resolve("bad-firm.yaml") + "` is invalid (1 problem, listed under its name)"));
    }

    @Test
    void assessmentThatIsNeitherAPathNorAMappingIsRejected() {
        Path file = CaseFixture.caseFile(folder, "list.yaml", """
                cases:
                  - { name: listed, assessment: [a, b], expect: { binding: S } }
                """);

        InputException e = catchThrowableOfType(() -> CaseFixture.load(file), InputException.class);

        assertThat(e.problems()).singleElement().asString().startsWith(file + ":2:33: cases[listed].assessment: "
                + "expected the path of an assessment file (relative to this file) or the assessment itself as a mapping");
    }

    @Test
    void missingFolderAndFolderWithoutCaseFilesAreReportedAsMissingInput() throws IOException {
        InputException none = catchThrowableOfType(() -> CaseLoader.caseFiles(folder.resolve("tests")), InputException.class);
        Files.createDirectories(folder.resolve("tests"));
        InputException empty = catchThrowableOfType(() -> CaseLoader.caseFiles(folder.resolve("tests")), InputException.class);

        assertThat(none.kind()).isEqualTo(InputException.Kind.MISSING);
        assertThat(none.problems()).singleElement().asString().isEqualTo(folder.resolve("tests") + ": golden-case folder not found");
        assertThat(empty.kind()).isEqualTo(InputException.Kind.MISSING);
        assertThat(empty.problems()).singleElement().asString().contains("no golden-case files");
    }

    private static InputException rejected(Path file) {
        return catchThrowableOfType(() -> CaseFixture.load(file), InputException.class);
    }
}
