package org.mliadvisor.diagnosis;

import org.mliadvisor.assessment.Assessment;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Weights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How far one firm's binding constraint holds as the index weights move over the whole weight simplex.
 *
 * @param binding      the binding label at the firm's weights: "S", "T", "R", "S+T" for a joint constraint, or "none"
 * @param weights      the firm's weights (its own, else the knowledge base's defaults)
 * @param stableWithin the least L1 change of the weights that changes the label; {@code null} when none does
 * @param flipsTo      the label it changes to there; {@code null} when none
 * @param at           the weights where it changes; {@code null} when none
 * @param regions      the simplex divided into polygons, each with the one label it has inside, for a ternary chart;
 *                     empty when they were not asked for
 * @param compared     the shortfall per unit of weight, 1 − score, of each dimension whose weighted shortfall the rules
 *                     compare (enough evidence, below target); empty when a gate decides, for gates read no weight
 * @param margin       the knowledge base's near-tie margin, the other offset of the rules' comparisons
 * @param cells        how many pieces the lines of those comparisons cut the simplex into where the rules make them,
 *                     each labelled by one diagnosis inside it
 */
public record WeightRobustness(String binding, Weights weights, Double stableWithin, String flipsTo, Weights at,
                               List<Region> regions, Map<Dimension, Double> compared, double margin, int cells) {

    /** The label of a firm with no binding constraint. */
    public static final String NONE = "none";
    /**
     * How far past a boundary the label is confirmed: well above the rules' rounding of shortfalls to 1e-9 and their
     * {@link Numbers#EPSILON}, so the probe lands in the next cell, and far below any margin a knowledge base sets.
     */
    static final double PROBE = 1e-6;
    private static final double ON_LINE = 1e-9;
    private static final double SNAP = 1e-12;
    /** A cell thinner than this (in squared weight) is a sliver of rounding where lines meet, not a region. */
    private static final double LEAST_AREA = 1e-12;

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
        if (cells < 1 || regions.size() > cells) {
            throw new IllegalArgumentException("the simplex is at least one cell, and each region at least one of them");
        }
        compared = Collections.unmodifiableMap(compared.isEmpty() ? Map.of() : new EnumMap<>(compared));
        if (compared.values().stream().anyMatch(a -> !(a > 0 && a <= 1)) || !(margin >= 0)) {
            throw new IllegalArgumentException("a compared dimension falls short by a share of 0..1, and the margin is 0 or more");
        }
    }

    /** The binding label over one convex or merged polygon of the weight simplex, its corners in order. */
    public record Region(String binding, List<Weights> polygon) {
        public Region {
            Objects.requireNonNull(binding, "binding");
            polygon = List.copyOf(polygon);
            if (polygon.size() < 3) {
                throw new IllegalArgumentException("a region has at least three corners");
            }
        }

        /** The region's share of the weight triangle (0..1). */
        public double share() {
            double twice = 0;
            for (int i = 0; i < polygon.size(); i++) {
                Weights a = polygon.get(i);
                Weights b = polygon.get((i + 1) % polygon.size());
                twice += a.s() * b.t() - b.s() * a.t();
            }
            // seen with S right and T up, the triangle's area is ½ and a region's a fixed share of its own
            return Math.abs(twice);
        }
    }

    /**
     * One line along which the rules' comparison of two weighted shortfalls changes its outcome:
     * {@code firstPerWeight}·w_first − {@code secondPerWeight}·w_second = {@code offset}.
     */
    public record Boundary(Dimension first, double firstPerWeight, Dimension second, double secondPerWeight, double offset) {
        public Boundary {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            if (first.compareTo(second) >= 0) {
                throw new IllegalArgumentException("a boundary compares two dimensions, in their order");
            }
        }
    }

    /** The robustness of {@code assessment}'s binding constraint with its regions, from a diagnosis of it made here. */
    public static WeightRobustness of(Diagnostician diagnostician, Assessment assessment) {
        return of(diagnostician, assessment, diagnostician.diagnose(assessment), true);
    }

    /**
     * The robustness of {@code assessment}'s binding constraint; {@code base} is {@code diagnostician}'s diagnosis of it.
     * Every label comes from running {@code diagnostician}'s rules on a copy of the assessment with its own weights
     * replaced ({@link Diagnostician#binding}), so gates and KPI evidence decide as they do in a diagnosis: one run inside
     * each piece of the simplex that the rules' comparisons divide it into (but the firm's own), and one just past the
     * nearest flip. Without {@code withRegions} only the pieces nearer than the nearest flip are labelled, and
     * {@link #regions} is empty.
     */
    public static WeightRobustness of(Diagnostician diagnostician, Assessment assessment, Diagnosis base,
                                      boolean withRegions) {
        Weights w0 = base.weights().weights();
        String binding = label(base.binding());
        double margin = diagnostician.knowledgeBase().method().nearTieMargin();
        Map<Dimension, Double> compared = compared(base);
        double[] current = {w0.s(), w0.t(), w0.r()};
        double sum = current[0] + current[1] + current[2];
        List<Line> lines = lines(boundaries(compared, margin), sum);
        Probe probe = new Probe(diagnostician, assessment);
        List<Cell> cells = pieces(cells(lines, sum), lines, compared, margin);
        knownAt(cells, current).ifPresent(cell -> probe.know(cell.labelledAt(), binding));
        Flip flip = nearestFlip(probe, cells, lines, compared.keySet(), current, binding);
        return new WeightRobustness(binding, w0, flip == null ? null : flip.distance, flip == null ? null : flip.label,
                flip == null ? null : weights(flip.point), withRegions ? regions(cells, probe) : List.of(), compared, margin,
                (int) cells.stream().map(Cell::labelledAt).distinct().count());
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

    /** The lines of the rules' comparisons: for each pair of compared dimensions, equal shortfalls and ± the margin apart. */
    public List<Boundary> boundaries() {
        return boundaries(compared, margin);
    }

    /** The dimensions whose weights are higher at the flip than the firm's, in S, T, R order; none without a flip. */
    public List<Dimension> rising() {
        return changed(1);
    }

    /** The dimensions whose weights are lower at the flip than the firm's, in S, T, R order; none without a flip. */
    public List<Dimension> falling() {
        return changed(-1);
    }

    private List<Dimension> changed(int sign) {
        List<Dimension> changed = new ArrayList<>();
        if (flips()) {
            for (Dimension d : Dimension.values()) {
                if (sign * (at.of(d) - weights.of(d)) > ON_LINE) {
                    changed.add(d);
                }
            }
        }
        return changed;
    }

    /**
     * The result in English, with the dimensions' letters and the weights as shares: "T stays binding unless S's weight
     * rises above 0.52 (from 0.48) at T's expense; then S binds." It names the weights that rise on the way to the
     * nearest flip (one, or the pair) and those they are taken from, as they are at the flip. Reports word it in their
     * own language.
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
        List<Dimension> rising = rising();
        List<Dimension> falling = falling();
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

    // ------------------------------------------------------------------------------------------ the rules' lines

    /**
     * Each dimension whose weight the binding rules read, with its shortfall per unit of weight: those with enough evidence
     * below their target (one at target never binds, whatever its weight), and none when a gate decides, for a gate
     * reads the answers and holds whatever the weights.
     */
    private static Map<Dimension, Double> compared(Diagnosis base) {
        Map<Dimension, Double> compared = new EnumMap<>(Dimension.class);
        if (base.binding().basis() != BindingBasis.GATE) {
            base.shortfalls().forEach((d, s) -> {
                if (s.belowTarget()) {
                    compared.put(d, 1 - s.score());
                }
            });
        }
        return compared;
    }

    private static List<Boundary> boundaries(Map<Dimension, Double> compared, double margin) {
        List<Dimension> dims = new ArrayList<>(compared.keySet());
        List<Boundary> boundaries = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            for (int j = i + 1; j < dims.size(); j++) {
                for (double c : margin > 0 ? new double[] {0, margin, -margin} : new double[] {0}) {
                    boundaries.add(new Boundary(dims.get(i), compared.get(dims.get(i)), dims.get(j), compared.get(dims.get(j)), c));
                }
            }
        }
        return boundaries;
    }

    /** A line n·w = c of the plane w_S + w_T + w_R = sum, through {@code point} along {@code direction}. */
    private record Line(double[] normal, double c, double[] point, double[] direction, Dimension edge, Boundary boundary) {
        double offset(double[] w) {
            return dot(normal, w) - c;
        }

        /** The signed distance of {@code w} from this line, within the plane. */
        double side(double[] w) {
            return offset(w) / norm(normal);
        }

        /** Whether {@code w} lies on this line, within rounding. */
        boolean through(double[] w) {
            return Math.abs(offset(w)) <= ON_LINE * Math.max(1, norm(normal));
        }

        double[] at(double t) {
            return new double[] {point[0] + t * direction[0], point[1] + t * direction[1], point[2] + t * direction[2]};
        }
    }

    /** The simplex's edges w_d = 0 (remembering which), then the rules' boundaries. */
    private static List<Line> lines(List<Boundary> boundaries, double sum) {
        List<Line> lines = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            double[] n = new double[3];
            n[d.ordinal()] = 1;
            line(n, 0, sum, d, null).ifPresent(lines::add);
        }
        for (Boundary b : boundaries) {
            double[] n = new double[3];
            n[b.first().ordinal()] = b.firstPerWeight();
            n[b.second().ordinal()] = -b.secondPerWeight();
            line(n, b.offset(), sum, null, b).ifPresent(lines::add);
        }
        return lines;
    }

    /** The line n·w = c in the plane Σw = sum, or none when n is parallel to that plane's normal (no line). */
    private static Optional<Line> line(double[] n, double c, double sum, Dimension edge, Boundary boundary) {
        double[] one = {1, 1, 1};
        double[] direction = cross(n, one);
        if (norm(direction) < 1e-12) {
            return Optional.empty();
        }
        // the point of the line nearest the origin: α·n + β·1, solving n·w = c and 1·w = sum
        double nn = dot(n, n);
        double n1 = dot(n, one);
        double det = nn * 3 - n1 * n1;
        double alpha = (c * 3 - n1 * sum) / det;
        double beta = (nn * sum - n1 * c) / det;
        double[] point = {alpha * n[0] + beta, alpha * n[1] + beta, alpha * n[2] + beta};
        double length = norm(direction);
        return Optional.of(new Line(n, c, point, new double[] {direction[0] / length, direction[1] / length,
                direction[2] / length}, edge, boundary));
    }

    // ------------------------------------------------------------------------------------------ the cells

    /**
     * A convex cell of the simplex, corners in counter-clockwise order (seen with S right and T up), its centre, and
     * where the piece of the simplex it belongs to is labelled.
     */
    private record Cell(List<double[]> corners, double[] inside, double[] labelledAt) {
        /** The one label inside the cell, from a diagnosis inside its piece made when first asked for. */
        String label(Probe probe) {
            return probe.label(labelledAt);
        }

        /** Whether {@code w} lies in the cell or within {@code tolerance} of it. */
        boolean contains(double[] w, double tolerance) {
            for (int i = 0; i < corners.size(); i++) {
                double[] a = corners.get(i);
                double[] b = corners.get((i + 1) % corners.size());
                double cross = (b[0] - a[0]) * (w[1] - a[1]) - (b[1] - a[1]) * (w[0] - a[0]);
                if (cross < -tolerance * Math.hypot(b[0] - a[0], b[1] - a[1])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The simplex cut by every line of the rules' comparisons into convex cells: the rules' outcome changes only where
     * one of those comparisons does, so it is one label across a cell.
     */
    private static List<Cell> cells(List<Line> lines, double sum) {
        List<List<double[]>> polygons = new ArrayList<>();
        polygons.add(List.of(new double[] {sum, 0, 0}, new double[] {0, sum, 0}, new double[] {0, 0, sum}));
        for (Line line : lines) {
            if (line.edge() != null) {
                continue; // the simplex's own edges cut nothing
            }
            List<List<double[]>> cut = new ArrayList<>();
            for (List<double[]> polygon : polygons) {
                for (int side : new int[] {-1, 1}) {
                    List<double[]> part = clip(polygon, line, side);
                    if (part.size() >= 3 && area(part) > LEAST_AREA) {
                        cut.add(part);
                    }
                }
            }
            polygons = cut;
        }
        List<Cell> cells = new ArrayList<>();
        for (List<double[]> polygon : polygons) {
            double[] inside = new double[3];
            for (double[] corner : polygon) {
                for (int k = 0; k < 3; k++) {
                    inside[k] += corner[k] / polygon.size();
                }
            }
            cells.add(new Cell(polygon, inside, inside));
        }
        return cells;
    }

    /**
     * The cells grouped into pieces the rules cannot tell apart: two neighbours are one piece where the line between them
     * stands for a comparison the rules do not make there. Equal shortfalls of two dimensions matter only where they are
     * no more than the margin below the third's (else neither leads nor challenges), and one dimension the margin behind
     * another only where that other leads. Each cell is then labelled at the centre of its piece's largest cell.
     */
    private static List<Cell> pieces(List<Cell> cells, List<Line> lines, Map<Dimension, Double> compared, double margin) {
        int[] parent = new int[cells.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<List<Long>, double[]> points = new HashMap<>();
        Map<List<List<Long>>, Integer> sides = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            List<double[]> corners = cells.get(i).corners();
            for (int k = 0; k < corners.size(); k++) {
                double[] a = corners.get(k);
                double[] b = corners.get((k + 1) % corners.size());
                List<Long> from = key(a, points);
                List<Long> to = key(b, points);
                Integer other = sides.get(List.of(to, from));
                if (other == null) {
                    sides.put(List.of(from, to), i);
                } else if (!decided(a, b, lines, compared, margin)) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, Cell> largest = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            largest.merge(root(parent, i), cells.get(i), (x, y) -> area(y.corners()) > area(x.corners()) ? y : x);
        }
        List<Cell> pieces = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            pieces.add(new Cell(cell.corners(), cell.inside(), largest.get(root(parent, i)).inside()));
        }
        return pieces;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Whether the rules make the comparison of a line the side from {@code a} to {@code b} lies on, there; when in doubt
     * (a side on two lines, or near where the comparison starts to count), yes: a piece cut once too often costs only a
     * diagnosis.
     */
    private static boolean decided(double[] a, double[] b, List<Line> lines, Map<Dimension, Double> compared, double margin) {
        double[] middle = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2};
        boolean on = false;
        for (Line line : lines) {
            if (!line.through(a) || !line.through(b)) {
                continue;
            }
            on = true;
            Boundary boundary = line.boundary();
            if (boundary == null || counts(boundary, middle, compared, margin)) {
                return true;
            }
        }
        return !on;
    }

    private static boolean counts(Boundary b, double[] w, Map<Dimension, Double> compared, double margin) {
        Dimension third = Dimension.values()[3 - b.first().ordinal() - b.second().ordinal()];
        Double perWeight = compared.get(third);
        if (perWeight == null) {
            return true; // no third dimension to lead: every comparison of the two counts
        }
        double first = b.firstPerWeight() * w[b.first().ordinal()];
        double second = b.secondPerWeight() * w[b.second().ordinal()];
        double other = perWeight * w[third.ordinal()];
        double doubt = 1e-7;
        if (b.offset() == 0) {
            return first + doubt >= other - margin;
        }
        return (b.offset() > 0 ? first : second) + doubt >= other;
    }

    /**
     * The cell the firm's weights lie inside, clear of every line by more than the rules' rounding: its piece's label is
     * the diagnosis's own, so it needs no diagnosis of its own. None when the weights lie on a line or next to one, where
     * the pieces around may differ.
     */
    private static Optional<Cell> knownAt(List<Cell> cells, double[] w) {
        for (Cell cell : cells) {
            if (cell.contains(w, -PROBE)) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The part of a convex polygon on one side of a line (both parts keep what lies on it); the polygon whole if uncut. */
    private static List<double[]> clip(List<double[]> polygon, Line line, int side) {
        double[] s = new double[polygon.size()];
        boolean below = false;
        boolean above = false;
        for (int i = 0; i < s.length; i++) {
            double d = line.side(polygon.get(i));
            s[i] = Math.abs(d) < SNAP ? 0 : side * d;
            below |= s[i] < 0;
            above |= s[i] > 0;
        }
        if (!below || !above) {
            return above || !below ? polygon : List.of();
        }
        List<double[]> part = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            int next = (i + 1) % s.length;
            if (s[i] >= 0) {
                part.add(polygon.get(i));
            }
            if (s[i] * s[next] < 0) {
                double t = s[i] / (s[i] - s[next]);
                double[] a = polygon.get(i);
                double[] b = polygon.get(next);
                double[] p = new double[3];
                for (int k = 0; k < 3; k++) {
                    p[k] = a[k] + t * (b[k] - a[k]);
                    p[k] = Math.abs(p[k]) < SNAP ? 0 : p[k];
                }
                part.add(p);
            }
        }
        return part;
    }

    /** A polygon's area seen with S right and T up: a fixed share of its area in the simplex. */
    private static double area(List<double[]> polygon) {
        double twice = 0;
        for (int i = 0; i < polygon.size(); i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get((i + 1) % polygon.size());
            twice += a[0] * b[1] - b[0] * a[1];
        }
        return twice / 2;
    }

    /**
     * The cells as regions, neighbours of one label merged into one polygon where their union is a single polygon
     * without holes; otherwise that label's cells stay as they are.
     */
    private static List<Region> regions(List<Cell> cells, Probe probe) {
        Map<String, List<Cell>> byLabel = new LinkedHashMap<>();
        cells.forEach(c -> byLabel.computeIfAbsent(c.label(probe), k -> new ArrayList<>()).add(c));
        List<Region> regions = new ArrayList<>();
        byLabel.forEach((label, group) -> merged(group).ifPresentOrElse(
                outlines -> outlines.forEach(o -> regions.add(new Region(label, o.stream().map(WeightRobustness::weights).toList()))),
                () -> group.forEach(c -> regions.add(new Region(label, c.corners().stream().map(WeightRobustness::weights).toList())))));
        return regions;
    }

    /**
     * The outlines of a union of cells: every side two of them share cancels, and what is left is walked round. Empty
     * when that is not a set of simple counter-clockwise outlines (a hole, or cells meeting at a corner only).
     */
    private static Optional<List<List<double[]>>> merged(List<Cell> group) {
        Map<List<Long>, double[]> points = new HashMap<>();
        Map<List<List<Long>>, Integer> sides = new LinkedHashMap<>();
        for (Cell cell : group) {
            List<double[]> corners = cell.corners();
            for (int i = 0; i < corners.size(); i++) {
                List<Long> a = key(corners.get(i), points);
                List<Long> b = key(corners.get((i + 1) % corners.size()), points);
                if (a.equals(b)) {
                    continue;
                }
                List<List<Long>> reverse = List.of(b, a);
                if (sides.containsKey(reverse)) {
                    sides.remove(reverse);
                } else {
                    sides.merge(List.of(a, b), 1, Integer::sum);
                }
            }
        }
        Map<List<Long>, List<Long>> next = new HashMap<>();
        for (var side : sides.entrySet()) {
            if (side.getValue() != 1 || next.put(side.getKey().get(0), side.getKey().get(1)) != null) {
                return Optional.empty();
            }
        }
        List<List<double[]>> outlines = new ArrayList<>();
        while (!next.isEmpty()) {
            List<Long> start = next.keySet().iterator().next();
            List<double[]> outline = new ArrayList<>();
            for (List<Long> at = start; ; ) {
                outline.add(points.get(at));
                List<Long> to = next.remove(at);
                if (to == null) {
                    return Optional.empty();
                }
                if (to.equals(start)) {
                    break;
                }
                at = to;
            }
            outline = withoutStraightCorners(outline);
            if (outline.size() < 3 || area(outline) <= 0) {
                return Optional.empty(); // a hole's outline runs clockwise
            }
            outlines.add(outline);
        }
        return Optional.of(outlines);
    }

    /** A corner rounded to a grid far finer than any cell, so two cells' copies of it are one point. */
    private static List<Long> key(double[] corner, Map<List<Long>, double[]> points) {
        List<Long> key = List.of(Math.round(corner[0] / ON_LINE), Math.round(corner[1] / ON_LINE));
        points.putIfAbsent(key, corner);
        return key;
    }

    private static List<double[]> withoutStraightCorners(List<double[]> outline) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            double[] a = outline.get((i + outline.size() - 1) % outline.size());
            double[] b = outline.get(i);
            double[] c = outline.get((i + 1) % outline.size());
            double cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
            if (Math.abs(cross) > ON_LINE * ON_LINE) {
                kept.add(b);
            }
        }
        return kept;
    }

    // ------------------------------------------------------------------------------------------ the exact flip

    private record Flip(double[] point, double distance, String label) {
    }

    /**
     * The nearest weights (L1) where the label changes. The label is constant inside each cell, so the nearest point of
     * another-labelled cell lies on a segment of one of the lines, and the L1 distance, piecewise linear and convex along
     * a segment, is least at one of its breakpoints: where the line meets another line or the simplex's edge, or where
     * one weight equals the firm's. Those candidates are tried nearest first. Past each, the cells around it tell the
     * label; on a line inside the simplex the rules decide as on one side of it, but where a compared dimension's weight
     * is 0 its shortfall is nothing and the label may be another, so there the edge itself and its corners are
     * diagnosed. A change is confirmed by diagnosing just past it.
     */
    private static Flip nearestFlip(Probe probe, List<Cell> cells, List<Line> lines, java.util.Set<Dimension> compared,
                                    double[] current, String binding) {
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
            String label = past(probe, p, current, cells, lines, compared, binding);
            if (label != null) {
                return new Flip(p, Numbers.exact(l1(p, current)), label);
            }
        }
        return null;
    }

    /**
     * The label just past {@code p}, if it differs from {@code binding}: first straight on from the firm's weights, then
     * into each cell around {@code p}, then, where a compared dimension's weight is 0 at {@code p}, along that edge and at
     * {@code p} itself.
     */
    private static String past(Probe probe, double[] p, double[] current, List<Cell> cells, List<Line> lines,
                               java.util.Set<Dimension> compared, String binding) {
        double[] onward = minus(p, current);
        if (norm(onward) > 0) {
            double[] ahead = step(p, onward, PROBE);
            if (ahead != null) {
                for (Cell cell : cells) {
                    if (cell.contains(ahead, SNAP)) {
                        String label = confirmed(probe, cell.label(probe), ahead, binding);
                        if (label != null) {
                            return label;
                        }
                        break;
                    }
                }
            }
        }
        for (Cell cell : cells) {
            if (cell.contains(p, ON_LINE)) {
                double[] towards = minus(cell.inside(), p);
                String label = confirmed(probe, cell.label(probe), step(p, towards, Math.min(PROBE, norm(towards) / 2)),
                        binding);
                if (label != null) {
                    return label;
                }
            }
        }
        for (Line edge : lines) {
            if (edge.edge() != null && compared.contains(edge.edge()) && edge.through(p)) {
                for (int sign : new int[] {1, -1}) {
                    double[] along = step(p, new double[] {sign * edge.direction()[0], sign * edge.direction()[1],
                            sign * edge.direction()[2]}, PROBE);
                    if (along != null) {
                        along[edge.edge().ordinal()] = 0; // on the edge exactly, where the weight is gone
                        String label = probe.label(along);
                        if (!label.equals(binding)) {
                            return label;
                        }
                    }
                }
                String label = probe.label(p);
                if (!label.equals(binding)) {
                    return label;
                }
            }
        }
        return null;
    }

    /** The diagnostician's label at {@code w} inside a cell, when the cell's label says it differs from {@code binding}. */
    private static String confirmed(Probe probe, String cellLabel, double[] w, String binding) {
        if (w == null || cellLabel.equals(binding)) {
            return null;
        }
        String label = probe.label(w);
        return label.equals(binding) ? null : label;
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

    /** {@code p} moved {@code length} along {@code direction} within the plane, or {@code null} outside the simplex. */
    private static double[] step(double[] p, double[] direction, double length) {
        double norm = norm(direction);
        if (norm == 0) {
            return null;
        }
        double[] w = new double[3];
        for (int k = 0; k < 3; k++) {
            w[k] = p[k] + length * direction[k] / norm;
            if (w[k] < 0 || w[k] > 1) {
                return null;
            }
        }
        return w;
    }

    /** The binding label of the assessment at given weights, once per weight vector. */
    private static final class Probe {
        private final Diagnostician diagnostician;
        private final Assessment assessment;
        private final Map<List<Double>, String> labels = new HashMap<>();

        Probe(Diagnostician diagnostician, Assessment assessment) {
            this.diagnostician = diagnostician;
            this.assessment = assessment;
        }

        String label(double[] w) {
            return labels.computeIfAbsent(List.of(w[0], w[1], w[2]),
                    k -> WeightRobustness.label(diagnostician.binding(assessment.withOwnWeights(weights(w)))));
        }

        /** Records a label already known at {@code w}. */
        void know(double[] w, String label) {
            labels.put(List.of(w[0], w[1], w[2]), label);
        }
    }

    // ------------------------------------------------------------------------------------------ vectors

    private static Weights weights(double[] w) {
        return new Weights(Math.max(0, w[0]), Math.max(0, w[1]), Math.max(0, w[2]));
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
