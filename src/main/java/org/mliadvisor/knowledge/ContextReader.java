package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the {@code context} of {@code method.yaml}: the factors an assessment states, each with its values and default. */
record ContextReader(Problems problems, Entries entries) {

    /** The context factors without problems, by id in file order. */
    Map<String, ContextFactor> read(MapReader root) {
        Map<String, ContextFactor> context = new LinkedHashMap<>();
        root.optionalList("context", (node, path) -> MapReader.of(node, path, problems).map(m -> {
            EntryIds.Claim claim = entries.ids().claim(m, "context factor", KnowledgeBaseLoader.SNAKE_ID,
                    "snake_case, e.g. demand_volatility");
            Text question = entries.text(m, "question");
            List<String> values = m.textList("values", true);
            String fallback = m.requiredText("default");
            m.rejectUnknown();
            if (!claim.keep(question != null && values != null && fallback != null) || !valuesFit(m, values, fallback)) {
                return null;
            }
            ContextFactor factor = new ContextFactor(claim.id(), question, values, fallback, m.location());
            context.put(factor.id(), factor);
            return factor;
        }).orElse(null));
        return context;
    }

    /** Whether the values are snake_case and distinct, with the default among them; each misfit is reported. */
    private boolean valuesFit(MapReader m, List<String> values, String fallback) {
        boolean ok = true;
        Set<String> distinct = new HashSet<>();
        for (String value : values) {
            if (!KnowledgeBaseLoader.SNAKE_ID.matcher(value).matches() || !distinct.add(value)) {
                problems.error(m.location("values"), m.path("values"), "`" + value
                        + "` must be a snake_case value, listed once");
                ok = false;
            }
        }
        if (!values.contains(fallback)) {
            problems.error(m.location("default"), m.path("default"), "`" + fallback + "` is not one of the values "
                    + String.join(", ", values));
            ok = false;
        }
        return ok;
    }
}
