package org.mliadvisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a condition can hold for some firm at all, by reasoning over the values each
 * subject can take (an indicator's scale, 0..1 scores, a context factor's values). Used to warn
 * about conditions an expert wrote that no firm could ever meet.
 */
final class ConditionSpace {

    /** Past this many alternatives a condition is assumed satisfiable rather than analysed. */
    private static final int MAX_TERMS = 512;

    private final KnowledgeBase kb;

    ConditionSpace(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Why no firm can meet {@code condition}, or empty when some firm can (or it is too large to tell). */
    Optional<String> whyUnsatisfiable(Condition condition) {
        List<List<Condition.Comparison>> terms = terms(condition, false);
        if (terms == null) {
            return Optional.empty();
        }
        String first = null;
        for (List<Condition.Comparison> term : terms) {
            Optional<String> conflict = conflict(term);
            if (conflict.isEmpty()) {
                return Optional.empty();
            }
            if (first == null) {
                first = conflict.get();
            }
        }
        return Optional.of(first == null ? "it has no alternative that can hold" : first);
    }

    /** A canonical text of a condition without source positions, to compare two conditions. */
    static String canonical(Condition condition) {
        if (condition instanceof Condition.Comparison c) {
            return c.subject().key() + ":" + c.target() + " " + c.operator().key() + " " + c.literal();
        }
        if (condition instanceof Condition.Not not) {
            return "not(" + canonical(not.part()) + ")";
        }
        List<Condition> parts = condition instanceof Condition.All all ? all.parts() : ((Condition.Any) condition).parts();
        List<String> texts = parts.stream().map(ConditionSpace::canonical).sorted().toList();
        return (condition instanceof Condition.All ? "all" : "any") + texts;
    }

    /** The condition as alternatives of conjunctions (negations pushed into comparisons), or null when too large. */
    private List<List<Condition.Comparison>> terms(Condition condition, boolean negated) {
        if (condition instanceof Condition.Comparison c) {
            return List.of(List.of(negated ? negate(c) : c));
        }
        if (condition instanceof Condition.Not not) {
            return terms(not.part(), !negated);
        }
        List<Condition> parts = condition instanceof Condition.All all ? all.parts() : ((Condition.Any) condition).parts();
        boolean conjunction = (condition instanceof Condition.All) != negated;
        if (!conjunction) {
            List<List<Condition.Comparison>> alternatives = new ArrayList<>();
            for (Condition part : parts) {
                List<List<Condition.Comparison>> more = terms(part, negated);
                if (more == null || alternatives.size() + more.size() > MAX_TERMS) {
                    return null;
                }
                alternatives.addAll(more);
            }
            return alternatives;
        }
        List<List<Condition.Comparison>> product = List.of(List.of());
        for (Condition part : parts) {
            List<List<Condition.Comparison>> options = terms(part, negated);
            if (options == null || (long) product.size() * options.size() > MAX_TERMS) {
                return null;
            }
            List<List<Condition.Comparison>> next = new ArrayList<>();
            for (List<Condition.Comparison> left : product) {
                for (List<Condition.Comparison> right : options) {
                    List<Condition.Comparison> joined = new ArrayList<>(left);
                    joined.addAll(right);
                    next.add(joined);
                }
            }
            product = next;
        }
        return product;
    }

    /** The comparison that holds exactly when {@code c} does not (on known data). */
    private Condition.Comparison negate(Condition.Comparison c) {
        Condition.Operator op = c.operator();
        Object literal = c.literal();
        switch (op) {
            case BELOW: return with(c, Condition.Operator.AT_LEAST, literal);
            case AT_LEAST: return with(c, Condition.Operator.BELOW, literal);
            case AT_MOST: return with(c, Condition.Operator.ABOVE, literal);
            case ABOVE: return with(c, Condition.Operator.AT_MOST, literal);
            case IS:
                if (literal instanceof Boolean b) {
                    return with(c, Condition.Operator.IS, !b);
                }
                return with(c, Condition.Operator.IN, others(c.target(), List.of((String) literal)));
            case IN:
                return with(c, Condition.Operator.IN, others(c.target(), (List<?>) literal));
            default:
                throw new IllegalStateException("unhandled operator " + op);
        }
    }

    private List<String> others(String factor, List<?> excluded) {
        List<String> rest = new ArrayList<>(kb.context().get(factor).values());
        rest.removeAll(excluded);
        return rest.isEmpty() ? List.of("\u0000none") : rest; // a value no firm can have: the negation cannot hold
    }

    private static Condition.Comparison with(Condition.Comparison c, Condition.Operator op, Object literal) {
        return new Condition.Comparison(c.subject(), c.target(), op, literal, c.origin());
    }

    /** Why the comparisons of one conjunction cannot all hold, or empty when they can. */
    private Optional<String> conflict(List<Condition.Comparison> term) {
        Map<String, List<Condition.Comparison>> bySubject = new LinkedHashMap<>();
        term.forEach(c -> bySubject.computeIfAbsent(c.subject().key() + ":" + c.target(), k -> new ArrayList<>()).add(c));
        for (List<Condition.Comparison> comparisons : bySubject.values()) {
            Condition.Comparison first = comparisons.get(0);
            String subject = describe(first);
            String demands = String.join(", ", comparisons.stream()
                    .map(c -> c.operator().key().replace('_', ' ') + " " + literal(c.literal())).toList());
            if (first.subject() == Condition.Subject.CONTEXT) {
                Set<String> allowed = new LinkedHashSet<>(kb.context().get(first.target()).values());
                comparisons.forEach(c -> allowed.retainAll(c.literal() instanceof List<?> list ? list : List.of(c.literal())));
                if (allowed.isEmpty()) {
                    return Optional.of("no value of " + subject + " is " + demands);
                }
            } else if (first.operator() == Condition.Operator.IS) {
                if (comparisons.stream().map(Condition.Comparison::literal).distinct().count() > 1) {
                    return Optional.of(subject + " cannot be " + demands + " at once");
                }
            } else if (!interval(first).narrow(comparisons).nonEmpty()) {
                return Optional.of("no value of " + subject + " (" + interval(first) + ") is " + demands);
            }
        }
        return Optional.empty();
    }

    private static String literal(Object literal) {
        return literal instanceof Double d ? org.mliadvisor.source.MapReader.plain(d)
                : literal instanceof List<?> list ? list.toString() : String.valueOf(literal);
    }

    private static String describe(Condition.Comparison c) {
        return switch (c.subject()) {
            case INDICATOR, CONTEXT -> c.target();
            case INDICATOR_SCORE -> "the score of " + c.target();
            case DIMENSION -> "the score of dimension " + c.target();
            case KPI_GAP -> "the gap of " + c.target();
            case PERCEPTION_GAP -> "the marketing-logistics perception gap on " + c.target();
        };
    }

    /** The values a numeric subject can take. */
    private Interval interval(Condition.Comparison c) {
        return switch (c.subject()) {
            case INDICATOR -> {
                Scale scale = kb.indicators().get(c.target()).scale();
                yield new Interval(scale.min(), false, scale.max(), false);
            }
            case INDICATOR_SCORE, DIMENSION -> new Interval(0, false, 1, false);
            case KPI_GAP -> kb.kpis().get(c.target()).better() == Direction.HIGHER
                    ? new Interval(Double.NEGATIVE_INFINITY, true, 1, false)
                    : new Interval(-1, false, Double.POSITIVE_INFINITY, true);
            case PERCEPTION_GAP -> new Interval(0, false, kb.survey().scalePoints() - 1, false);
            case CONTEXT -> throw new IllegalStateException("context is not numeric");
        };
    }

    /** A range of numbers with open or closed ends. */
    private record Interval(double lo, boolean loOpen, double hi, boolean hiOpen) {

        Interval narrow(List<Condition.Comparison> comparisons) {
            Interval range = this;
            for (Condition.Comparison c : comparisons) {
                double x = (Double) c.literal();
                range = switch (c.operator()) {
                    case BELOW -> x < range.hi || (x == range.hi && !range.hiOpen) ? new Interval(range.lo, range.loOpen, x, true) : range;
                    case AT_MOST -> x < range.hi ? new Interval(range.lo, range.loOpen, x, false) : range;
                    case ABOVE -> x > range.lo || (x == range.lo && !range.loOpen) ? new Interval(x, true, range.hi, range.hiOpen) : range;
                    case AT_LEAST -> x > range.lo ? new Interval(x, false, range.hi, range.hiOpen) : range;
                    default -> range;
                };
            }
            return range;
        }

        boolean nonEmpty() {
            return lo < hi || (lo == hi && !loOpen && !hiOpen);
        }

        @Override
        public String toString() {
            return "from " + bound(lo) + " to " + bound(hi);
        }

        private static String bound(double value) {
            return Double.isInfinite(value) ? (value > 0 ? "∞" : "−∞") : org.mliadvisor.source.MapReader.plain(value);
        }
    }
}
