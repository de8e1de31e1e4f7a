package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code kpis.yaml}: each KPI's unit, better direction, description and how its gap is measured. */
record KpiReader(Problems problems, Entries entries) {

    /** The KPIs without problems, by id in file order. */
    Map<String, KpiDefinition> read(MapReader root) {
        Map<String, KpiDefinition> kpis = new LinkedHashMap<>();
        root.requiredList("kpis", false, (node, path) -> MapReader.of(node, path, problems).map(m -> {
            EntryIds.Claim claim = entries.ids().claim(m, "KPI", KnowledgeBaseLoader.SNAKE_ID, "snake_case, e.g. otif");
            Text name = entries.text(m, "name");
            KpiUnit unit = m.requiredEnum("unit", KpiUnit.class);
            Direction better = m.requiredEnum("better", Direction.class);
            GapMeasure gapMeasure = m.optional("gap").isPresent() ? gapMeasure(m, unit, better) : GapMeasure.RELATIVE;
            Text description = entries.text(m, "description");
            Citation source = entries.citation(m);
            m.rejectUnknown();
            if (!claim.keep(name != null && unit != null && better != null && gapMeasure != null && description != null)) {
                return null;
            }
            KpiDefinition kpi = new KpiDefinition(claim.id(), name, unit, better, gapMeasure, description, source, m.location());
            kpis.put(kpi.id(), kpi);
            return kpi;
        }).orElse(null));
        root.rejectUnknown();
        return kpis;
    }

    /** A KPI's {@code gap}: its measure, floor and own severity bands, or null after reporting what is wrong. */
    private GapMeasure gapMeasure(MapReader kpi, KpiUnit unit, Direction better) {
        return MapReader.of(kpi.required("gap"), kpi.path("gap"), problems).map(g -> {
            GapMeasure.Kind kind = g.has("measure") ? g.requiredEnum("measure", GapMeasure.Kind.class) : GapMeasure.Kind.RELATIVE;
            Double floor = g.has("floor") ? g.requiredNumber("floor", 0, unit == null ? Double.MAX_VALUE : unit.max()) : Double.valueOf(0);
            Double moderate = g.optionalNumber("moderate_from", 0.0001, 100);
            Double severe = g.optionalNumber("severe_from", 0.0001, 100);
            g.rejectUnknown();
            boolean ok = kind != null && floor != null;
            if (kind == GapMeasure.Kind.FAILURE_RATE && unit != null && better != null
                    && (unit != KpiUnit.PERCENT || better != Direction.HIGHER)) {
                problems.error(g.location("measure"), g.path("measure"),
                        "failure_rate is measured only for a KPI with unit: percent and better: higher");
                ok = false;
            }
            if (g.has("moderate_from") != g.has("severe_from")) {
                String missing = g.has("moderate_from") ? "severe_from" : "moderate_from";
                problems.error(g.location(), g.path(missing), "a KPI's own severity bands need both moderate_from and severe_from");
                ok = false;
            } else if (moderate != null && severe != null && !(severe > moderate)) {
                problems.error(g.location("severe_from"), g.path("severe_from"), "must be greater than moderate_from ("
                        + MapReader.plain(moderate) + ")");
                ok = false;
            } else if (g.has("moderate_from") && (moderate == null || severe == null)) {
                ok = false; // an invalid threshold, already reported
            }
            return ok ? new GapMeasure(kind, floor, moderate, severe) : null;
        }).orElse(null);
    }
}
