package org.mliadvisor.cli;

import org.mliadvisor.source.InputException;
import org.mliadvisor.source.Problem;
import org.mliadvisor.source.Visible;

import java.io.PrintWriter;

/** Prints every problem of a rejected input, and the exit code that goes with it. */
final class InputProblems {

    /** What happened when an input was rejected: most commands write nothing. */
    static final String NOTHING_WRITTEN = "nothing was written";

    private InputProblems() {
    }

    /** Prints each problem, then "mli: N problems found; {@code consequence}.", and picks 66 or 65. */
    static int report(InputException e, PrintWriter err, String consequence) {
        for (Problem problem : e.problems()) {
            // file names, ids and values come from the input: a control in them must not act on the terminal
            err.println(Visible.controls(problem.toString()));
        }
        long errors = e.problems().stream().filter(Problem::isError).count();
        err.println("mli: " + errors + (errors == 1 ? " problem" : " problems") + " found; " + consequence + ".");
        err.flush();
        return e.kind() == InputException.Kind.MISSING ? ExitCode.NO_INPUT : ExitCode.DATA_ERROR;
    }

    /**
     * Prints each problem of a command line's own values (located at the option that gave them, not in a file), then the
     * count and where to find the usage, and returns 64.
     */
    static int usage(InputException e, PrintWriter err, String command) {
        e.problems().forEach(problem -> err.println(Visible.controls(problem.toString())));
        long errors = e.problems().stream().filter(Problem::isError).count();
        err.println("mli: " + errors + (errors == 1 ? " problem" : " problems") + " in the options; " + NOTHING_WRITTEN + ".");
        err.println("Try '" + command + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE;
    }
}
