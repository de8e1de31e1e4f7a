package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Problems;

import java.util.List;

/** Reads {@code roadmap.yaml}: the roadmap's total span in weeks and its steps, numbered in order. */
record RoadmapReader(Problems problems, Entries entries) {

    /** A span of whole weeks: those of one step, or the shortest and longest the whole roadmap takes. */
    private record Weeks(int first, int last) {
    }

    /** The roadmap, or null when it has problems (all of which are recorded). */
    Roadmap read(MapReader root) {
        MapReader map = root.optional("roadmap").flatMap(n -> MapReader.of(n, "roadmap", problems)).orElse(null);
        root.rejectUnknown();
        if (map == null) {
            if (!root.has("roadmap")) {
                problems.error(root.location(), "roadmap", "is required but missing");
            }
            return null;
        }
        Weeks total = weeks(map, "total_weeks", "min", "max", "must be at least min (", null);
        List<RoadmapStep> steps = map.requiredList("steps", false, (node, path) -> MapReader.of(node, path, problems)
                .map(m -> step(m, total)).orElse(null));
        map.rejectUnknown();
        if (steps == null || total == null) {
            return null;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).step() != i + 1) {
                problems.error(steps.get(i).origin(), "roadmap.steps[" + i + "].step", "steps are numbered 1, 2, 3 … in order; expected "
                        + (i + 1) + ", found " + steps.get(i).step());
                return null;
            }
        }
        return new Roadmap(total.first(), total.last(), steps);
    }

    /** One step; {@code total} is null when the roadmap's span is unusable, and then the weeks are not checked against it. */
    private RoadmapStep step(MapReader m, Weeks total) {
        Integer step = m.requiredWholeNumber("step", 1, 20);
        Text title = entries.text(m, "title");
        Weeks weeks = weeks(m, "weeks", "from", "to", "must not be before from (week ", total == null ? null : total.last());
        List<Text> deliverables = m.requiredList("deliverables", false, entries::text);
        Citation source = entries.citation(m);
        m.rejectUnknown();
        if (step == null || title == null || weeks == null || deliverables == null) {
            return null;
        }
        return new RoadmapStep(step, title, weeks.first(), weeks.last(), deliverables, source, m.location());
    }

    /**
     * The span at {@code key}: whole weeks {@code firstKey} to {@code lastKey}, the last not before the
     * first ({@code beforeFirst} starts the message saying so) nor past {@code latest} unless that is
     * null; null after reporting a problem.
     */
    private Weeks weeks(MapReader m, String key, String firstKey, String lastKey, String beforeFirst, Integer latest) {
        Weeks weeks = m.optional(key).flatMap(n -> MapReader.of(n, m.path(key), problems)).map(w -> {
            Integer first = w.requiredWholeNumber(firstKey, 1, 104);
            Integer last = w.requiredWholeNumber(lastKey, 1, 104);
            w.rejectUnknown();
            if (first == null || last == null) {
                return null;
            }
            if (last < first) {
                problems.error(w.location(lastKey), w.path(lastKey), beforeFirst + first + ")");
                return null;
            }
            if (latest != null && last > latest) {
                problems.error(w.location(lastKey), w.path(lastKey), "week " + last + " is past the roadmap's "
                        + latest + " weeks");
                return null;
            }
            return new Weeks(first, last);
        }).orElse(null);
        if (!m.has(key)) {
            m.required(key);
        }
        return weeks;
    }
}
