package org.mliadvisor.source;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading inputs, so all of them can be reported at once. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void error(SourceLocation location, String field, String message) {
        found.add(Problem.error(location, field, message));
    }

    public void warning(SourceLocation location, String field, String message) {
        found.add(Problem.warning(location, field, message));
    }

    public void add(Problem problem) {
        found.add(problem);
    }

    public void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** How many errors were collected so far, so a reader can tell whether its own part added any. */
    public long errorCount() {
        return found.stream().filter(Problem::isError).count();
    }

    public List<Problem> all() {
        return List.copyOf(found);
    }

    /** Throws when any error was collected; warnings alone do not stop the input. */
    public void throwIfErrors() throws InputException {
        if (hasErrors()) {
            throw new InputException(InputException.Kind.INVALID, found);
        }
    }
}
