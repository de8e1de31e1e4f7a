package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Condition;
import org.mliadvisor.knowledge.Language;

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
        return description().render(Language.EN);
    }

    /** The comparison as {@link #describe()} words it, in {@code language}. */
    public String describe(Language language) {
        return description().render(language);
    }

    /**
     * For a comparison that kept its condition from holding: what would have to be true, what was
     * seen, and by how much it missed ("S.sop_cycle were below 3; it is 4, 1 too high"), in
     * {@code language}.
     */
    public String wouldHoldIf(Language language) {
        return remedy().render(language);
    }

    /** The comparison and the value it saw, worded when rendered. */
    Message description() {
        Condition.Comparison c = comparison();
        MessagePart subject = switch (c.subject()) {
            case INDICATOR, CONTEXT -> Message.literal(c.target());
            case INDICATOR_SCORE -> Message.of("condition.subject.score", Message.literal(c.target()));
            case DIMENSION -> Message.of("condition.subject.dimension", Message.literal(c.target()));
            case KPI_GAP -> Message.of("condition.subject.gap", Message.literal(c.target()));
            case PERCEPTION_GAP -> Message.of("condition.subject.perception_gap", Message.literal(c.target()));
        };
        Message expected = Message.of(key("condition"), expected());
        return Message.of("condition.observed", subject, seen(), expected);
    }

    /** What would have made the comparison hold, worded when rendered. */
    Message remedy() {
        Condition.Comparison c = comparison();
        MessagePart subject = switch (c.subject()) {
            case INDICATOR, CONTEXT -> Message.literal(c.target());
            case INDICATOR_SCORE -> Message.of("would.subject.score", Message.literal(c.target()));
            case DIMENSION -> Message.of("would.subject.dimension", Message.literal(c.target()));
            case KPI_GAP -> Message.of("would.subject.gap", Message.literal(c.target()));
            case PERCEPTION_GAP -> Message.of("would.subject.perception_gap", Message.literal(c.target()));
        };
        Message wanted = Message.of(key("would"), expected());
        Object seen = outcome.observed();
        Object literal = c.literal();
        if (seen instanceof Double value && literal instanceof Double threshold && !negated) {
            double distance = Math.abs(value - threshold);
            MessagePart amount = isPercent() ? Message.of("would.points", Message.number(distance * 100, 1))
                    : Message.number(distance, 3);
            Message miss = switch (c.operator()) {
                case BELOW, AT_MOST -> distance == 0 ? Message.of("would.at_limit") : Message.of("would.too_high", amount);
                case ABOVE, AT_LEAST -> distance == 0 ? Message.of("would.at_limit") : Message.of("would.too_low", amount);
                default -> null;
            };
            if (miss != null) {
                return Message.of("would.hold_if_missed", subject, wanted, seen(), miss);
            }
        }
        return Message.of("would.hold_if", subject, wanted, seen());
    }

    /**
     * The template of a comparison under {@code prefix} ("condition" for what was asked, "would" for
     * what would have to be true), negated under an odd number of {@code not}s: "would.not_below".
     */
    private String key(String prefix) {
        return prefix + (negated ? ".not_" : ".") + comparison().operator().key();
    }

    private boolean isPercent() {
        return comparison().subject() == Condition.Subject.KPI_GAP;
    }

    /** The value the comparison tests against. */
    private MessagePart expected() {
        Object literal = comparison().literal();
        if (literal instanceof Double d) {
            return isPercent() ? Message.percent(d) : Message.number(d, 3);
        }
        if (literal instanceof Boolean b) {
            return Message.yesNo(b);
        }
        if (literal instanceof List<?> list) {
            return Message.literals(list.stream().map(String::valueOf).toList());
        }
        return Message.literal(String.valueOf(literal));
    }

    /** The value the comparison saw, or why there was none. */
    private MessagePart seen() {
        Object seen = outcome.observed();
        if (seen == null) {
            return Message.of(switch (comparison().subject()) {
                case INDICATOR, INDICATOR_SCORE -> "observed.not_answered";
                case DIMENSION -> "observed.insufficient";
                case KPI_GAP -> "observed.not_reported";
                case CONTEXT -> "observed.not_given";
                case PERCEPTION_GAP -> "observed.not_surveyed";
            });
        }
        if (isPercent() && seen instanceof Double d) {
            return Message.percent(d);
        }
        return Message.observed(seen);
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

    /** The comparisons as one sentence part, joined by "; ". */
    static MessagePart.Series sentence(List<ConditionEvidence> evidence) {
        return new MessagePart.Series(evidence.stream().<MessagePart>map(ConditionEvidence::description).toList(), "; ");
    }
}
