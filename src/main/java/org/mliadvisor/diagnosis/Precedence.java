package org.mliadvisor.diagnosis;

import java.util.Map;
import java.util.Objects;

/** Among the recommendations, {@code before} must rank ahead of {@code after} (a prerequisite). */
public record Precedence(String before, String after, Reason reason) {
    public Precedence {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(reason, "reason");
    }

    public static Precedence of(Applicable prerequisite, Applicable dependent, String rule) {
        return new Precedence(prerequisite.interventionId(), dependent.interventionId(), Reason.of(rule,
                "`" + dependent.interventionId() + "` requires `" + prerequisite.interventionId()
                        + "`, which is also recommended, so it comes first.",
                Map.of("requires", prerequisite.interventionId()), dependent.intervention().intervention().origin()));
    }
}
