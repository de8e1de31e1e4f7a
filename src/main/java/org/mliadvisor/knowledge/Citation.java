package org.mliadvisor.knowledge;

import java.util.Objects;

/** Where in a source document a knowledge-base entry comes from. */
public record Citation(String doc, String where) {
    public Citation {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(where, "where");
    }

    @Override
    public String toString() {
        return doc + ", " + where;
    }
}
