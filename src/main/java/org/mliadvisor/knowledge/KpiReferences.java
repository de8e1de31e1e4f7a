package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.Suggestions;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks lists of KPI ids written in other files against the KPIs of {@code kpis.yaml}. */
record KpiReferences(Problems problems, Map<String, KpiDefinition> kpis, EntryIds ids) {

    /**
     * {@code refs}, the list at {@code key} of {@code m}, when each is a known KPI listed once; else null,
     * with the problems recorded.
     */
    List<String> check(List<String> refs, MapReader m, String key) {
        boolean ok = true;
        Set<String> distinct = new HashSet<>();
        for (String ref : refs) {
            if (!kpis.containsKey(ref)) {
                if (!ids.isRejected("KPI", ref)) {
                    problems.error(m.location(key), m.path(key), "unknown KPI `" + ref + "`" + Suggestions.hint(ref, kpis.keySet()));
                }
                ok = false;
            } else if (!distinct.add(ref)) {
                problems.error(m.location(key), m.path(key), "KPI `" + ref + "` is listed twice");
                ok = false;
            }
        }
        return ok ? refs : null;
    }
}
