package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;

import java.util.ArrayList;
import java.util.List;

/** Reads the {@code sources} of {@code method.yaml}: the documents entries cite. */
record SourceReader(Problems problems, Entries entries) {

    /**
     * The sources without problems, in file order; null when {@code sources} is not a list, as then
     * no citation can be checked against them.
     */
    List<SourceDocument> read(MapReader root) {
        boolean listed = root.optional("sources").map(n -> n instanceof Node.ListNode).orElse(false);
        List<SourceDocument> sources = new ArrayList<>();
        root.requiredList("sources", false, (node, path) -> MapReader.of(node, path, problems).map(m -> {
            EntryIds.Claim claim = entries.ids().claim(m, "source", KnowledgeBaseLoader.KEBAB_ID,
                    "kebab-case, e.g. mli-paper");
            String citation = m.requiredText("citation");
            m.rejectUnknown();
            if (!claim.keep(citation != null)) {
                return null;
            }
            SourceDocument doc = new SourceDocument(claim.id(), citation);
            sources.add(doc);
            return doc;
        }).orElse(null));
        return listed ? sources : null;
    }
}
