package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.source.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How far the binding constraint can be trusted, given the consistency findings: {@link Level#HIGH}
 * with no finding that concerns it, one level lower for each finding that does, {@link Level#LOW}
 * from two. A finding concerns it when it involves the answers of a binding dimension's indicators
 * or any KPI; when no dimension binds, every finding does.
 *
 * @param dimension the binding dimension (the leader of a joint constraint), or {@code null} when none could be named
 * @param bound     every binding dimension: none, one, or the two of a joint constraint
 * @param loweredBy the findings that lowered it, in report order
 */
public record BindingConfidence(Level level, Dimension dimension, List<Dimension> bound, List<ConsistencyFinding> loweredBy,
                                String rule) {

    /** The levels of confidence, highest first. */
    public enum Level { HIGH, MEDIUM, LOW }

    public BindingConfidence {
        Objects.requireNonNull(level, "level");
        bound = List.copyOf(bound);
        loweredBy = List.copyOf(loweredBy);
        if (level != levelFor(loweredBy.size())) {
            throw new IllegalArgumentException(loweredBy.size() + " finding(s) make the confidence "
                    + levelFor(loweredBy.size()) + ", not " + level);
        }
        Objects.requireNonNull(rule, "rule");
    }

    /** The confidence in {@code binding} that the {@code concerning} findings leave. */
    public static BindingConfidence of(BindingOutcome binding, List<ConsistencyFinding> concerning, String rule) {
        return new BindingConfidence(levelFor(concerning.size()), binding.dimension(), binding.binding(), concerning, rule);
    }

    /** One level lower per concerning finding, from high; low from two. */
    static Level levelFor(int concerning) {
        return Level.values()[Math.min(concerning, Level.values().length - 1)];
    }

    /** The same confidence with its findings in the order the report lists them. */
    BindingConfidence ordered(List<ConsistencyFinding> reportOrder) {
        return new BindingConfidence(level, dimension, bound, reportOrder.stream().filter(loweredBy::contains).toList(), rule);
    }

    public Reason reason() {
        String binding = bound.isEmpty() ? "none" : String.join("+", bound.stream().map(Enum::name).toList());
        if (loweredBy.isEmpty()) {
            return Reason.of(rule, Message.of("confidence.high"), Reason.ordered("binding", binding, "level", "high"));
        }
        Map<String, String> facts = Reason.ordered("binding", binding, "lowered by",
                String.join(", ", loweredBy.stream().map(ConsistencyFinding::id).toList()),
                "level", level.name().toLowerCase(Locale.ROOT));
        List<SourceLocation> kb = new ArrayList<>();
        loweredBy.forEach(f -> kb.addAll(f.reason().kb()));
        List<String> ids = loweredBy.stream().map(ConsistencyFinding::id).toList();
        Message statement = Message.of("confidence.lowered", Message.of("confidence.level."
                + level.name().toLowerCase(Locale.ROOT)), Message.count(loweredBy.size()), Message.literals(ids));
        return Reason.of(rule, statement, facts, kb);
    }
}
