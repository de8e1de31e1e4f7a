package org.mliadvisor.diagnosis;

import java.util.Objects;

/** A recommended intervention whose prerequisite cannot be decided on the data given. */
public record UndecidedPrerequisite(Applicable dependent, String prerequisiteId, String rule) {
    public UndecidedPrerequisite {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(prerequisiteId, "prerequisiteId");
        Objects.requireNonNull(rule, "rule");
    }

    public static UndecidedPrerequisite of(Applicable dependent, String prerequisiteId, String rule) {
        return new UndecidedPrerequisite(dependent, prerequisiteId, rule);
    }

    public String interventionId() {
        return dependent.interventionId();
    }

    public Reason reason() {
        return Reason.of(rule, Message.of("prerequisite.undecided", Message.literal(interventionId()),
                        Message.literal(prerequisiteId)),
                Reason.ordered("requires", prerequisiteId), dependent.intervention().intervention().origin());
    }
}
