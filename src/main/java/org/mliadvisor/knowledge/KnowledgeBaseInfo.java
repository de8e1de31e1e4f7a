package org.mliadvisor.knowledge;

import java.util.Objects;

/** The identity of a knowledge base, printed on every report. */
public record KnowledgeBaseInfo(String id, String version, Text title, String location) {
    public KnowledgeBaseInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(location, "location");
    }
}
