package org.mliadvisor.knowledge;

import java.util.Objects;

/** A document the knowledge base is written from, cited by its id. */
public record SourceDocument(String id, String citation) {
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
    }
}
