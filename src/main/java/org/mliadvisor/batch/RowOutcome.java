package org.mliadvisor.batch;

import org.mliadvisor.source.Problem;

import java.util.List;
import java.util.Objects;

/** What became of one input row: a diagnosed firm, or the problems that kept it from being diagnosed. */
sealed interface RowOutcome permits RowOutcome.Diagnosed, RowOutcome.Refused {

    /** The row's number in the input. */
    int row();

    /** A firm diagnosed; {@code warnings} are what reading it noticed without refusing it. */
    record Diagnosed(FirmResult firm, List<Problem> warnings) implements RowOutcome {
        public Diagnosed {
            Objects.requireNonNull(firm, "firm");
            warnings = List.copyOf(warnings);
        }

        @Override
        public int row() {
            return firm.row();
        }
    }

    /**
     * A row not diagnosed, with every problem found in it.
     *
     * @param internal whether it failed for a fault of the program rather than of the row
     */
    record Refused(int row, List<Problem> problems, boolean internal) implements RowOutcome {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refused row has a problem");
            }
        }
    }
}
