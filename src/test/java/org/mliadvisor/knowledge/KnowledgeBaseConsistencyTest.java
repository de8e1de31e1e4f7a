package org.mliadvisor.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Checks across knowledge-base entries: prerequisites listed once, evidence minimum reachable. */
class KnowledgeBaseConsistencyTest {

    @TempDir
    Path folder;

    private InputException rejected() {
        return catchThrowableOfType(InputException.class, () -> new KnowledgeBaseLoader().load(folder));
    }

    @Test
    void prerequisiteListedTwiceIsRejected() throws IOException {
        Path file = KbFixture.withCases(folder, "duplicate-prerequisite");

        InputException e = rejected();

        assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith(file + ":13:5: interventions[sop-cycle].requires: ")
                .contains("`process-ownership-map` is listed twice");
    }

    @Test
    void evidenceMinimumThatADimensionCanNeverReachIsRejected() throws IOException {
        KbFixture.withCases(folder, "minimum-evidence-unreachable");

        InputException e = rejected();

        assertThat(e.problems()).extracting(Problem::toString).singleElement().asString()
                .contains("scoring.min_answered_per_dimension", "dimension T has 5 indicator(s), fewer than the 6");
    }

    @Test
    void evidenceMinimumEveryDimensionCanReachIsAccepted() throws InputException {
        assertThat(new KnowledgeBaseLoader().load(Path.of("knowledge-base")).method().minAnsweredPerDimension()).isEqualTo(3);
    }
}
