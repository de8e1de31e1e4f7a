package org.mliadvisor.casebook;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.NeedsData;
import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.diagnosis.Recommendation;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one golden case: the expectations its diagnosis did not meet (none when it
 * passes), the DRL rules that fired, and the diagnosis itself.
 *
 * @param firedRules the ids of the rules that fired, each once, in the order they first fired
 */
public record CaseResult(GoldenCase goldenCase, List<Mismatch> mismatches, List<String> firedRules, Diagnosis diagnosis) {
    public CaseResult {
        Objects.requireNonNull(goldenCase, "goldenCase");
        mismatches = List.copyOf(mismatches);
        firedRules = List.copyOf(firedRules);
        Objects.requireNonNull(diagnosis, "diagnosis");
    }

    public String name() {
        return goldenCase.name();
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** The rules the binding constraint's reasons cite, each once, in the order the reasons give them. */
    public List<String> bindingRules() {
        return diagnosis.binding().reasons().stream().map(Reason::rule).distinct().toList();
    }

    /** The recommended interventions in rank order. */
    public List<String> recommended() {
        return diagnosis.recommendations().stream().map(Recommendation::id).toList();
    }

    /** The interventions listed as needing data. */
    public List<String> needingData() {
        return diagnosis.needsData().stream().map(NeedsData::interventionId).toList();
    }
}
