package org.mliadvisor.batch;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Problems;

import java.util.List;

/**
 * Where a batch's firms come from, read one at a time on the reading thread: a table with one row per
 * firm, a survey export with one row per respondent, or a folder of assessment files.
 */
interface FirmSource extends AutoCloseable {

    /** How a firm becomes an assessment; problems the loader does not throw go to {@code problems}. */
    interface Reading {
        Assessment read(Problems problems) throws InputException;
    }

    /**
     * One firm, found by the reading thread and read into an assessment on a worker.
     *
     * @param row its row in the input (its first row, or its file's place in the folder)
     */
    record Firm(int row, Reading reading) {
        /** The firm's assessment, or {@code null} with its errors in {@code problems}. */
        Assessment read(Problems problems) {
            try {
                Assessment assessment = reading.read(problems);
                return problems.hasErrors() ? null : assessment;
            } catch (InputException e) {
                problems.addAll(e.problems());
                return null;
            }
        }
    }

    /** What opening the input found (a header's unknown column, a guessed encoding), told before any firm. */
    List<Problem> opening();

    /** The heading of column {@code column} (1-based) for {@code errors.csv}, or empty when there is none. */
    String heading(int column);

    /** How many firms there are at most, for telling how far the batch is. */
    long expected();

    /**
     * The next firm, or {@code null} at the end; what is wrong with it that the reading alone shows goes to
     * {@code problems}. An input that cannot be read on is thrown.
     */
    Firm next(Problems problems) throws InputException;

    @Override
    void close();
}
