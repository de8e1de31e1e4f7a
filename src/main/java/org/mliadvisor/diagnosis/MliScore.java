package org.mliadvisor.diagnosis;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The index MLI = wS·S + wT·T + wR·R. When a dimension lacks evidence the index is taken over the
 * others with their weights rescaled, and marked incomplete; with no scored dimension it is absent.
 */
public record MliScore(Double value, double coveredWeight, boolean complete, List<DimensionScore> dimensions,
                       String rule) {
    public MliScore {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("MLI must be 0..1");
        }
        if (complete && value == null) {
            throw new IllegalArgumentException("a complete MLI has a value");
        }
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(rule, "rule");
    }

    public static MliScore complete(List<DimensionScore> dimensions, String rule) {
        return weighted(dimensions, rule, true);
    }

    public static MliScore partial(List<DimensionScore> dimensions, String rule) {
        return weighted(dimensions, rule, false);
    }

    public static MliScore undetermined(List<DimensionScore> dimensions, String rule) {
        return new MliScore(null, 0, false, dimensions, rule);
    }

    private static MliScore weighted(List<DimensionScore> dimensions, String rule, boolean complete) {
        double covered = 0;
        double sum = 0;
        for (DimensionScore d : dimensions) {
            if (d.sufficient()) {
                covered += d.weight();
                sum += d.weight() * d.score();
            }
        }
        if (covered <= 0) {
            return undetermined(dimensions, rule);
        }
        return new MliScore(Numbers.exact(Math.max(0, Math.min(1, sum / covered))), Numbers.exact(covered), complete, dimensions, rule);
    }

    /**
     * The headline index: only when every dimension has enough evidence. A partial index (over the
     * dimensions with evidence, weights rescaled) is never the headline, so that analysts do not mix
     * partial and complete indices.
     */
    public Double headline() {
        return complete ? value : null;
    }

    /** The partial index over the dimensions with enough evidence, when some lack it; else {@code null}. */
    public Double partial() {
        return complete ? null : value;
    }

    public Reason reason() {
        Map<String, String> facts = new LinkedHashMap<>();
        dimensions.stream().sorted(Comparator.comparing(DimensionScore::dimension)).forEach(d -> facts.put(
                d.dimension().name(), (d.sufficient() ? Numbers.format(d.score(), 3) : "insufficient evidence")
                        + " × " + Numbers.format(d.weight(), 3)));
        Message statement;
        if (value == null && dimensions.stream().anyMatch(DimensionScore::sufficient)) {
            statement = Message.of("mli.zero_weight", Message.literals(dimensions.stream().filter(DimensionScore::sufficient)
                    .map(d -> d.dimension().name()).sorted().toList()));
        } else if (value == null) {
            statement = Message.of("mli.no_dimension");
        } else if (complete) {
            statement = Message.of("mli.complete", Message.number(value, 3));
        } else {
            statement = Message.of("mli.partial", Message.number(value, 3), Message.number(coveredWeight, 2));
        }
        return Reason.of(rule, statement, facts, dimensions.stream().sorted(Comparator.comparing(DimensionScore::dimension))
                .map(d -> d.definition().origin()).toList());
    }
}
