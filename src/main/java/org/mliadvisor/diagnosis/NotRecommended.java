package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Intervention;
import org.mliadvisor.knowledge.Language;

import java.util.List;
import java.util.Objects;

/** An intervention whose condition does not hold for this firm, with the comparisons that kept it from holding. */
public record NotRecommended(Intervention intervention, List<ConditionEvidence> failed, boolean anyOneWouldDo) {
    public NotRecommended {
        Objects.requireNonNull(intervention, "intervention");
        failed = List.copyOf(failed);
    }

    public String id() {
        return intervention.id();
    }

    /**
     * What would have made it hold, in {@code language}: for an {@code any}, each failed part alone
     * would do; for an {@code all}, every failed part must change.
     */
    public List<String> wouldHoldIf(Language language) {
        return failed.stream().map(e -> e.wouldHoldIf(language)).toList();
    }
}
