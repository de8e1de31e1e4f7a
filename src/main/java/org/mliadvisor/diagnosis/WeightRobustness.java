package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Weights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** How far one firm's binding constraint holds as the index weights move over the whole weight simplex. */
public record WeightRobustness(String binding, Weights weights, Double stableWithin, String flipsTo, Weights at,
                               List<Region> regions, double gridStep) {

    /** The label of a firm with no binding constraint. */
    public static final String NONE = "none";
    /** The step of the {@link #regions} grid, in weight. */
    public static final double GRID_STEP = 0.05;
    /**
     * How far past a boundary the label is confirmed: well above the rules' rounding of shortfalls to 1e-9 and their
     * {@link Numbers#EPSILON}, so the probe lands in the next cell, and far below any margin a knowledge base sets.
     */
    static final double PROBE = 1e-6;
    private static final double ON_LINE = 1e-9;
    private static final double SNAP = 1e-12;

    /**
     * @param binding      the binding label at the firm's weights: "S", "T", "R", "S+T" for a joint constraint, or "none"
     * @param weights      the firm's weights (its own, else the knowledge base's defaults)
     * @param stableWithin the least L1 change of the weights that changes the label; {@code null} when none does
     * @param flipsTo      the label it changes to there; {@code null} when none
     * @param at           the weights where it changes; {@code null} when none
     * @param regions      the label at each point of a grid of the weight simplex, for a ternary chart
     * @param gridStep     the grid's step
     */
    public WeightRobustness {
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(weights, "weights");
        if ((stableWithin == null) != (flipsTo == null) || (flipsTo == null) != (at == null)) {
            throw new IllegalArgumentException("a flip has its distance, its label and its weights, or none of them");
        }
        if (stableWithin != null && (stableWithin < 0 || flipsTo.equals(binding))) {
            throw new IllegalArgumentException("a flip is a change of label at a distance of 0 or more");
        }
        regions = List.copyOf(regions);
    }

    /** The binding label at one point of the weight simplex. */
    public record Region(Weights weights, String label) {
        public Region {
            Objects.requireNonNull(weights, "weights");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The robustness of {@code assessment}'s binding constraint, with regions on a grid of {@link #GRID_STEP}. */
    public static WeightRobustness of(Diagnostician diagnostician, Assessment assessment) {
        return of(diagnostician, assessment, GRID_STEP);
    }

    /**
     * The robustness of {@code assessment}'s binding constraint, with regions on a grid of {@code gridStep} (0 for none).
     * Every label comes from running {@code diagnostician} on a copy of the assessment with its own weights replaced, so
     * gates and KPI evidence decide as they do in a diagnosis.
     */
    public static WeightRobustness of(Diagnostician diagnostician, Assessment assessment, double gridStep) {
        Diagnosis base = diagnostician.diagnose(assessment);
        Weights w0 = base.weights().weights();
        String binding = label(base.binding());
        Probe probe = new Probe(diagnostician, assessment);
        Flip flip = nearestFlip(probe, base, w0, binding, diagnostician.knowledgeBase().method().nearTieMargin());
        return new WeightRobustness(binding, w0, flip == null ? null : flip.distance, flip == null ? null : flip.label,
                flip == null ? null : weights(flip.point), grid(probe, gridStep), gridStep);
    }

    /** The short label of a binding outcome: "S", "S+T" for a joint constraint, or "none". */
    public static String label(BindingOutcome outcome) {
        List<Dimension> binding = outcome.binding();
        return binding.isEmpty() ? NONE : binding.stream().map(Dimension::name).collect(Collectors.joining("+"));
    }

    /** The binding label {@code diagnostician} gives {@code assessment} with its weights replaced by {@code weights}. */
    public static String labelAt(Diagnostician diagnostician, Assessment assessment, Weights weights) {
        return label(diagnostician.diagnose(assessment.withOwnWeights(weights)).binding());
    }

    /** Whether some weight vector changes the binding label. */
    public boolean flips() {
        return stableWithin != null;
    }

    /**
     * The result in plain English: "T stays binding unless S's weight rises above 0.52 (from 0.48) at T's expense; then S
     * binds." It names the weights that rise on the way to the nearest flip (one, or the pair) and those they are taken
     * from, as they are at the flip.
     */
    public String sentence() {
        String stays = switch (binding) {
            case NONE -> "Nothing binds";
            default -> binding.contains("+") ? both(binding) + " stay jointly binding" : binding + " stays binding";
        };
        if (!flips()) {
            return stays + " whatever the weights.";
        }
        String then = "then " + (flipsTo.equals(NONE) ? "nothing binds"
                : flipsTo.contains("+") ? both(flipsTo) + " bind jointly" : flipsTo + " binds") + ".";
        List<Dimension> rising = new ArrayList<>();
        List<Dimension> falling = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            double change = at.of(d) - weights.of(d);
            if (change > ON_LINE) {
                rising.add(d);
            } else if (change < -ON_LINE) {
                falling.add(d);
            }
        }
        if (rising.isEmpty()) {
            return stays + " only at exactly these weights: the slightest change of them can tip it; " + then;
        }
        String expense = falling.size() == 1 ? " at " + falling.get(0) + "'s expense"
                : " at the expense of " + falling.get(0) + " and " + falling.get(1);
        if (rising.size() == 1) {
            Dimension d = rising.get(0);
            return stays + " unless " + d + "'s weight rises above " + Numbers.format(at.of(d), 3) + " (from "
                    + Numbers.format(weights.of(d), 3) + ")" + expense + "; " + then;
        }
        Dimension a = rising.get(0);
        Dimension b = rising.get(1);
        return stays + " unless " + a + "'s and " + b + "'s weights rise above " + Numbers.format(at.of(a), 3) + " and "
                + Numbers.format(at.of(b), 3) + " (from " + Numbers.format(weights.of(a), 3) + " and "
                + Numbers.format(weights.of(b), 3) + ")" + expense + "; " + then;
    }

    private static String both(String joint) {
        return joint.replace("+", " and ");
    }

    // ------------------------------------------------------------------------------------------ the exact flip

    /** A line n·w = c of the plane w_S + w_T + w_R = sum, through {@code point} along {@code direction}. */
    private record Line(double[] normal, double c, double[] point, double[] direction) {
        double offset(double[] w) {
            return dot(normal, w) - c;
        }

        /** Whether {@code w} lies on this line, within rounding. */
        boolean through(double[] w) {
            return Math.abs(offset(w)) <= ON_LINE * Math.max(1, norm(normal));
        }

        double[] at(double t) {
            return new double[] {point[0] + t * direction[0], point[1] + t * direction[1], point[2] + t * direction[2]};
        }
    }

    private record Flip(double[] point, double distance, String label) {
    }

    /**
     * The nearest weights (L1) where the label changes. The rules compare weighted shortfalls w_i·a_i (a_i = 1 − score_i,
     * for dimensions with enough evidence) with each other, with each other less the near-tie margin, and with 0, so the
     * label is constant on every cell of the arrangement of the lines w_i·a_i − w_j·a_j = c (c ∈ {0, ±margin}) and
     * w_i = 0. The nearest point of another-labelled cell lies on a segment of one of those lines, and the L1 distance,
     * piecewise linear and convex along a segment, is least at one of its breakpoints: where the line meets another line or
     * the simplex's edge, or where one weight equals the firm's. Those candidates are tried nearest first, each confirmed
     * by diagnosing just past it.
     */
    private static Flip nearestFlip(Probe probe, Diagnosis base, Weights w0, String binding, double margin) {
        double[] current = {w0.s(), w0.t(), w0.r()};
        double sum = current[0] + current[1] + current[2];
        List<Line> lines = lines(base, margin, sum);
        List<double[]> candidates = new ArrayList<>();
        for (Line line : lines) {
            candidates.addAll(breakpoints(line, lines, current));
        }
        candidates.sort(Comparator.comparingDouble(p -> l1(p, current)));
        double[] previous = null;
        for (double[] p : candidates) {
            if (previous != null && l1(p, previous) < ON_LINE) {
                continue;
            }
            previous = p;
            String label = confirm(probe, p, current, lines, binding);
            if (label != null) {
                return new Flip(p, Numbers.exact(l1(p, current)), label);
            }
        }
        return null;
    }

    private static List<Line> lines(Diagnosis base, double margin, double sum) {
        Map<Dimension, Double> shortfallPerWeight = new EnumMap<>(Dimension.class);
        base.dimensions().forEach((d, score) -> {
            if (score.sufficient()) {
                shortfallPerWeight.put(d, 1 - score.score());
            }
        });
        List<Line> lines = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            double[] n = new double[3];
            n[d.ordinal()] = 1;
            line(n, 0, sum).ifPresent(lines::add);
        }
        List<Dimension> scored = new ArrayList<>(shortfallPerWeight.keySet());
        for (int i = 0; i < scored.size(); i++) {
            for (int j = i + 1; j < scored.size(); j++) {
                double[] n = new double[3];
                n[scored.get(i).ordinal()] = shortfallPerWeight.get(scored.get(i));
                n[scored.get(j).ordinal()] = -shortfallPerWeight.get(scored.get(j));
                for (double c : new double[] {0, margin, -margin}) {
                    line(n, c, sum).ifPresent(lines::add);
                }
            }
        }
        return lines;
    }

    /** The line n·w = c in the plane Σw = sum, or none when n is parallel to that plane's normal (no line). */
    private static java.util.Optional<Line> line(double[] n, double c, double sum) {
        double[] one = {1, 1, 1};
        double[] direction = cross(n, one);
        if (norm(direction) < 1e-12) {
            return java.util.Optional.empty();
        }
        // the point of the line nearest the origin: α·n + β·1, solving n·w = c and 1·w = sum
        double nn = dot(n, n);
        double n1 = dot(n, one);
        double det = nn * 3 - n1 * n1;
        double alpha = (c * 3 - n1 * sum) / det;
        double beta = (nn * sum - n1 * c) / det;
        double[] point = {alpha * n[0] + beta, alpha * n[1] + beta, alpha * n[2] + beta};
        double length = norm(direction);
        return java.util.Optional.of(new Line(n, c, point, new double[] {direction[0] / length, direction[1] / length,
                direction[2] / length}));
    }

    /** The breakpoints of the L1 distance from {@code current} along the part of {@code line} inside the simplex. */
    private static List<double[]> breakpoints(Line line, List<Line> lines, double[] current) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 3; k++) { // point_k + t·direction_k ≥ 0
            double p = line.point()[k];
            double d = line.direction()[k];
            if (Math.abs(d) < 1e-15) {
                if (p < -ON_LINE) {
                    return List.of();
                }
            } else if (d > 0) {
                low = Math.max(low, -p / d);
            } else {
                high = Math.min(high, -p / d);
            }
        }
        if (low > high + ON_LINE) {
            return List.of();
        }
        List<Double> ts = new ArrayList<>(List.of(low, high));
        for (int k = 0; k < 3; k++) {
            if (Math.abs(line.direction()[k]) > 1e-15) {
                ts.add((current[k] - line.point()[k]) / line.direction()[k]);
            }
        }
        for (Line other : lines) {
            double along = dot(other.normal(), line.direction());
            if (other != line && Math.abs(along) > 1e-12) {
                ts.add(-other.offset(line.point()) / along);
            }
        }
        List<double[]> points = new ArrayList<>();
        for (double t : ts) {
            if (t >= low - ON_LINE && t <= high + ON_LINE) {
                double[] p = line.at(Math.min(Math.max(t, low), high));
                for (int k = 0; k < 3; k++) { // rounding noise must not hide a weight left as it was, or one gone to 0
                    p[k] = Math.abs(p[k] - current[k]) < SNAP ? current[k] : p[k] < SNAP ? 0 : p[k];
                }
                points.add(p);
            }
        }
        return points;
    }

    /**
     * The label just past {@code p}, if it differs from {@code binding}: first straight on from the firm's weights, then
     * into each sector between the lines through {@code p}, then along each of them, then at {@code p} itself.
     */
    private static String confirm(Probe probe, double[] p, double[] current, List<Line> lines, String binding) {
        List<double[]> probes = new ArrayList<>();
        double[] onward = minus(p, current);
        if (norm(onward) > 0) {
            probes.add(step(p, onward));
        }
        List<Double> angles = new ArrayList<>();
        for (Line line : lines) {
            if (line.through(p)) {
                double angle = angle(line.direction());
                angles.add(angle);
                angles.add(angle + Math.PI);
            }
        }
        angles.replaceAll(a -> Math.floorMod(Math.round(a * 1e12), Math.round(2 * Math.PI * 1e12)) / 1e12);
        angles.sort(Comparator.naturalOrder());
        for (int i = 0; i < angles.size(); i++) {
            double from = angles.get(i);
            double to = i + 1 < angles.size() ? angles.get(i + 1) : angles.get(0) + 2 * Math.PI;
            if (to - from > 1e-9) {
                probes.add(step(p, direction((from + to) / 2)));
            }
            probes.add(step(p, direction(from)));
        }
        if (angles.isEmpty()) { // not on a line after all: look around it
            for (int i = 0; i < 6; i++) {
                probes.add(step(p, direction(i * Math.PI / 3)));
            }
        }
        probes.add(p);
        for (double[] w : probes) {
            if (w == null) {
                continue;
            }
            String label = probe.label(w);
            if (!label.equals(binding)) {
                return label;
            }
        }
        return null;
    }

    /** {@code p} moved {@link #PROBE} along {@code direction} within the plane, or {@code null} outside the simplex. */
    private static double[] step(double[] p, double[] direction) {
        double length = norm(direction);
        double[] w = new double[3];
        for (int k = 0; k < 3; k++) {
            w[k] = p[k] + PROBE * direction[k] / length;
            if (w[k] < 0 || w[k] > 1) {
                return null;
            }
        }
        return w;
    }

    // a basis of the plane Σw = const: the angle of a direction in it, and the direction of an angle
    private static final double[] E1 = {1 / Math.sqrt(2), -1 / Math.sqrt(2), 0};
    private static final double[] E2 = {1 / Math.sqrt(6), 1 / Math.sqrt(6), -2 / Math.sqrt(6)};

    private static double angle(double[] direction) {
        return Math.atan2(dot(direction, E2), dot(direction, E1));
    }

    private static double[] direction(double angle) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        return new double[] {c * E1[0] + s * E2[0], c * E1[1] + s * E2[1], c * E1[2] + s * E2[2]};
    }

    // ------------------------------------------------------------------------------------------ the grid

    private static List<Region> grid(Probe probe, double step) {
        if (step <= 0) {
            return List.of();
        }
        int n = (int) Math.round(1 / step);
        if (n < 1 || Math.abs(n * step - 1) > 1e-9) {
            throw new IllegalArgumentException("the grid step must divide 1, got " + step);
        }
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            for (int j = 0; i + j <= n; j++) {
                double[] w = {(double) i / n, (double) j / n, (double) (n - i - j) / n};
                regions.add(new Region(weights(w), probe.label(w)));
            }
        }
        return regions;
    }

    /** Diagnoses the assessment at given weights, once per weight vector. */
    private static final class Probe {
        private final Diagnostician diagnostician;
        private final Assessment assessment;
        private final Map<List<Double>, String> labels = new HashMap<>();

        Probe(Diagnostician diagnostician, Assessment assessment) {
            this.diagnostician = diagnostician;
            this.assessment = assessment;
        }

        String label(double[] w) {
            return labels.computeIfAbsent(List.of(w[0], w[1], w[2]), k -> labelAt(diagnostician, assessment, weights(w)));
        }
    }

    // ------------------------------------------------------------------------------------------ vectors

    private static Weights weights(double[] w) {
        return new Weights(w[0], w[1], w[2]);
    }

    private static double l1(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] minus(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
