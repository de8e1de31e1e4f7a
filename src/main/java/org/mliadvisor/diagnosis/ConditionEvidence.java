package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Condition;

import java.util.List;
import java.util.Map;

/**
 * A comparison that made a condition come out as it did, and whether it stands under an odd
 * number of {@code not}s (then it counted by failing, and is quoted negated).
 */
public record ConditionEvidence(ConditionOutcome outcome, boolean negated) {

    public Condition.Comparison comparison() {
        return outcome.comparison();
    }

    /** "S.sop_cycle = 1 (condition: below 3)"; "… (condition: not at least 3)" under a {@code not}. */
    public String describe() {
        Condition.Comparison c = comparison();
        Object literal = c.literal();
        String expected = literal instanceof Double d ? Numbers.format(d, 3)
                : literal instanceof Boolean b ? (b ? "yes" : "no")
                : literal instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(literal);
        String subject = switch (c.subject()) {
            case INDICATOR, CONTEXT -> c.target();
            case INDICATOR_SCORE -> "score of " + c.target();
            case DIMENSION -> "dimension " + c.target();
            case KPI_GAP -> "gap of " + c.target();
        };
        return subject + " = " + observed() + " (condition: " + (negated ? "not " : "")
                + c.operator().key().replace('_', ' ') + " " + expected + ")";
    }

    /** The value the comparison saw, or why there was none. */
    private String observed() {
        Object seen = outcome.observed();
        if (seen == null) {
            return switch (comparison().subject()) {
                case INDICATOR, INDICATOR_SCORE -> "not answered";
                case DIMENSION -> "insufficient evidence";
                case KPI_GAP -> "not reported";
                case CONTEXT -> "not given";
            };
        }
        return seen instanceof String s ? s : Numbers.raw(seen);
    }

    /** The comparisons as reason facts, one per comparison even when two test the same subject. */
    static Map<String, String> facts(List<ConditionEvidence> evidence) {
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        for (ConditionEvidence e : evidence) {
            String key = e.comparison().target() + " " + (e.negated() ? "not " : "") + e.comparison().operator().key();
            facts.merge(key, e.describe(), (a, b) -> a + "; " + b);
        }
        return facts;
    }

    /** The comparisons in one sentence. */
    static String sentence(List<ConditionEvidence> evidence) {
        return String.join("; ", evidence.stream().map(ConditionEvidence::describe).toList());
    }
}
