package org.mliadvisor.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mliadvisor.knowledge.KnowledgeBaseInfo;
import org.mliadvisor.knowledge.KnowledgeBaseLoader;
import org.mliadvisor.source.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mli kb validate|test|docs} without a folder: ./knowledge-base when there is one, else the built-in one. */
class KbDefaultFolderTest {

    private static String builtInNote;

    private final CliRun cli = new CliRun();

    @TempDir
    Path workingDirectory;

    @BeforeAll
    static void builtInIdentity() throws InputException {
        KnowledgeBaseInfo info = new KnowledgeBaseLoader().loadBuiltIn().info();
        builtInNote = "mli: no ./knowledge-base here; using the built-in knowledge base " + info.id() + " " + info.version();
    }

    @Test
    void validateWithNoKnowledgeBaseHereChecksTheBuiltInOneAndSaysSoInOneLine() {
        int code = cli.runIn(workingDirectory, "kb", "validate", "--strict");

        assertThat(code).isZero();
        assertThat(cli.err.toString().lines()).containsExactly(builtInNote);
        assertThat(cli.out.toString()).isEqualTo("built-in (knowledge-base/): valid" + System.lineSeparator());
    }

    @Test
    void validateWithAKnowledgeBaseHereChecksThatOneAndSaysNothingAboutTheBuiltInOne() throws IOException {
        Path local = CliRun.copyOfShippedKb(Files.createDirectory(workingDirectory.resolve("knowledge-base")));
        Files.writeString(local.resolve("gates.yaml"), Files.readString(local.resolve("gates.yaml"))
                .replace("indicator: S.sop_cycle,", "indicator: S.sop_cycel,"));

        int code = cli.runIn(workingDirectory, "kb", "validate");

        assertThat(code).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(cli.err.toString()).contains(local.resolve("gates.yaml") + ":", "did you mean `S.sop_cycle`?")
                .doesNotContain("built-in");
    }

    @Test
    void testWithNoKnowledgeBaseHereRunsTheBuiltInGoldenCases() {
        int code = cli.runIn(workingDirectory, "kb", "test");

        assertThat(code).isZero();
        assertThat(cli.err.toString().lines()).containsExactly(builtInNote);
        assertThat(cli.out.toString()).contains("PASS illustrative-firm-gets-the-papers-three-levers",
                "PASS structural-gap-firm-is-bound-by-structure").containsPattern("\\d+ passed, 0 failed");
    }

    @Test
    void testWithAKnowledgeBaseHereRunsItsOwnCases() throws IOException {
        Path local = CliRun.copyOfShippedKb(Files.createDirectory(workingDirectory.resolve("knowledge-base")));
        Files.createDirectory(local.resolve("tests"));
        Files.writeString(local.resolve("tests").resolve("one.yaml"), """
                cases:
                  - name: a-firm-without-s-and-op-is-bound-by-s
                    assessment:
                      organization: Local Firm
                      assessed_on: 2026-11-01
                      indicators: { S.sop_cycle: 0, S.joint_promotion_review: 10, S.cross_functional_team: 1 }
                    expect: { recommends: [sop-cycle] }
                """);

        int code = cli.runIn(workingDirectory, "kb", "test");

        assertThat(cli.out.toString().lines()).containsExactly("PASS a-firm-without-s-and-op-is-bound-by-s", "",
                "1 passed, 0 failed");
        assertThat(code).isZero();
        assertThat(cli.err.toString()).isEmpty();
    }

    @Test
    void docsWithNoKnowledgeBaseHereWritesTheBuiltInCatalogue() throws IOException {
        Path docs = workingDirectory.resolve("docs");

        int code = cli.runIn(workingDirectory, "kb", "docs", "-o", docs.toString());

        assertThat(code).isZero();
        assertThat(cli.err.toString().lines()).containsExactly(builtInNote);
        assertThat(Files.readString(docs.resolve("index.html"))).contains("S.sop_cycle");
    }

    @ParameterizedTest(name = "kb {0}")
    @ValueSource(strings = {"validate", "test", "docs"})
    void anExplicitFolderThatDoesNotExistStillExits66(String command) {
        Path missing = workingDirectory.resolve("no-such-kb");

        int code = command.equals("docs")
                ? cli.runIn(workingDirectory, "kb", command, missing.toString(), "-o", workingDirectory.resolve("d").toString())
                : cli.runIn(workingDirectory, "kb", command, missing.toString());

        assertThat(code).isEqualTo(ExitCode.NO_INPUT);
        assertThat(cli.err.toString()).contains(missing + ": knowledge-base folder not found").doesNotContain("built-in");
    }
}
