package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;

import java.util.Optional;

/**
 * Reads the {@code knowledge_base} section of {@code method.yaml}: the id, version and title naming the knowledge base.
 *
 * @param location where the knowledge base was loaded from, as its info reports it
 */
record ManifestReader(Problems problems, Entries entries, String location) {

    /** The knowledge base's info, or null when the section has problems (all of which are recorded). */
    KnowledgeBaseInfo read(MapReader root) {
        Optional<MapReader> section = root.optional("knowledge_base")
                .flatMap(n -> MapReader.of(n, "knowledge_base", problems));
        if (section.isEmpty()) {
            problems.error(root.location(), "knowledge_base", "is required but missing");
            return null;
        }
        MapReader kb = section.get();
        String id = kb.requiredId("id", KnowledgeBaseLoader.KEBAB_ID, "kebab-case, e.g. mli-core");
        String version = kb.requiredText("version");
        Text title = entries.text(kb, "title");
        kb.rejectUnknown();
        return id == null || version == null || title == null ? null : new KnowledgeBaseInfo(id, version, title, location);
    }
}
