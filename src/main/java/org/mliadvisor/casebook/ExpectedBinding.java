package org.mliadvisor.casebook;

import org.mliadvisor.knowledge.Dimension;

/** The binding constraint a case expects: a dimension, or none at all. */
public enum ExpectedBinding {
    S, T, R, NONE;

    /** The dimension, or {@code null} for {@link #NONE}. */
    public Dimension dimension() {
        return this == NONE ? null : Dimension.valueOf(name());
    }

    /** As written in case files: {@code S}, {@code T}, {@code R} or {@code none}. */
    public static String spelling(Dimension dimension) {
        return dimension == null ? "none" : dimension.name();
    }
}
