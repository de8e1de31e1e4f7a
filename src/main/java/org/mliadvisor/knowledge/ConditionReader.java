package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.SourceLocation;
import org.mliadvisor.source.Suggestions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads a condition written in the closed grammar and checks its identifiers, types and units
 * against the knowledge base. Nothing in a condition is ever evaluated as an expression.
 */
final class ConditionReader {

    private static final List<String> GROUP_KEYS = List.of("all", "any", "not");

    private final Problems problems;
    private final Map<String, IndicatorDefinition> indicators;
    private final Map<String, KpiDefinition> kpis;
    private final Map<String, ContextFactor> context;
    private final EntryIds ids;

    /** {@code ids}: which entries were already reported for their own problems, not to be reported as unknown. */
    ConditionReader(Problems problems, Map<String, IndicatorDefinition> indicators, Map<String, KpiDefinition> kpis,
                    Map<String, ContextFactor> context, EntryIds ids) {
        this.problems = problems;
        this.indicators = indicators;
        this.kpis = kpis;
        this.context = context;
        this.ids = ids;
    }

    /** The condition, or {@code null} when it has problems (all of which are recorded). */
    Condition read(Node node, String path) {
        if (!(node instanceof Node.MapNode map)) {
            problems.error(node.location(), path, "expected a condition (all, any, not or a comparison), found "
                    + node.describe());
            return null;
        }
        List<String> groups = map.entries().keySet().stream().filter(GROUP_KEYS::contains).toList();
        if (!groups.isEmpty()) {
            return readGroup(map, path, groups);
        }
        return readComparison(map, path);
    }

