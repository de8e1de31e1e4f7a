package org.mliadvisor.casebook;

import java.util.Objects;

/**
 * One expectation of a golden case that the diagnosis did not meet.
 *
 * @param expectation the expectation as written, e.g. {@code binding} or {@code recommends[sop-cycle]}
 * @param expected    what the case expects, in words
 * @param actual      what the diagnosis concluded, in words
 */
public record Mismatch(String expectation, String expected, String actual) {
    public Mismatch {
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /** {@code binding: expected T / actual S (shortfall)}. */
    @Override
    public String toString() {
        return expectation + ": expected " + expected + " / actual " + actual;
    }
}
