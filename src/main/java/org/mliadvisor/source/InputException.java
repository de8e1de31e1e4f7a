package org.mliadvisor.source;

import java.util.List;

/** Thrown when an input file cannot be used; carries every problem found, not just the first. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the input could not be used, which decides the process exit code. */
    public enum Kind { MISSING, INVALID }

    private final Kind kind;
    private final transient List<Problem> problems;

    public InputException(Kind kind, List<Problem> problems) {
        super(summarize(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one problem");
        }
        this.kind = kind;
        this.problems = List.copyOf(problems.stream().sorted().toList());
    }

    public static InputException missing(SourceLocation location, String message) {
        return new InputException(Kind.MISSING, List.of(Problem.error(location, "", message)));
    }

    /** A file that is there but cannot be used, with one problem at {@code location}. */
    public static InputException invalid(SourceLocation location, String message) {
        return new InputException(Kind.INVALID, List.of(Problem.error(location, "", message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summarize(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return errors + (errors == 1 ? " problem" : " problems") + " in input";
    }
}