    private Condition readGroup(Node.MapNode map, String path, List<String> groups) {
        if (map.entries().size() != 1) {
            problems.error(map.location(), path, "`" + groups.get(0) + "` must stand alone in its mapping; found also: "
                    + map.entries().keySet().stream().filter(k -> !k.equals(groups.get(0)))
                    .collect(Collectors.joining(", ")));
            return null;
        }
        String key = groups.get(0);
        Node value = map.entries().get(key).value();
        String partPath = path + "." + key;
        if (key.equals("not")) {
            Condition part = read(value, partPath);
            return part == null ? null : new Condition.Not(part, map.location());
        }
        if (!(value instanceof Node.ListNode list) || list.items().isEmpty()) {
            problems.error(value.location(), partPath, "expected a non-empty list of conditions, found " + value.describe());
            return null;
        }
        List<Condition> parts = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < list.items().size(); i++) {
            Condition part = read(list.items().get(i), partPath + "[" + i + "]");
            complete &= part != null;
            if (part != null) {
                parts.add(part);
            }
        }
        if (!complete) {
            return null;
        }
        return key.equals("all") ? new Condition.All(parts, map.location()) : new Condition.Any(parts, map.location());
    }

    private Condition readComparison(Node.MapNode map, String path) {
        List<Condition.Subject> subjects = Arrays.stream(Condition.Subject.values())
                .filter(s -> map.entries().containsKey(s.key())).toList();
        List<Condition.Operator> operators = Arrays.stream(Condition.Operator.values())
                .filter(o -> map.entries().containsKey(o.key())).toList();
        List<String> allowed = new ArrayList<>(GROUP_KEYS);
        Arrays.stream(Condition.Subject.values()).forEach(s -> allowed.add(s.key()));
        Arrays.stream(Condition.Operator.values()).forEach(o -> allowed.add(o.key()));
        boolean ok = true;
        for (Node.Entry entry : map.entries().values()) {
            if (!allowed.contains(entry.key())) {
                problems.error(entry.keyLocation(), path + "." + entry.key(), "unknown condition key"
                        + Suggestions.hint(entry.key(), allowed) + "; expected all, any, not, or one subject ("
                        + keys(Condition.Subject.values()) + ") with one operator (" + keys(Condition.Operator.values()) + ")");
                ok = false;
            }
        }
        if (subjects.size() != 1) {
            problems.error(map.location(), path, subjects.isEmpty()
                    ? "a comparison needs one subject: " + keys(Condition.Subject.values())
                    : "a comparison has exactly one subject; found " + subjects.size());
            ok = false;
        }
        if (operators.size() != 1) {
            problems.error(map.location(), path, operators.isEmpty()
                    ? "a comparison needs one operator: " + keys(Condition.Operator.values())
                    : "a comparison has exactly one operator; found " + operators.size());
            ok = false;
        }
        if (!ok) {
            return null;
        }
        Condition.Subject subject = subjects.get(0);
        Condition.Operator operator = operators.get(0);
        Node targetNode = map.entries().get(subject.key()).value();
        Node literalNode = map.entries().get(operator.key()).value();
        String targetPath = path + "." + subject.key();
        String literalPath = path + "." + operator.key();
        if (!(targetNode instanceof Node.ScalarNode targetScalar) || !(targetScalar.value() instanceof String target)) {
            problems.error(targetNode.location(), targetPath, "expected an id, found " + targetNode.describe());
            return null;
        }
        Object literal = literal(subject, target, operator, literalNode, targetNode.location(), targetPath, literalPath);
        if (literal == null) {
            return null;
        }
        return new Condition.Comparison(subject, target, operator, literal, map.location());
    }

    private Object literal(Condition.Subject subject, String target, Condition.Operator operator, Node literalNode,
                           SourceLocation targetAt, String targetPath, String literalPath) {
        switch (subject) {
            case INDICATOR: {
                IndicatorDefinition indicator = indicator(target, targetAt, targetPath);
                if (indicator == null) {
                    return null;
                }
                Scale scale = indicator.scale();
                if (scale.isYesNo()) {
                    if (operator != Condition.Operator.IS) {
                        problems.error(literalNode.location(), literalPath, target + " is a yes/no indicator; compare it with `is: true` or `is: false`");
                        return null;
                    }
                    return bool(literalNode, literalPath);
                }
                return number(operator, literalNode, literalPath, scale.min(), scale.max(),
                        target + " is measured in " + scale.unit().en() + " (" + MapReader.plain(scale.min()) + " to "
                                + MapReader.plain(scale.max()) + ")");
            }
            case INDICATOR_SCORE: {
                if (indicator(target, targetAt, targetPath) == null) {
                    return null;
                }
                return number(operator, literalNode, literalPath, 0, 1, "an indicator score is 0 to 1");
            }
            case DIMENSION: {
                return isDimension(target, targetAt, targetPath)
                        ? number(operator, literalNode, literalPath, 0, 1, "a dimension score is 0 to 1") : null;
            }
            case PERCEPTION_GAP: {
                return isDimension(target, targetAt, targetPath) ? number(operator, literalNode, literalPath, 0, 10,
                        "a perception gap is how many scale points apart marketing and logistics score the dimension, 0 to 10")
                        : null;
            }
            case KPI_GAP: {
                if (!kpis.containsKey(target)) {
                    if (ids.isRejected("KPI", target)) {
                        return null;
                    }
                    problems.error(targetAt, targetPath, "unknown KPI `" + target + "`" + Suggestions.hint(target, kpis.keySet()));
                    return null;
                }
                return number(operator, literalNode, literalPath, -1, 10,
                        "a KPI gap is a share of the target (0.1 = 10 % short), from -1 to 10");
            }
            case CONTEXT: {
                ContextFactor factor = context.get(target);
                if (factor == null && ids.isRejected("context factor", target)) {
                    return null;
                }
                if (factor == null) {
                    problems.error(targetAt, targetPath, "unknown context factor `" + target + "`"
                            + Suggestions.hint(target, context.keySet()));
                    return null;
                }
                return contextLiteral(factor, operator, literalNode, literalPath);
            }
            default:
                throw new IllegalStateException("unhandled subject " + subject);
        }
    }

    /** Whether {@code target} names a dimension; records the problem when it does not. */
    private boolean isDimension(String target, SourceLocation at, String path) {
        if (Arrays.stream(Dimension.values()).anyMatch(d -> d.name().equals(target))) {
            return true;
        }
        problems.error(at, path, "`" + target + "` is not a dimension; expected S, T or R");
        return false;
    }

    private IndicatorDefinition indicator(String id, SourceLocation at, String path) {
        IndicatorDefinition indicator = indicators.get(id);
        if (indicator == null && !ids.isRejected("indicator", id)) {
            problems.error(at, path, "unknown indicator `" + id + "`" + Suggestions.hint(id, indicators.keySet()));
        }
        return indicator;
    }

    private Object number(Condition.Operator operator, Node node, String path, double min, double max, String unitNote) {
        if (!operator.isNumeric()) {
            problems.error(node.location(), path, "`" + operator.key() + "` does not apply here; use below, at_most, above or at_least");
            return null;
        }
        if (node instanceof Node.ScalarNode scalar && scalar.value() instanceof Number n) {
            double value = n.doubleValue();
            if (value < min || value > max) {
                problems.error(node.location(), path, "value " + MapReader.plain(value) + " cannot be compared here: " + unitNote);
                return null;
            }
            return value;
        }
        problems.error(node.location(), path, "expected a number (" + unitNote + "), found " + node.describe());
        return null;
    }

    private Object bool(Node node, String path) {
        if (node instanceof Node.ScalarNode scalar && scalar.value() instanceof Boolean b) {
            return b;
        }
        problems.error(node.location(), path, "expected true or false, found " + node.describe());
        return null;
    }

    private Object contextLiteral(ContextFactor factor, Condition.Operator operator, Node node, String path) {
        if (operator == Condition.Operator.IS) {
            return contextValue(factor, node, path);
        }
        if (operator == Condition.Operator.IN) {
            if (!(node instanceof Node.ListNode list) || list.items().isEmpty()) {
                problems.error(node.location(), path, "expected a non-empty list of values of " + factor.id());
                return null;
            }
            List<String> values = list.items().stream().map(item -> contextValue(factor, item, path)).toList();
            return values.contains(null) ? null : values;
        }
        problems.error(node.location(), path, "context " + factor.id() + " takes `is` or `in`, not `" + operator.key() + "`");
        return null;
    }

    private String contextValue(ContextFactor factor, Node node, String path) {
        if (node instanceof Node.ScalarNode scalar && scalar.value() instanceof String value) {
            if (factor.values().contains(value)) {
                return value;
            }
            problems.error(node.location(), path, "`" + value + "` is not a value of " + factor.id()
                    + Suggestions.hint(value, factor.values()) + "; expected one of: " + String.join(", ", factor.values()));
            return null;
        }
        problems.error(node.location(), path, "expected one of: " + String.join(", ", factor.values())
                + "; found " + node.describe());
        return null;
    }

    private static String keys(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> c instanceof Condition.Subject s ? s.key()
                : ((Condition.Operator) Objects.requireNonNull(c)).key()).collect(Collectors.joining(", "));
    }
}
