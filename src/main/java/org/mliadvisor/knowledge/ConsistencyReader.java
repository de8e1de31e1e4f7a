package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.Suggestions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code consistency.yaml}: contradiction and triangulation checks, each with its id, kind,
 * finding text and the fields of its kind; every problem is recorded with its place, none stops the
 * reading.
 */
final class ConsistencyReader {

    /** The fields only a contradiction has. */
    private static final List<String> CONTRADICTION_FIELDS = List.of("when", "answers");
    /** The fields only a triangulation has. */
    private static final List<String> TRIANGULATION_FIELDS = List.of("dimensions", "score_at_least", "severe_kpis_at_least");

    private final Problems problems;
    private final Entries entries;
    private final ConditionReader conditions;
    private final Map<String, IndicatorDefinition> indicators;

    ConsistencyReader(Problems problems, Entries entries, ConditionReader conditions,
                      Map<String, IndicatorDefinition> indicators) {
        this.problems = problems;
        this.entries = entries;
        this.conditions = conditions;
        this.indicators = indicators;
    }

    /** The checks of the file whose top-level mapping is {@code root}, in file order; those with problems are left out. */
    List<ConsistencyCheck> read(MapReader root) {
        List<ConsistencyCheck> checks = new ArrayList<>();
        root.requiredList("checks", true, (node, path) -> {
            ConsistencyCheck check = check(node, path);
            if (check != null) {
                checks.add(check);
            }
            return check;
        });
        root.rejectUnknown();
        return checks;
    }

    private ConsistencyCheck check(Node node, String indexPath) {
        MapReader m = MapReader.of(node, indexPath, problems).orElse(null);
        if (m == null) {
            return null;
        }
        String id = m.requiredId("id", KnowledgeBaseLoader.KEBAB_ID, "kebab-case, e.g. sop-absent-but-cadence-fits");
        // as in gates and interventions: the condition and its answers are named by the check's id, when it has one
        String where = id == null ? indexPath : "checks[" + id + "]";
        if (id != null && ConsistencyCheck.BUILT_IN.contains(id)) {
            problems.error(m.location("id"), m.path("id"), "`" + id + "` is the id of a check built into the rules; "
                    + "choose another id");
            id = null;
        }
        boolean fresh = entries.ids().claim(m, "consistency check", id).fresh();
        ConsistencyCheck.Kind kind = m.requiredEnum("kind", ConsistencyCheck.Kind.class);
        Text finding = entries.text(m, "finding");
        Citation source = entries.citation(m);
        ConsistencyCheck check = null;
        if (kind == ConsistencyCheck.Kind.CONTRADICTION) {
            check = contradiction(m, where, id, finding, source);
        } else if (kind == ConsistencyCheck.Kind.TRIANGULATION) {
            check = triangulation(m, id, finding, source);
        } else {
            // the kind is unusable, so neither kind's fields are reported as unknown on top of it
            CONTRADICTION_FIELDS.forEach(m::has);
            TRIANGULATION_FIELDS.forEach(m::has);
        }
        m.rejectUnknown();
        return fresh ? check : null;
    }

    private ConsistencyCheck contradiction(MapReader m, String where, String id, Text finding, Citation source) {
        Node whenNode = m.required("when");
        Condition when = whenNode == null ? null : conditions.read(whenNode, where + ".when");
        List<String> answers = answers(m, where + ".answers", when);
        if (id == null || when == null || answers == null || finding == null) {
            return null;
        }
        return new ConsistencyCheck.Contradiction(id, when, answers, finding, source, m.location());
    }

    /** The indicators a contradiction names: known, each once, and each read by its condition. */
    private List<String> answers(MapReader m, String path, Condition when) {
        Node node = m.required("answers");
        if (node == null) {
            return null;
        }
        if (!(node instanceof Node.ListNode list) || list.items().isEmpty()) {
            problems.error(node.location(), path, "expected a non-empty list of the indicator ids whose answers "
                    + "contradict each other, e.g. [S.sop_cycle, S.sop_cadence_fit]; found " + node.describe());
            return null;
        }
        Set<String> answers = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            String answer = m.text(item, itemPath);
            if (answer == null) {
                ok = false;
            } else if (!indicators.containsKey(answer)) {
                // an indicator rejected for its own problems is reported already
                if (!entries.ids().isRejected("indicator", answer)) {
                    problems.error(item.location(), itemPath, "unknown indicator `" + answer + "`"
                            + Suggestions.hint(answer, indicators.keySet()));
                }
                ok = false;
            } else if (!answers.add(answer)) {
                problems.error(item.location(), itemPath, "`" + answer + "` is listed twice");
                ok = false;
            } else if (when != null && !when.targets().contains(answer)) {
                problems.error(item.location(), itemPath, "`" + answer + "` is not read by `when`; list the indicators "
                        + "whose answers the condition compares");
                ok = false;
            }
        }
        return ok ? List.copyOf(answers) : null;
    }

    private ConsistencyCheck triangulation(MapReader m, String id, Text finding, Citation source) {
        List<Dimension> dimensions = m.requiredList("dimensions", false,
                (node, path) -> m.enumValue(node, path, Dimension.class));
        if (dimensions != null && EnumSet.copyOf(dimensions).size() != dimensions.size()) {
            problems.error(m.location("dimensions"), m.path("dimensions"), "a dimension is listed twice; list each of "
                    + "S, T and R at most once");
            dimensions = null;
        }
        Double scoreAtLeast = m.requiredNumber("score_at_least", 0, 1);
        Integer severeAtLeast = m.requiredWholeNumber("severe_kpis_at_least", 1, 100);
        if (id == null || dimensions == null || scoreAtLeast == null || severeAtLeast == null || finding == null) {
            return null;
        }
        return new ConsistencyCheck.Triangulation(id, dimensions, scoreAtLeast, severeAtLeast, finding, source, m.location());
    }
}
