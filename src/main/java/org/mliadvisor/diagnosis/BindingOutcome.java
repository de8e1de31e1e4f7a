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
 * shortfalls), or two dimensions binding jointly ({@code partner}), or no binding constraint when the
 * evidence does not allow naming one or every dimension is at its target. {@code gates} lists every
 * gate that holds, in precedence order, whether or not it decided.
 */
public record BindingOutcome(Dimension dimension, BindingBasis basis, Dimension partner, Dimension runnerUp, Double margin,
                             List<BindingProposal> proposals, List<GateHold> gates, List<DimensionScore> dimensions,
                             boolean atTarget, String rule) {
    public BindingOutcome {
        if ((dimension == null) != (basis == null)) {
            throw new IllegalArgumentException("a binding dimension comes with its basis");
        }
        if ((partner != null) != (basis == BindingBasis.JOINT)) {
            throw new IllegalArgumentException("a joint constraint, and only it, has a partner");
        }
        if (runnerUp != null && (dimension == null || runnerUp == dimension || runnerUp == partner || margin == null)) {
            throw new IllegalArgumentException("a runner-up needs a different binding dimension and a margin");
        }
        if (atTarget && dimension != null) {
            throw new IllegalArgumentException("a firm at its target everywhere has no binding constraint");
        }
        proposals = List.copyOf(proposals);
        gates = List.copyOf(gates);
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(rule, "rule");
    }

    /** The decision for {@code winner}; every proposal and every gate that holds stays as part of the explanation. */
    public static BindingOutcome decided(BindingProposal winner, List<BindingProposal> proposals, List<GateHold> gates,
                                         List<DimensionShortfall> shortfalls, String rule) {
        Optional<DimensionShortfall> own = shortfalls.stream().filter(s -> s.dimension() == winner.dimension()).findFirst();
        Optional<DimensionShortfall> runnerUp = shortfalls.stream()
                .filter(s -> s.dimension() != winner.dimension() && s.dimension() != winner.partner())
                .max(Comparator.comparingDouble(DimensionShortfall::shortfall)
                        .thenComparing(DimensionShortfall::dimension, Comparator.reverseOrder()));
        Double margin = own.isPresent() && runnerUp.isPresent()
                ? Numbers.exact(own.get().shortfall() - runnerUp.get().shortfall()) : null;
        List<BindingProposal> ordered = proposals.stream()
                .sorted(Comparator.comparing((BindingProposal p) -> p.basis().precedence()).reversed()).toList();
        return new BindingOutcome(winner.dimension(), winner.basis(), winner.partner(),
                runnerUp.map(DimensionShortfall::dimension).orElse(null), margin, ordered, byPrecedence(gates), List.of(),
                false, rule);
    }

    /**
     * No binding constraint: fewer than two dimensions have enough evidence and no gate applies
     * ({@code atTarget} false), or every dimension with enough evidence is at or above its target.
     */
    public static BindingOutcome undetermined(List<DimensionScore> dimensions, List<GateHold> gates, boolean atTarget,
                                              String rule) {
        return new BindingOutcome(null, null, null, null, null, List.of(), byPrecedence(gates), dimensions, atTarget, rule);
    }

    private static List<GateHold> byPrecedence(List<GateHold> gates) {
        return gates.stream().sorted(Comparator.comparingInt(g -> g.gate().order())).toList();
    }

    /** The same outcome, each gate that holds naming the comparisons that made it hold. */
    BindingOutcome withGateEvidence(java.util.function.Function<GateHold, List<ConditionEvidence>> held) {
        return new BindingOutcome(dimension, basis, partner, runnerUp, margin, proposals,
                gates.stream().map(g -> g.withHeld(held.apply(g))).toList(), dimensions, atTarget, rule);
    }

    public boolean determined() {
        return dimension != null;
    }

    /** Whether two dimensions bind together. */
    public boolean joint() {
        return partner != null;
    }

    /** The binding dimensions: none, one, or the two of a joint constraint. */
    public List<Dimension> binding() {
        if (dimension == null) {
            return List.of();
        }
        return partner == null ? List.of(dimension) : List.of(dimension, partner).stream().sorted().toList();
    }

    public boolean isBinding(Dimension candidate) {
        return candidate != null && (candidate == dimension || candidate == partner);
    }

    /** The decision first, then each gate that holds, then each proposal that led to it, strongest basis first. */
    public List<Reason> reasons() {
        List<Reason> reasons = new ArrayList<>();
        if (!determined()) {
            long sufficient = dimensions.stream().filter(DimensionScore::sufficient).count();
            if (atTarget) {
                String targets = dimensions.stream().filter(DimensionScore::sufficient)
                        .sorted(Comparator.comparing(DimensionScore::dimension))
                        .map(d -> d.dimension().name() + " " + Numbers.format(d.score(), 3) + " ≥ "
                                + Numbers.format(d.definition().targetScore(), 2)).collect(java.util.stream.Collectors.joining(", "));
                reasons.add(Reason.of(rule, Message.of("binding.at_target", Message.literal(targets)),
                        Reason.ordered("sufficient dimensions", Long.toString(sufficient)),
                        dimensions.stream().map(d -> d.definition().origin()).toList()));
            } else {
                List<String> insufficient = dimensions.stream().filter(d -> !d.sufficient())
                        .map(d -> d.dimension().name()).sorted().toList();
                Message statement = sufficient >= 2
                        ? Message.of("binding.at_target_insufficient", Message.literals(insufficient))
                        : insufficient.isEmpty()
                        ? Message.of("binding.too_few", Message.count(sufficient))
                        : Message.of("binding.too_few_insufficient", Message.count(sufficient), Message.literals(insufficient));
                reasons.add(Reason.of(rule, statement, Reason.ordered("sufficient dimensions", Long.toString(sufficient))));
            }
            gates.forEach(g -> reasons.add(g.reason()));
            return reasons;
        }
        MessagePart.Literal binding = Message.literal(dimension.name());
        Message statement;
        if (joint()) {
            statement = Message.of("binding.decided_joint", Message.literal(dimension.name() + "+" + partner.name()));
        } else if (runnerUp != null && margin == 0) {
            statement = Message.of(basis == BindingBasis.SHORTFALL ? "binding.tied_first" : "binding.tied", binding,
                    Message.literal(runnerUp.name()));
        } else if (runnerUp != null) {
            statement = Message.of(margin > 0 ? "binding.behind" : "binding.ahead", binding, Message.literal(runnerUp.name()),
                    Message.number(Math.abs(margin), 3));
        } else {
            statement = Message.of("binding.decided", binding);
        }
        reasons.add(Reason.of(rule, statement, Reason.ordered("basis", basis.name().toLowerCase(Locale.ROOT))));
        gates.forEach(g -> reasons.add(g.reason()));
        List<GateHold> deciding = gates.stream().filter(GateHold::sufficient).toList();
        for (int i = 1; i < deciding.size(); i++) {
            GateHold first = deciding.get(0);
            GateHold later = deciding.get(i);
            if (first.gate().gate().precedence() != null) {
                reasons.add(Reason.of(rule, Message.of("gate.precedes", Message.literal(first.gateId()),
                                Message.literal(later.gateId()), Message.text(BindingProposal.stripped(first.gate().gate().precedence()))),
                        Reason.ordered("precedence", first.gateId() + " before " + later.gateId()),
                        first.gate().gate().origin()));
            }
        }
        proposals.forEach(p -> reasons.add(p.reason()));
        return reasons;
    }
}
