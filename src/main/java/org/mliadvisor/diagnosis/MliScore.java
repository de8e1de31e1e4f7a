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

    public Reason reason() {
        Map<String, String> facts = new LinkedHashMap<>();
        dimensions.stream().sorted(Comparator.comparing(DimensionScore::dimension)).forEach(d -> facts.put(
                d.dimension().name(), (d.sufficient() ? Numbers.format(d.score(), 3) : "insufficient evidence")
                        + " × " + Numbers.format(d.weight(), 3)));
        String statement;
        if (value == null && dimensions.stream().anyMatch(DimensionScore::sufficient)) {
            statement = "The dimensions with enough evidence ("
                    + String.join(", ", dimensions.stream().filter(DimensionScore::sufficient).map(d -> d.dimension().name())
                    .sorted().toList()) + ") all have weight 0, so the MLI cannot be computed.";
        } else if (value == null) {
            statement = "No dimension has enough answered indicators, so the MLI cannot be computed.";
        } else if (complete) {
            statement = "MLI = wS·S + wT·T + wR·R = " + Numbers.format(value, 3) + ".";
        } else {
            statement = "MLI = " + Numbers.format(value, 3) + " over the dimensions with enough evidence (weights "
                    + Numbers.format(coveredWeight, 2) + " of 1, rescaled); it is incomplete.";
        }
        return Reason.of(rule, statement, facts, dimensions.stream().sorted(Comparator.comparing(DimensionScore::dimension))
                .map(d -> d.definition().origin()).toList());
    }
}
