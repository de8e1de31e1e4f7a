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
        boolean percent = c.subject() == Condition.Subject.KPI_GAP;
        String expected = literal instanceof Double d ? (percent ? Numbers.percent(d) : Numbers.format(d, 3))
                : literal instanceof Boolean b ? (b ? "yes" : "no")
                : literal instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(literal);
        String subject = switch (c.subject()) {
            case INDICATOR, CONTEXT -> c.target();
            case INDICATOR_SCORE -> "score of " + c.target();
            case DIMENSION -> "dimension " + c.target();
            case KPI_GAP -> "gap of " + c.target();
        };
        String seen = percent && outcome.observed() instanceof Double d ? Numbers.percent(d) : observed();
        return subject + " = " + seen + " (condition: " + (negated ? "not " : "")
                + c.operator().key().replace('_', ' ') + " " + expected + ")";
    }

    /**
     * For a comparison that kept its condition from holding: what would have to be true, what was
     * seen, and by how much it missed ("S.sop_cycle were below 3; it is 4, 1 too high").
     */
    public String wouldHoldIf() {
        Condition.Comparison c = comparison();
        String subject = switch (c.subject()) {
            case INDICATOR, CONTEXT -> c.target();
            case INDICATOR_SCORE -> "the score of " + c.target();
            case DIMENSION -> "dimension " + c.target() + "'s score";
            case KPI_GAP -> "the gap of " + c.target();
        };
        boolean percent = c.subject() == Condition.Subject.KPI_GAP;
        Object literal = c.literal();
        String expected = literal instanceof Double d ? (percent ? Numbers.percent(d) : Numbers.format(d, 3))
                : literal instanceof Boolean b ? (b ? "yes" : "no")
                : literal instanceof List<?> list ? "one of " + String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(literal);
        String relation = c.operator() == Condition.Operator.IS || c.operator() == Condition.Operator.IN ? ""
                : c.operator().key().replace('_', ' ') + " ";
        String wanted = subject + " were " + (negated ? "not " : "") + relation + expected;
        Object seen = outcome.observed();
        if (seen == null) {
            return wanted + "; it is " + observed();
        }
        String actual = seen instanceof Double d && percent ? Numbers.percent(d) : observed();
        String miss = "";
        if (seen instanceof Double value && literal instanceof Double threshold && !negated) {
            double distance = Math.abs(value - threshold);
            String amount = percent ? Numbers.format(distance * 100, 1) + " points" : Numbers.format(distance, 3);
            miss = switch (c.operator()) {
                case BELOW, AT_MOST -> distance == 0 ? ", exactly at the limit" : ", " + amount + " too high";
                case ABOVE, AT_LEAST -> distance == 0 ? ", exactly at the limit" : ", " + amount + " too low";
                default -> "";
            };
        }
        return wanted + "; it is " + actual + miss;
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
