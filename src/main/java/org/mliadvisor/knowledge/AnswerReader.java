package org.mliadvisor.knowledge;

import org.mliadvisor.source.MapReader;
import org.mliadvisor.source.Node;
import org.mliadvisor.source.Problems;
import org.mliadvisor.source.Suggestions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads indicator answers written as {@code indicator-id: value}, each typed and range-checked by its indicator's
 * scale; used for an assessment's answers and for the values an intervention is expected to reach.
 *
 * @param rejected ids of indicators that were defined but refused for their own problems, which are not reported
 *                 again as unknown
 */
public record AnswerReader(Map<String, IndicatorDefinition> indicators, Problems problems, Predicate<String> rejected) {

    /** A reader for indicators that were all accepted. */
    public AnswerReader(Map<String, IndicatorDefinition> indicators, Problems problems) {
        this(indicators, problems, id -> false);
    }

    /**
     * The answers of {@code m}, every problem recorded; a value left blank is unanswered when {@code blankIsUnanswered},
     * else a problem.
     */
    public Map<String, Answer> read(MapReader m, boolean blankIsUnanswered) {
        Map<String, Answer> values = new LinkedHashMap<>();
        for (Node.Entry entry : m.node().entries().values()) {
            String path = m.path(entry.key());
            IndicatorDefinition indicator = indicators.get(entry.key());
            if (indicator == null) {
                if (rejected.test(entry.key())) {
                    continue;
                }
                problems.error(entry.keyLocation(), path, "unknown indicator" + Suggestions.hint(entry.key(), indicators.keySet()));
                continue;
            }
            Node value = entry.value();
            if (value instanceof Node.ScalarNode scalar && scalar.value() == null) {
                if (!blankIsUnanswered) {
                    problems.error(value.location(), path, "is blank; expected " + expected(indicator.scale()));
                }
                continue;
            }
            if (indicator.scale().isYesNo()) {
                if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof Boolean b) {
                    values.put(entry.key(), Answer.of(b));
                } else {
                    problems.error(value.location(), path, "expected true or false (a yes/no indicator), found " + value.describe());
                }
                continue;
            }
            Double raw = m.number(value, path, indicator.scale().min(), indicator.scale().max());
            if (raw != null) {
                values.put(entry.key(), Answer.of(raw));
            }
        }
        return values;
    }

    private static String expected(Scale scale) {
        return scale.isYesNo() ? "true or false" : "a number from " + MapReader.plain(scale.min()) + " to "
                + MapReader.plain(scale.max());
    }
}
