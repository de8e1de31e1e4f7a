package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The binding constraint with its runner-up and margin (the difference of their shortfalls), or no
 * binding constraint when the evidence does not allow naming one.
 */
public record BindingOutcome(Dimension dimension, BindingBasis basis, Dimension runnerUp, Double margin,
                             List<Reason> reasons) {
    public BindingOutcome {
        if ((dimension == null) != (basis == null)) {
            throw new IllegalArgumentException("a binding dimension comes with its basis");
        }
        if (runnerUp != null && (dimension == null || runnerUp == dimension || margin == null)) {
            throw new IllegalArgumentException("a runner-up needs a different binding dimension and a margin");
        }
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a binding outcome needs its reasons");
        }
    }

    /** The decision for {@code winner}, whose reasons are all proposals in order of precedence. */
    public static BindingOutcome decided(BindingProposal winner, List<BindingProposal> proposals,
                                         List<DimensionShortfall> shortfalls, String rule) {
        Optional<DimensionShortfall> own = shortfalls.stream().filter(s -> s.dimension() == winner.dimension()).findFirst();
        Optional<DimensionShortfall> runnerUp = shortfalls.stream().filter(s -> s.dimension() != winner.dimension())
                .max(Comparator.comparingDouble(DimensionShortfall::shortfall)
                        .thenComparing(DimensionShortfall::dimension, Comparator.reverseOrder()));
        Double margin = own.isPresent() && runnerUp.isPresent()
                ? own.get().shortfall() - runnerUp.get().shortfall() : null;
        List<Reason> reasons = new java.util.ArrayList<>();
        proposals.stream().sorted(Comparator.comparing((BindingProposal p) -> p.basis().precedence()).reversed())
                .map(BindingProposal::reason).forEach(reasons::add);
        String statement = winner.dimension() + " is the binding constraint"
                + runnerUp.map(r -> "; the runner-up is " + r.dimension() + ", " + (margin >= 0 ? "behind by " : "ahead on shortfall by ")
                + Numbers.format(Math.abs(margin), 3)).orElse("") + ".";
        reasons.add(0, Reason.of(rule, statement, Map.of("basis", winner.basis().name().toLowerCase(java.util.Locale.ROOT))));
        return new BindingOutcome(winner.dimension(), winner.basis(), runnerUp.map(DimensionShortfall::dimension).orElse(null),
                margin, reasons);
    }

    /** No binding constraint: fewer than two dimensions have enough evidence and no gate applies. */
    public static BindingOutcome undetermined(List<DimensionScore> dimensions, String rule) {
        long sufficient = dimensions.stream().filter(DimensionScore::sufficient).count();
        String insufficient = String.join(", ", dimensions.stream().filter(d -> !d.sufficient())
                .map(d -> d.dimension().name()).sorted().toList());
        return new BindingOutcome(null, null, null, null, List.of(Reason.of(rule,
                "No binding constraint can be named: only " + sufficient + " dimension(s) have enough answered indicators"
                        + (insufficient.isEmpty() ? "" : " (insufficient evidence: " + insufficient + ")")
                        + "; at least two are needed to compare.",
                Map.of("sufficient dimensions", Long.toString(sufficient)))));
    }

    public boolean determined() {
        return dimension != null;
    }

    public boolean isBinding(Dimension candidate) {
        return Objects.equals(dimension, candidate);
    }
}
