package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;

import java.util.ArrayList;
import java.util.List;

/** Reads {@code gates.yaml}: the conditions under which a dimension binds whatever the scores say. */
record GateReader(Problems problems, Entries entries, ConditionReader conditions) {

    /** The gates without problems, in file order. */
    List<Gate> read(MapReader root) {
        List<Gate> gates = new ArrayList<>();
        root.requiredList("gates", true, (node, path) -> MapReader.of(node, path, problems).map(m -> {
            EntryIds.Claim claim = entries.ids().claim(m, "gate", KnowledgeBaseLoader.KEBAB_ID,
                    "kebab-case, e.g. data-before-planning");
            String where = claim.id() == null ? path : "gates[" + claim.id() + "]";
            Dimension binding = m.requiredEnum("binding", Dimension.class);
            Node whenNode = m.required("when");
            Condition when = whenNode == null ? null : conditions.read(whenNode, where + ".when");
            Text because = entries.text(m, "because");
            Text precedence = m.has("precedence") ? entries.text(m, "precedence") : null;
            Citation source = entries.citation(m);
            m.rejectUnknown();
            if (!claim.keep(binding != null && when != null && because != null
                    && (!m.has("precedence") || precedence != null))) {
                return null;
            }
            Gate gate = new Gate(claim.id(), binding, when, because, precedence, source, m.location());
            gates.add(gate);
            return gate;
        }).orElse(null));
        root.rejectUnknown();
        return gates;
    }
}
