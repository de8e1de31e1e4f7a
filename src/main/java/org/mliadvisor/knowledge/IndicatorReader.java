package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code indicators.yaml}: each indicator's dimension, question, scale, scoring and linked KPIs. */
record IndicatorReader(Problems problems, Entries entries, KpiReferences kpiReferences) {

    /** The indicators without problems, by id in file order. */
    Map<String, IndicatorDefinition> read(MapReader root) {
        Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
        root.requiredList("indicators", false, (node, path) -> MapReader.of(node, path, problems).map(m -> {
            EntryIds.Claim claim = entries.ids().claim(m, "indicator", KnowledgeBaseLoader.INDICATOR_ID,
                    "the dimension letter, a dot and snake_case, e.g. S.sop_cycle");
            String id = claim.id();
            Dimension dimension = m.requiredEnum("dimension", Dimension.class);
            Text name = entries.text(m, "name");
            Text question = entries.text(m, "question");
            Scale scale = m.optional("scale").map(s -> scale(s, m.path("scale"))).orElseGet(() -> {
                m.required("scale");
                return null;
            });
            Scoring scoring = m.optional("scoring").map(s -> scoring(s, m.path("scoring"), scale)).orElse(null);
            List<String> linked = m.textList("kpis", true);
            Citation source = entries.citation(m);
            m.rejectUnknown();
            if (id != null && dimension != null && !id.startsWith(dimension.name() + ".")) {
                problems.error(m.location("dimension"), m.path("dimension"), "indicator " + id + " belongs to dimension "
                        + id.charAt(0) + " by its id, not " + dimension);
                claim.reject();
                return null;
            }
            if (scale != null && scale.isYesNo() && m.has("scoring")) {
                problems.error(m.location("scoring"), m.path("scoring"), "yes/no indicators score 1 for yes and 0 for no; remove `scoring`");
                claim.reject();
                return null;
            }
            if (linked != null) {
                linked = kpiReferences.check(linked, m, "kpis");
            }
            if (!claim.keep(dimension != null && name != null && question != null && scale != null && linked != null
                    && (scale.isYesNo() || !m.has("scoring") || scoring != null))) {
                return null;
            }
            if (scoring == null && !scale.isYesNo()) {
                scoring = new Scoring.Linear(scale.min(), scale.max());
            }
            IndicatorDefinition indicator = new IndicatorDefinition(id, dimension, name, question, scale, scoring, linked,
                    source, m.location());
            indicators.put(id, indicator);
            return indicator;
        }).orElse(null));
        root.rejectUnknown();
        return indicators;
    }

    private Scale scale(Node node, String path) {
        return MapReader.of(node, path, problems).map(m -> {
            ScaleType type = m.requiredEnum("type", ScaleType.class);
            if (type == ScaleType.COUNT) {
                Text unit = entries.text(m, "unit");
                Double max = m.requiredNumber("max", 1, 1_000_000);
                m.rejectUnknown();
                return unit == null || max == null ? null : new Scale(type, type.min(), max, unit);
            }
            m.rejectUnknown();
            return type == null ? null : Scale.of(type);
        }).orElse(null);
    }

    private Scoring scoring(Node node, String path, Scale scale) {
        return MapReader.of(node, path, problems).map(m -> {
            boolean linear = m.has("linear");
            boolean bands = m.has("bands");
            m.rejectUnknown();
            if (linear == bands) {
                problems.error(m.location(), path, "give exactly one of `linear` or `bands`");
                return null;
            }
            if (scale == null) {
                return null;
            }
            return linear ? linear(m.required("linear"), m.path("linear"), scale)
                    : bands(m.required("bands"), m.path("bands"), scale);
        }).orElse(null);
    }

    private Scoring linear(Node node, String path, Scale scale) {
        return MapReader.of(node, path, problems).map(m -> {
            Double zero = m.requiredNumber("zero_at", scale.min(), scale.max());
            Double full = m.requiredNumber("full_at", scale.min(), scale.max());
            m.rejectUnknown();
            if (zero == null || full == null) {
                return null;
            }
            if (zero.equals(full)) {
                problems.error(m.location("full_at"), m.path("full_at"), "must differ from zero_at");
                return null;
            }
            return (Scoring) new Scoring.Linear(zero, full);
        }).orElse(null);
    }

    private Scoring bands(Node node, String path, Scale scale) {
        if (!(node instanceof Node.ListNode list) || list.items().isEmpty()) {
            problems.error(node.location(), path, "expected a non-empty list of { from, to, score }");
            return null;
        }
        List<Scoring.Band> bands = new ArrayList<>();
        boolean ok = true;
        double expectedFrom = scale.min();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            MapReader m = MapReader.of(item, itemPath, problems).orElse(null);
            if (m == null) {
                ok = false;
                continue;
            }
            Double from = m.requiredNumber("from", scale.min(), scale.max());
            Double to = m.requiredNumber("to", scale.min(), scale.max());
            Double score = m.requiredNumber("score", 0, 1);
            m.rejectUnknown();
            if (from == null || to == null || score == null) {
                ok = false;
                continue;
            }
            if (!(from < to)) {
                problems.error(m.location("to"), m.path("to"), "must be greater than from (" + MapReader.plain(from) + ")");
                ok = false;
                continue;
            }
            if (from != expectedFrom) {
                String what = from > expectedFrom ? "leaves a gap" : "overlaps the previous band";
                problems.error(m.location("from"), m.path("from"), "band starts at " + MapReader.plain(from) + " and " + what
                        + "; it must start at " + MapReader.plain(expectedFrom));
                ok = false;
            }
            expectedFrom = to;
            bands.add(new Scoring.Band(from, to, score));
        }
        if (ok && expectedFrom != scale.max()) {
            problems.error(list.location(), path, "bands end at " + MapReader.plain(expectedFrom)
                    + "; they must cover the scale up to " + MapReader.plain(scale.max()));
            ok = false;
        }
        return ok ? new Scoring.Bands(bands) : null;
    }
}
