package org.mliadvisor.knowledge;

import org.mliadvisor.source.SourceLocation;

import java.util.List;
import java.util.Objects;

/**
 * A declarative condition from the knowledge base: a closed grammar of {@code all}, {@code any},
 * {@code not} and typed comparisons. It is data that generic rules match, never code.
 */
public sealed interface Condition permits Condition.All, Condition.Any, Condition.Not, Condition.Comparison {

    SourceLocation origin();

    /** The ids the condition reads (indicators, dimensions, KPIs, context factors), in order, repeats kept. */
    default List<String> targets() {
        return comparisons().stream().map(Comparison::target).toList();
    }

    /** Every comparison of the condition, in order. */
    default List<Comparison> comparisons() {
        if (this instanceof Comparison c) {
            return List.of(c);
        }
        List<Condition> parts = this instanceof All all ? all.parts()
                : this instanceof Any any ? any.parts() : List.of(((Not) this).part());
        return parts.stream().flatMap(p -> p.comparisons().stream()).toList();
    }

    /** Holds when every part holds. */
    record All(List<Condition> parts, SourceLocation origin) implements Condition {
        public All {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("all needs at least one part");
            }
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** Holds when at least one part holds. */
    record Any(List<Condition> parts, SourceLocation origin) implements Condition {
        public Any {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("any needs at least one part");
            }
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** Holds when its part does not. */
    record Not(Condition part, SourceLocation origin) implements Condition {
        public Not {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** What a comparison looks at. */
    enum Subject {
        INDICATOR("indicator"),
        INDICATOR_SCORE("indicator_score"),
        DIMENSION("dimension"),
        KPI_GAP("kpi_gap"),
        CONTEXT("context"),
        PERCEPTION_GAP("perception_gap");

        private final String key;

        Subject(String key) {
            this.key = key;
        }

        /** The key that names this subject in a YAML condition. */
        public String key() {
            return key;
        }
    }

    /** How a comparison compares. */
    enum Operator {
        BELOW("below", "<"),
        AT_MOST("at_most", "≤"),
        ABOVE("above", ">"),
        AT_LEAST("at_least", "≥"),
        IS("is", "="),
        IN("in", "in");

        private final String key;
        private final String symbol;

        Operator(String key, String symbol) {
            this.key = key;
            this.symbol = symbol;
        }

        public String key() {
            return key;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isNumeric() {
            return this != IS && this != IN;
        }
    }

    /**
     * A comparison of one subject with a typed literal: a {@link Double} for numeric operators,
     * a {@link Boolean} or {@link String} for {@code is}, a list of strings for {@code in}.
     */
    record Comparison(Subject subject, String target, Operator operator, Object literal, SourceLocation origin)
            implements Condition {
        public Comparison {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(origin, "origin");
            boolean typed = switch (operator) {
                case BELOW, AT_MOST, ABOVE, AT_LEAST -> literal instanceof Double;
                case IS -> literal instanceof Boolean || literal instanceof String;
                case IN -> literal instanceof List<?> list && !list.isEmpty()
                        && list.stream().allMatch(String.class::isInstance);
            };
            if (!typed) {
                throw new IllegalArgumentException("literal " + literal + " does not fit operator " + operator);
            }
            if (literal instanceof List<?> list) {
                literal = List.copyOf(list);
            }
        }

        /** Whether an observed value satisfies this comparison; a value of the wrong type never does. */
        public boolean test(Object observed) {
            return switch (operator) {
                case BELOW -> observed instanceof Number n && n.doubleValue() < (Double) literal;
                case AT_MOST -> observed instanceof Number n && n.doubleValue() <= (Double) literal;
                case ABOVE -> observed instanceof Number n && n.doubleValue() > (Double) literal;
                case AT_LEAST -> observed instanceof Number n && n.doubleValue() >= (Double) literal;
                case IS -> literal.equals(observed);
                case IN -> ((List<?>) literal).contains(observed);
            };
        }
    }
}
