package org.mliadvisor.casebook;

import org.mliadvisor.diagnosis.BindingOutcome;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.source.Spelled;

import java.util.List;

/** The binding constraint a case expects: a dimension, two that bind jointly ({@code S+T}), or none at all. */
public enum ExpectedBinding implements Spelled {
    S("S"), T("T"), R("R"), S_T("S+T"), S_R("S+R"), T_R("T+R"), NONE("none");

    private final String spelling;

    ExpectedBinding(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }

    /** The dimensions it names, in S, T, R order; empty for {@link #NONE}. */
    public List<Dimension> dimensions() {
        return this == NONE ? List.of() : java.util.Arrays.stream(spelling.split("\\+")).map(Dimension::valueOf).toList();
    }

    /** Whether the outcome names exactly these dimensions as binding. */
    public boolean matches(BindingOutcome outcome) {
        return dimensions().equals(outcome.binding());
    }

    /** As written in case files: the binding dimensions joined by {@code +}, or {@code none}. */
    public static String spelling(BindingOutcome outcome) {
        return outcome.determined() ? String.join("+", outcome.binding().stream().map(Enum::name).toList()) : "none";
    }
}
