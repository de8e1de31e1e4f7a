package org.mliadvisor.casebook;

import java.util.List;
import java.util.Objects;

/** The results of a run of golden cases, in the order the cases were written, with their coverage. */
public record CaseReport(List<CaseResult> results, Coverage coverage) {
    public CaseReport {
        results = List.copyOf(results);
        Objects.requireNonNull(coverage, "coverage");
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public boolean allPassed() {
        return failed() == 0;
    }

    public List<CaseResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }
}
