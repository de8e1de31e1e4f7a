package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.Suggestions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code items.yaml}: the survey's Likert statements, 4 to 6 for each dimension as the paper
 * operationalizes them, each optionally informing an indicator of its own dimension.
 */
record ItemReader(Problems problems, Entries entries, Map<String, IndicatorDefinition> indicators) {

    /** How many items a dimension has: the paper's "4–6 Likert-scale items". */
    static final int MIN_PER_DIMENSION = 4;
    static final int MAX_PER_DIMENSION = 6;

    /** The items without problems, in file order. */
    List<SurveyItem> read(MapReader root) {
        List<SurveyItem> items = new ArrayList<>();
        root.requiredList("items", false, (node, path) -> MapReader.of(node, path, problems).map(m -> {
            EntryIds.Claim claim = entries.ids().claim(m, "item", KnowledgeBaseLoader.ITEM_ID, "a dimension letter, .q and a number, e.g. S.q1");
            Dimension dimension = m.requiredEnum("dimension", Dimension.class);
            if (claim.id() != null && dimension != null && !claim.id().startsWith(dimension.name() + ".")) {
                problems.error(m.location("id"), m.path("id"), "`" + claim.id() + "` must start with its dimension, "
                        + dimension + ".");
                dimension = null;
            }
            Text statement = entries.text(m, "statement");
            String indicator = m.optionalText("indicator");
            boolean linked = indicator == null || linkFits(m, indicator, dimension);
            Boolean reverse = m.has("reverse") ? m.requiredBoolean("reverse") : Boolean.FALSE;
            Citation source = entries.citation(m);
            m.rejectUnknown();
            if (!claim.keep(dimension != null && statement != null && linked && reverse != null)) {
                return null;
            }
            SurveyItem item = new SurveyItem(claim.id(), dimension, statement, indicator, reverse, source, m.location());
            items.add(item);
            return item;
        }).orElse(null));
        root.rejectUnknown();
        checkCounts(root, items);
        return items;
    }

    /** An item informs an indicator of indicators.yaml, of its own dimension. */
    private boolean linkFits(MapReader m, String indicator, Dimension dimension) {
        IndicatorDefinition target = indicators.get(indicator);
        if (target == null && entries.ids().isRejected("indicator", indicator)) {
            return false; // its own problems are reported where it is defined
        }
        if (target == null) {
            problems.error(m.location("indicator"), m.path("indicator"), "unknown indicator `" + indicator + "`"
                    + Suggestions.hint(indicator, indicators.keySet()));
            return false;
        }
        if (dimension != null && target.dimension() != dimension) {
            problems.error(m.location("indicator"), m.path("indicator"), "`" + indicator + "` is an indicator of "
                    + target.dimension() + ", not of this item's dimension " + dimension);
            return false;
        }
        return true;
    }

    /** Each dimension has 4 to 6 items, unless some of its items were rejected (reported already). */
    private void checkCounts(MapReader root, List<SurveyItem> items) {
        Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        items.forEach(i -> counts.merge(i.dimension(), 1, Integer::sum));
        for (Dimension d : Dimension.values()) {
            int count = counts.getOrDefault(d, 0);
            if ((count < MIN_PER_DIMENSION || count > MAX_PER_DIMENSION) && !entries.ids().anyRejected("item", d + ".")) {
                problems.error(root.location("items"), "items", "dimension " + d + " has " + count + " item(s); the method "
                        + "operationalizes each dimension by " + MIN_PER_DIMENSION + " to " + MAX_PER_DIMENSION + " Likert items");
            }
        }
    }
}
