package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;

import java.util.EnumMap;
import java.util.Map;

/** Reads {@code dimensions.yaml}: S, T and R, each once, with default weights that sum to 1. */
record DimensionReader(Problems problems, Entries entries) {

    /** The dimensions without problems. */
    Map<Dimension, DimensionDefinition> read(MapReader root) {
        Map<Dimension, DimensionDefinition> dimensions = new EnumMap<>(Dimension.class);
        root.requiredList("dimensions", false, (node, path) -> MapReader.of(node, path, problems).map(m -> {
            Dimension id = m.requiredEnum("id", Dimension.class);
            Text name = entries.text(m, "name");
            Text covers = entries.text(m, "covers");
            Double weight = m.requiredNumber("default_weight", 0, 1);
            Double target = m.requiredNumber("target_score", 0, 1);
            Citation source = entries.citation(m);
            m.rejectUnknown();
            if (id == null || name == null || covers == null || weight == null || target == null) {
                return null;
            }
            if (dimensions.containsKey(id)) {
                problems.error(m.location("id"), m.path("id"), "dimension " + id + " is already defined at line "
                        + dimensions.get(id).origin().line());
                return null;
            }
            DimensionDefinition dimension = new DimensionDefinition(id, name, covers, weight, target, source, m.location());
            dimensions.put(id, dimension);
            return dimension;
        }).orElse(null));
        root.rejectUnknown();
        if (dimensions.size() == Dimension.values().length) {
            double sum = dimensions.values().stream().mapToDouble(DimensionDefinition::defaultWeight).sum();
            if (!Weights.sumsToOne(sum)) {
                problems.error(root.location("dimensions"), "dimensions[*].default_weight", "the default weights sum to "
                        + MapReader.plain(Math.round(sum * 10000) / 10000.0) + "; they must sum to 1");
            }
        } else if (!problems.hasErrors()) {
            for (Dimension d : Dimension.values()) {
                if (!dimensions.containsKey(d)) {
                    problems.error(root.location("dimensions"), "dimensions", "dimension " + d + " is missing; S, T and R are each required");
                }
            }
        }
        return dimensions;
    }
}
