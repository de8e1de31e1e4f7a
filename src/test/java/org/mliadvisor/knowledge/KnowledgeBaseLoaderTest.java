package org.mliadvisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mliadvisor.source.Fifo;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The knowledge-base loader against the built-in KB and against one invalid case at a time
 * ({@code src/test/resources/invalid/kb/<case>.yaml}, applied to a copy of the built-in KB).
 * Line and column numbers below are counted in the case files.
 */
class KnowledgeBaseLoaderTest {

    @TempDir
    Path folder;

    // ------------------------------------------------------------------ valid knowledge bases

    @Test
    void builtInKnowledgeBaseLoadsWithAllItsEntries() throws InputException {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();

        assertThat(kb.info().id()).isEqualTo("mli-core");
        assertThat(kb.info().location()).isEqualTo("built-in (knowledge-base/)");
        assertThat(kb.indicators()).hasSize(21);
        assertThat(kb.kpis()).hasSize(9);
        assertThat(kb.gates()).hasSize(2);
        assertThat(kb.interventions()).hasSize(24);
        assertThat(kb.roadmap().steps()).hasSize(6);
        assertThat(kb.context()).containsOnlyKeys("demand_volatility", "product_variety");
    }

    @Test
    void unchangedCopyOfTheBuiltInKnowledgeBaseLoadsFromItsFolder() throws IOException, InputException {
        KbFixture.copyBuiltIn(folder);

        KnowledgeBase kb = new KnowledgeBaseLoader().load(folder);

        assertThat(kb.info().location()).isEqualTo(folder.toString());
        assertThat(kb.indicators().keySet()).containsExactlyElementsOf(new KnowledgeBaseLoader().loadBuiltIn().indicators().keySet());
        assertThat(kb.interventions()).hasSize(24);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void everyInvalidCaseNamesTheFileItReplacesAndIsRejectedAsInvalid(String caseName) throws IOException {
        Path replaced = KbFixture.withCases(folder, caseName);

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location().line()).isPositive());
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.location().file()).isEqualTo(replaced.toString()));
    }

    static Stream<String> allCases() throws IOException {
        return KbFixture.allCases();
    }

    // ------------------------------------------------------------------ references and conditions

    @Test
    void unknownIndicatorInAConditionIsReportedWithLineColumnAndSuggestion() throws IOException {
        Path file = KbFixture.withCases(folder, "unknown-indicator-in-condition");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 7, 24, "interventions[sop-cycle].when.indicator"))
                .contains("unknown indicator `S.sop_cycel`", "(did you mean `S.sop_cycle`?)");
    }

    @Test
    void unknownKpiInMovesIsReportedWithSuggestion() throws IOException {
        Path file = KbFixture.withCases(folder, "unknown-kpi-in-moves");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 8, 12, "interventions[0].moves"))
                .contains("unknown KPI `otiff`", "(did you mean `otif`?)");
    }

    @Test
    void unknownRoadmapStepIsRejectedNamingTheStepsThatExist() throws IOException {
        Path file = KbFixture.withCases(folder, "unknown-roadmap-step");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 11, 19, "interventions[0].roadmap_step"))
                .contains("roadmap step 7 does not exist", "steps 1 to 6");
    }

    @Test
    void yesNoIndicatorComparedWithBelowIsRejected() throws IOException {
        Path file = KbFixture.withCases(folder, "yes-no-compared-with-below");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 7, 50, "interventions[sop-cycle].when.below"))
                .contains("S.sop_cadence_fit is a yes/no indicator", "`is: true` or `is: false`");
    }

    @Test
    void percentIndicatorComparedWith150IsRejectedAsOffItsScale() throws IOException {
        Path file = KbFixture.withCases(folder, "percent-indicator-compared-with-150");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 5, 54, "gates[data-before-planning].when.below"))
                .contains("value 150 cannot be compared here", "T.crm_erp_consistency is measured in % (0 to 100)");
    }

    @Test
    void kpiGapComparedWith50IsRejectedBecauseAGapIsAShareOfTheTarget() throws IOException {
        Path file = KbFixture.withCases(folder, "kpi-gap-given-50");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 7, 48, "interventions[inventory-policy].when.at_least"))
                .contains("value 50 cannot be compared here", "a KPI gap is a share of the target");
    }

    @Test
    void contextValueThatIsNotDeclaredIsRejectedListingTheDeclaredValues() throws IOException {
        Path file = KbFixture.withCases(folder, "undeclared-context-value");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 10, 49, "interventions[0].variants[0].when.is"))
                .contains("`extreme` is not a value of demand_volatility", "expected one of: low, medium, high");
    }

    @Test
    void codeWrittenAsAConditionIdIsRejectedAsAnUnknownIdAndNeverRun() throws IOException {
        // If either id were compiled or evaluated, System.exit(1) would end this JVM or `|| true`
        // would make the condition hold; instead each is looked up and found unknown.
        Path file = KbFixture.withCases(folder, "code-as-condition-id");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(at(file, 5, 24, "gates[exit-the-process].when.indicator"))
                        .contains("unknown indicator `System.exit(1)`"),
                p -> assertThat(p).startsWith(at(file, 10, 24, "gates[always-true].when.indicator"))
                        .contains("unknown indicator `\" || true || \"`"));
    }

    // ------------------------------------------------------------------ prerequisites and ids

    @Test
    void prerequisiteCycleIsReportedWithTheWholeCycle() throws IOException {
        Path file = KbFixture.withCases(folder, "prerequisite-cycle");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 3, 5, "interventions[sop-cycle].requires"))
                .contains("prerequisites form a cycle: sop-cycle → shared-kpi-set → sop-cycle");
    }

    @Test
    void prerequisiteOnALaterRoadmapStepIsRejected() throws IOException {
        Path file = KbFixture.withCases(folder, "prerequisite-on-later-step");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 3, 5, "interventions[process-ownership-map].requires"))
                .contains("requires `sop-cycle`", "on a later roadmap step (2 > 1)", "a prerequisite comes first");
    }

    @Test
    void duplicateInterventionIdNamesBothLocations() throws IOException {
        Path file = KbFixture.withCases(folder, "duplicate-intervention-id");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 14, 9, "interventions[1].id"))
                .contains("duplicate intervention id `sop-cycle`", "already defined at " + file + ":3:9");
    }

    // ------------------------------------------------------------------ weights and scoring bands

    @Test
    void aDuplicateKeyInAKnowledgeBaseFileDoesNotHideAnUnknownIndicatorElsewhereInIt() throws IOException {
        KbFixture.copyBuiltIn(folder);
        Path gates = folder.resolve("gates.yaml");
        Files.writeString(gates, """
                gates:
                  - id: no-planning-routine
                    binding: S
                    binding: T
                    when: { indicator: S.sop_cycle, at_most: 1 }
                    because: No S&OP routine.
                  - id: data-before-planning
                    binding: T
                    when: { indicator: T.crm_erp_consistancy, below: 60 }
                    because: Bad data.
                """);

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(gates + ":4:5: gates[0].binding: duplicate key"),
                p -> assertThat(p).startsWith(gates + ":9:24: gates[data-before-planning].when.indicator: "
                        + "unknown indicator `T.crm_erp_consistancy`"));
    }

    @Test
    void defaultWeightsNotSummingToOneAreRejectedWithTheirSum() throws IOException {
        Path file = KbFixture.withCases(folder, "weights-not-summing-to-one");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 3, 3, "dimensions[*].default_weight"))
                .contains("the default weights sum to 1.1", "they must sum to 1");
    }

    @Test
    void bandGapIsReportedAtTheBandThatStartsLate() throws IOException {
        Path file = KbFixture.withCases(folder, "band-gap");

        InputException e = rejectedAsInvalid();

        // The count is not asserted here: see indicatorRejectedForItsOwnProblemIsNotAlsoReportedAsUnknownWhereItIsUsed.
        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith(at(file, 109, 19, "indicators[6].scoring.bands[1].from"))
                .contains("band starts at 65 and leaves a gap", "it must start at 60"));
    }

    @Test
    void bandOverlapIsReportedAtTheBandThatStartsEarly() throws IOException {
        Path file = KbFixture.withCases(folder, "band-overlap");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith(at(file, 109, 19, "indicators[6].scoring.bands[1].from"))
                .contains("band starts at 55 and overlaps the previous band", "it must start at 60"));
    }

    @Test
    void bandsThatStopShortOfTheScaleMaximumAreRejected() throws IOException {
        Path file = KbFixture.withCases(folder, "bands-not-covering-scale");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith(at(file, 193, 9, "indicators[12].scoring.bands"))
                .contains("bands end at 6", "they must cover the scale up to 8"));
    }

    // ------------------------------------------------------------------ fields, syntax and sources

    @Test
    void misspeltFieldIsReportedAsUnknownWithSuggestionNextToTheMissingField() throws IOException {
        Path file = KbFixture.withCases(folder, "unknown-field-titel");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(at(file, 3, 5, "interventions[0].title")).contains("is required but missing"),
                p -> assertThat(p).startsWith(at(file, 5, 5, "interventions[0].titel"))
                        .contains("unknown field", "(did you mean `title`?)", "expected one of: id, dimension, title"));
    }

    @Test
    void anchorAndAliasAreBothRejected() throws IOException {
        Path file = KbFixture.withCases(folder, "anchor-alias");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(at(file, 8, 12, "")).contains("YAML anchors (&planning) are not allowed"),
                p -> assertThat(p).startsWith(at(file, 19, 12, "")).contains("YAML aliases (*planning) are not allowed"));
    }

    @Test
    void pythonObjectTagIsRejected() throws IOException {
        Path file = KbFixture.withCases(folder, "python-tag");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 6, 14, ""))
                .contains("YAML tags (tag:yaml.org,2002:python/object/apply:os.system) are not allowed");
    }

    @Test
    void unknownSourceDocumentIsRejectedWithSuggestionAndWhereToDeclareIt() throws IOException {
        Path file = KbFixture.withCases(folder, "unknown-source-doc");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 14, 20, "dimensions[1].source.doc"))
                .contains("unknown source `mli-papr`", "(did you mean `mli-paper`?)", "declare it under `sources` in method.yaml");
    }

    @Test
    void problemsInSeveralFilesAreAllReportedTogether() throws IOException {
        KbFixture.withCases(folder, "weights-not-summing-to-one", "unknown-indicator-in-condition");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(at(folder.resolve("dimensions.yaml"), 3, 3, "dimensions[*].default_weight")),
                p -> assertThat(p).startsWith(at(folder.resolve("interventions.yaml"), 7, 24,
                        "interventions[sop-cycle].when.indicator")));
    }

    // ------------------------------------------------------------------ consistency checks

    @Test
    void shippedConsistencyChecksLoadInFileOrderWithTheirKinds() throws InputException {
        KnowledgeBase kb = new KnowledgeBaseLoader().loadBuiltIn();

        assertThat(kb.consistency()).extracting(ConsistencyCheck::id).containsExactly("sop-absent-but-cadence-fits",
                "sop-absent-but-promotions-reviewed", "closure-without-reviews", "mature-claims-severe-kpi-gaps");
        assertThat(kb.consistency().get(0)).isInstanceOfSatisfying(ConsistencyCheck.Contradiction.class,
                c -> assertThat(c.answers()).containsExactly("S.sop_cycle", "S.sop_cadence_fit"));
        assertThat(kb.consistency().get(3)).isInstanceOfSatisfying(ConsistencyCheck.Triangulation.class, t -> {
            assertThat(t.dimensions()).containsExactly(Dimension.S, Dimension.T, Dimension.R);
            assertThat(t.scoreAtLeast()).isEqualTo(0.8);
            assertThat(t.severeKpisAtLeast()).isEqualTo(2);
        });
    }

    @Test
    void unknownIndicatorInAContradictionsAnswersIsReportedAtItsItemWithSuggestion() throws IOException {
        Path file = KbFixture.withCases(folder, "consistency-unknown-indicator-in-answers");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 9, 28, "checks[sop-absent-but-cadence-fits].answers[1]"))
                .contains("unknown indicator `S.sop_cadense_fit`", "(did you mean `S.sop_cadence_fit`?)");
    }

    @Test
    void unknownKindOfConsistencyCheckIsRejectedListingTheKinds() throws IOException {
        Path file = KbFixture.withCases(folder, "consistency-bad-kind");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).as("the fields of a contradiction are not also reported as unknown").singleElement()
                .asString().startsWith(at(file, 4, 11, "checks[0].kind"))
                .contains("`contradicton` is not allowed", "(did you mean `contradiction`?)",
                        "expected one of: contradiction, triangulation");
    }

    @Test
    void consistencyCheckWithoutItsFindingTextOrItsEnglishWordingIsRejected() throws IOException {
        Path file = KbFixture.withCases(folder, "consistency-missing-finding");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).isEqualTo(at(file, 3, 5, "checks[0].finding") + "is required but missing"),
                p -> assertThat(p).isEqualTo(at(file, 13, 14, "checks[1].finding.en") + "is required but missing"));
    }

    @Test
    void answerTheConditionDoesNotReadBuiltInIdDuplicateIdAndFieldOfTheOtherKindAreAllReported() throws IOException {
        Path file = KbFixture.withCases(folder, "consistency-answer-not-in-condition");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(at(file, 6, 28, "checks[sop-absent-but-cadence-fits].answers[1]"))
                        .contains("`S.sop_cadence_fit` is not read by `when`"),
                p -> assertThat(p).startsWith(at(file, 8, 9, "checks[1].id"))
                        .contains("`kpi-scale-mismatch` is the id of a check built into the rules"),
                p -> assertThat(p).startsWith(at(file, 13, 9, "checks[2].id"))
                        .contains("duplicate consistency check id `sop-absent-but-cadence-fits`", file + ":3:9"),
                p -> assertThat(p).startsWith(at(file, 17, 5, "checks[2].dimensions"))
                        .contains("unknown field", "expected one of: id, kind, finding, source, when, answers"));
    }

    // ------------------------------------------------------------------ missing input

    @Test
    void missingFileIsReportedAsMissingNamingTheFileAndWhatAKnowledgeBaseNeeds() throws IOException {
        KbFixture.copyBuiltIn(folder);
        Files.delete(folder.resolve("roadmap.yaml"));

        InputException e = rejected();

        assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING);
        assertThat(e.problems()).singleElement().asString()
                .startsWith(folder.resolve("roadmap.yaml") + ": file not found")
                .contains(String.join(", ", KnowledgeBaseLoader.FILES));
    }

    @Test
    void missingFolderIsReportedAsMissing() {
        Path absent = folder.resolve("no-such-kb");

        Throwable thrown = catchThrowable(() -> new KnowledgeBaseLoader().load(absent));

        assertThat(thrown).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.kind()).isEqualTo(InputException.Kind.MISSING);
            assertThat(e.problems()).singleElement().asString().isEqualTo(absent + ": knowledge-base folder not found");
        });
    }

    // ------------------------------------------------------------------ bugs

    @Test
    void sameUndeclaredCitationInTwoEntriesIsReportedAtEachEntry() throws IOException {
        Path file = KbFixture.withCases(folder, "unknown-source-doc-cited-twice");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).extracting(Problem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(at(file, 8, 20, "dimensions[0].source.doc")).contains("unknown source `mli-papr`"),
                p -> assertThat(p).startsWith(at(file, 14, 20, "dimensions[1].source.doc")).contains("unknown source `mli-papr`"));
    }

    @Test
    void indicatorRejectedForItsOwnProblemIsNotAlsoReportedAsUnknownWhereItIsUsed() throws IOException {
        Path file = KbFixture.withCases(folder, "band-gap");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 109, 19, "indicators[6].scoring.bands[1].from"));
    }

    @Test
    void prerequisiteRejectedForItsOwnProblemIsNotAlsoReportedAsUnknown() throws IOException {
        Path file = KbFixture.withCases(folder, "prerequisite-of-invalid-intervention");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 9, 13, "interventions[0].effort"))
                .contains("`huge` is not allowed", "(did you mean `high`?)");
    }

    // ------------------------------------------------------------------ helpers

    /** Loads {@link #folder}, which must fail as {@link InputException.Kind#INVALID}. */
    // ------------------------------------------------------------------ numbers, long texts, special files

    @Test
    void weeksToImpactWithALeadingZeroIsRejectedNamingTheDecimalMeantNotTheOctalValue() throws IOException {
        Path file = KbFixture.withCases(folder, "weeks-to-impact-with-leading-zero");

        InputException e = rejectedAsInvalid();

        assertThat(e.problems()).singleElement().asString()
                .startsWith(at(file, 10, 22, "interventions[0].weeks_to_impact"))
                .contains("`010` starts with a zero", "octal number 8", "write 10");
    }

    @Test
    void textLongerThanTheScalarCapIsRejectedQuicklyAtItsPlace() throws IOException {
        KbFixture.copyBuiltIn(folder);
        Path file = folder.resolve("interventions.yaml");
        String original = Files.readString(file);
        String before = "      en: Map the demand-to-fulfilment process and name its owners";
        assertThat(original).contains(before);
        Files.writeString(file, original.replace(before, "      en: \"" + "Segment SKUs. ".repeat(280_000) + "\""));

        long started = System.nanoTime();
        InputException e = rejectedAsInvalid();

        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to refuse a 3.9 MB text").isLessThan(4_000);
        assertThat(e.problems()).singleElement().asString().startsWith(file + ":")
                .contains("is 3920000 characters long; the limit is 65536 characters");
    }

    @Test
    void knowledgeBaseFileThatIsAPipeIsRefusedAsNotARegularFileWithoutWaitingForAWriter() throws Exception {
        KbFixture.copyBuiltIn(folder);
        Path gates = folder.resolve("gates.yaml");
        Files.delete(gates);
        Fifo.makeOrSkip(gates);

        InputException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                this::rejected);

        assertThat(e.problems()).singleElement().asString().startsWith(gates + ": is not a regular file");
    }

    private InputException rejectedAsInvalid() {
        InputException e = rejected();
        assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
        return e;
    }

    private InputException rejected() {
        Throwable thrown = catchThrowable(() -> new KnowledgeBaseLoader().load(folder));
        assertThat(thrown).isInstanceOf(InputException.class);
        return (InputException) thrown;
    }

    /** The start of a problem's text: {@code file:line:column: field: }. */
    private static String at(Path file, int line, int column, String field) {
        return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ");
    }
}
