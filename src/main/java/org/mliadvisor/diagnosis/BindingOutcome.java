package org.mliadvisor.diagnosis;

import org.mliadvisor.knowledge.Dimension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The binding constraint with its runner-up and margin (the difference of their weighted
 * shortfalls), or no binding constraint when the evidence does not allow naming one.
 */
public record BindingOutcome(Dimension dimension, BindingBasis basis, Dimension runnerUp, Double margin,
                             List<BindingProposal> proposals, List<DimensionScore> dimensions, String rule) {
    public BindingOutcome {
        if ((dimension == null) != (basis == null)) {
            throw new IllegalArgumentException("a binding dimension comes with its basis");
        }
        if (runnerUp != null && (dimension == null || runnerUp == dimension || margin == null)) {
            throw new IllegalArgumentException("a runner-up needs a different binding dimension and a margin");
        }
        proposals = List.copyOf(proposals);
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(rule, "rule");
    }

    /** The decision for {@code winner}; every proposal stays as part of the explanation. */
    public static BindingOutcome decided(BindingProposal winner, List<BindingProposal> proposals,
                                         List<DimensionShortfall> shortfalls, String rule) {
        Optional<DimensionShortfall> own = shortfalls.stream().filter(s -> s.dimension() == winner.dimension()).findFirst();
        Optional<DimensionShortfall> runnerUp = shortfalls.stream().filter(s -> s.dimension() != winner.dimension())
                .max(Comparator.comparingDouble(DimensionShortfall::shortfall)
                        .thenComparing(DimensionShortfall::dimension, Comparator.reverseOrder()));
        Double margin = own.isPresent() && runnerUp.isPresent()
                ? Numbers.exact(own.get().shortfall() - runnerUp.get().shortfall()) : null;
        List<BindingProposal> ordered = proposals.stream()
                .sorted(Comparator.comparing((BindingProposal p) -> p.basis().precedence()).reversed()).toList();
        return new BindingOutcome(winner.dimension(), winner.basis(), runnerUp.map(DimensionShortfall::dimension).orElse(null),
                margin, ordered, List.of(), rule);
    }

    /**
     * No binding constraint: fewer than two dimensions have enough evidence and no gate applies, or
     * every scored dimension is at its full score.
     */
    public static BindingOutcome undetermined(List<DimensionScore> dimensions, String rule) {
        return new BindingOutcome(null, null, null, null, List.of(), dimensions, rule);
    }

    public boolean determined() {
        return dimension != null;
    }

    public boolean isBinding(Dimension candidate) {
        return Objects.equals(dimension, candidate);
    }

    /** The decision first, then each proposal that led to it, strongest basis first. */
    public List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>();
        if (!determined()) {
            long sufficient = dimensions.stream().filter(DimensionScore::sufficient).count();
            if (sufficient >= 2) {
                reasons.add(Reason.of(rule, Message.of("binding.nothing_binds"),
                        Reason.ordered("sufficient dimensions", Long.toString(sufficient))));
                return reasons;
            }
            List<String> insufficient = dimensions.stream().filter(d -> !d.sufficient())
                    .map(d -> d.dimension().name()).sorted().toList();
            Message statement = insufficient.isEmpty()
                    ? Message.of("binding.too_few", Message.count(sufficient))
                    : Message.of("binding.too_few_insufficient", Message.count(sufficient), Message.literals(insufficient));
            reasons.add(Reason.of(rule, statement, Reason.ordered("sufficient dimensions", Long.toString(sufficient))));
            return reasons;
        }
        MessagePart.Literal binding = Message.literal(dimension.name());
        Message statement;
        if (runnerUp != null && margin == 0) {
            statement = Message.of(basis == BindingBasis.SHORTFALL ? "binding.tied_first" : "binding.tied", binding,
                    Message.literal(runnerUp.name()));
        } else if (runnerUp != null) {
            statement = Message.of(margin > 0 ? "binding.behind" : "binding.ahead", binding, Message.literal(runnerUp.name()),
                    Message.number(Math.abs(margin), 3));
        } else {
            statement = Message.of("binding.decided", binding);
        }
        reasons.add(Reason.of(rule, statement, Reason.ordered("basis", basis.name().toLowerCase(Locale.ROOT))));
        proposals.forEach(p -> reasons.add(p.reason()));
        return reasons;
    }
}
