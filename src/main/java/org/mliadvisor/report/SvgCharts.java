package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.GapSeverity;
import org.mliadvisor.diagnosis.IndicatorScore;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.RoadmapPlanStep;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.IndicatorDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report's charts as inline SVG, drawn from the diagnosis: the MLI gauge, the S/T/R radar
 * against the target profile, indicator bars, the KPI chart and the roadmap Gantt chart. Every
 * coordinate and data value is written with a decimal point whatever the report's language, and
 * every text goes through {@link Markup#escape}.
 */
final class SvgCharts {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ";
    private static final String INK = "#1f2a44";
    private static final String MUTED = "#8a94a6";
    private static final String GRID = "#d5dae3";
    private static final String ACCENT = "#1c6dd0";
    private static final String TARGET = "#e07b00";
    private static final Map<GapSeverity, String> SEVERITY_COLOURS = Map.of(GapSeverity.ON_TARGET, "#2e8540",
            GapSeverity.MINOR, "#8fb339", GapSeverity.MODERATE, "#e0a100", GapSeverity.SEVERE, "#c8102e");

    /** The charts' own CSS, appended to the report's style. */
    static final String STYLE = "";

    private final Wording words;

    SvgCharts(Wording words) {
        this.words = words;
    }

    /** A number for SVG: at most {@code decimals} places, a decimal point, no grouping, whatever the locale. */
    static String n(double value, int decimals) {
        return Numbers.format(value, decimals);
    }

    private static String n(double value) {
        return n(value, 2);
    }

    private static String text(double x, double y, String anchor, String style, String content) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" " + style + ">"
                + Markup.escape(content) + "</text>";
    }

    /** A half-circle gauge of the MLI from 0 to 100. */
    String gauge(Double mli) {
        double cx = 120;
        double cy = 110;
        double r = 90;
        StringBuilder svg = new StringBuilder(SVG).append("id=\"gauge\" viewBox=\"0 0 240 135\" width=\"240\" height=\"135\" ")
                .append("data-value=\"").append(mli == null ? "" : n(mli * 100, 1)).append("\" aria-label=\"")
                .append(Markup.escape(words.text("summary.mli"))).append("\">");
        svg.append("<path d=\"").append(arc(cx, cy, r, 0, 1)).append("\" fill=\"none\" stroke=\"").append(GRID)
                .append("\" stroke-width=\"18\"/>");
        if (mli != null && mli > 0) {
            svg.append("<path class=\"gauge-value\" d=\"").append(arc(cx, cy, r, 0, mli)).append("\" fill=\"none\" stroke=\"")
                    .append(ACCENT).append("\" stroke-width=\"18\"/>");
        }
        svg.append(text(cx, cy - 12, "middle", "font-size=\"34\" font-weight=\"bold\" fill=\"" + INK + "\"",
                mli == null ? "–" : words.number(mli * 100, 1)));
        svg.append(text(cx, cy + 14, "middle", "font-size=\"12\" fill=\"" + MUTED + "\"", "/ 100"));
        svg.append(text(cx - r, cy + 20, "middle", "font-size=\"10\" fill=\"" + MUTED + "\"", "0"));
        svg.append(text(cx + r, cy + 20, "middle", "font-size=\"10\" fill=\"" + MUTED + "\"", "100"));
        return svg.append("</svg>").toString();
    }

    /** An arc of the upper half circle from share {@code from} to share {@code to} (0 = left, 1 = right). */
    private static String arc(double cx, double cy, double r, double from, double to) {
        double a0 = Math.PI * (1 - from);
        double a1 = Math.PI * (1 - to);
        return "M " + n(cx + r * Math.cos(a0)) + " " + n(cy - r * Math.sin(a0)) + " A " + n(r) + " " + n(r) + " 0 0 1 "
                + n(cx + r * Math.cos(a1)) + " " + n(cy - r * Math.sin(a1));
    }

    /** The point at {@code value} (0..1) along the radar axis of {@code dimension}: S up, T lower right, R lower left. */
    private static double[] radarPoint(Dimension dimension, double value, double cx, double cy, double r) {
        double angle = Math.toRadians(-90 + 120 * dimension.ordinal());
        return new double[] {cx + r * value * Math.cos(angle), cy + r * value * Math.sin(angle)};
    }

    /** A radar of the S, T and R scores with the knowledge base's target profile; a dimension without evidence has no point. */
    String radar(Diagnosis d) {
        double cx = 260;
        double cy = 150;
        double r = 110;
        StringBuilder svg = new StringBuilder(SVG).append("id=\"radar\" viewBox=\"0 0 520 300\" width=\"520\" height=\"300\" ")
                .append("data-cx=\"").append(n(cx)).append("\" data-cy=\"").append(n(cy)).append("\" data-radius=\"")
                .append(n(r)).append("\" aria-label=\"").append(Markup.escape(words.text("chart.radar.caption"))).append("\">");
        for (double ring : new double[] {0.25, 0.5, 0.75, 1}) {
            svg.append("<polygon points=\"").append(polygon(dim -> ring, cx, cy, r)).append("\" fill=\"none\" stroke=\"")
                    .append(GRID).append("\" stroke-width=\"1\"/>");
        }
        for (Dimension dim : Dimension.values()) {
            double[] end = radarPoint(dim, 1, cx, cy, r);
            DimensionScore score = d.dimensions().get(dim);
            svg.append("<line class=\"axis\" data-dimension=\"").append(dim).append("\" x1=\"").append(n(cx)).append("\" y1=\"")
                    .append(n(cy)).append("\" x2=\"").append(n(end[0])).append("\" y2=\"").append(n(end[1]))
                    .append("\" stroke=\"").append(MUTED).append("\" stroke-width=\"1\"/>");
            double[] label = radarPoint(dim, 1.13, cx, cy, r);
            String anchor = dim == Dimension.S ? "middle" : dim == Dimension.T ? "start" : "end";
            double dy = dim == Dimension.S ? -6 : 14;
            svg.append(text(label[0], label[1] + dy, anchor, "font-size=\"12\" font-weight=\"bold\" fill=\"" + INK + "\"",
                    dim + " · " + words.text("dimension.short." + dim.name())));
            svg.append(text(label[0], label[1] + dy + 14, anchor, "font-size=\"11\" fill=\"" + MUTED + "\"",
                    score.sufficient() ? words.number(score.score(), 2) : words.text("scores.insufficient")));
        }
        svg.append("<polygon class=\"target\" points=\"")
                .append(polygon(dim -> d.dimensions().get(dim).definition().targetScore(), cx, cy, r))
                .append("\" fill=\"none\" stroke=\"").append(TARGET).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        List<Dimension> scored = java.util.Arrays.stream(Dimension.values()).filter(dim -> d.dimensions().get(dim).sufficient())
                .toList();
        if (scored.size() >= 2) {
            String points = scored.stream().map(dim -> point(radarPoint(dim, d.dimensions().get(dim).score(), cx, cy, r)))
                    .collect(Collectors.joining(" "));
            svg.append("<polygon class=\"actual\" points=\"").append(points).append("\" fill=\"").append(ACCENT)
                    .append("\" fill-opacity=\"0.25\" stroke=\"").append(ACCENT).append("\" stroke-width=\"2\"/>");
        }
        for (Dimension dim : scored) {
            double value = d.dimensions().get(dim).score();
            double[] p = radarPoint(dim, value, cx, cy, r);
            svg.append("<circle class=\"point\" data-dimension=\"").append(dim).append("\" data-value=\"").append(n(value, 4))
                    .append("\" cx=\"").append(n(p[0])).append("\" cy=\"").append(n(p[1])).append("\" r=\"4\" fill=\"")
                    .append(ACCENT).append("\"/>");
        }
        svg.append(legend(12, 282, ACCENT, false, words.text("chart.radar.actual")));
        svg.append(legend(150, 282, TARGET, true, words.text("chart.radar.target")));
        return svg.append("</svg>").toString();
    }

    private static String legend(double x, double y, String colour, boolean dashed, String label) {
        return "<line x1=\"" + n(x) + "\" y1=\"" + n(y - 4) + "\" x2=\"" + n(x + 22) + "\" y2=\"" + n(y - 4) + "\" stroke=\""
                + colour + "\" stroke-width=\"2\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>"
                + text(x + 28, y, "start", "font-size=\"11\" fill=\"" + INK + "\"", label);
    }

    private static String polygon(Function<Dimension, Double> value, double cx, double cy, double r) {
        List<String> points = new ArrayList<>();
        for (Dimension dim : Dimension.values()) {
            points.add(point(radarPoint(dim, value.apply(dim), cx, cy, r)));
        }
        return String.join(" ", points);
    }

    private static String point(double[] xy) {
        return n(xy[0]) + "," + n(xy[1]);
    }

    /** One dimension's indicators as bars of their 0..1 scores; an unanswered indicator is an empty dashed bar. */
    String indicatorBars(Dimension dimension, List<IndicatorScore> answered, List<IndicatorDefinition> unanswered) {
        int rows = answered.size() + unanswered.size();
        double labelWidth = 400;
        double barWidth = 190;
        double rowHeight = 26;
        double height = rows * rowHeight + 8;
        StringBuilder svg = new StringBuilder(SVG).append("class=\"indicator-bars\" data-dimension=\"").append(dimension)
                .append("\" viewBox=\"0 0 680 ").append(n(height)).append("\" width=\"680\" height=\"").append(n(height))
                .append("\" aria-label=\"").append(Markup.escape(words.dimension(dimension))).append("\">");
        double y = 4;
        for (IndicatorScore s : answered) {
            svg.append(text(labelWidth - 8, y + 16, "end", "font-size=\"10\" fill=\"" + INK + "\"",
                    clip(s.definition().name().in(words.language()), 64)));
            svg.append("<rect x=\"").append(n(labelWidth)).append("\" y=\"").append(n(y + 4)).append("\" width=\"")
                    .append(n(barWidth)).append("\" height=\"16\" fill=\"").append(GRID).append("\"/>");
            svg.append("<rect class=\"bar\" data-indicator=\"").append(Markup.escape(s.indicatorId())).append("\" data-value=\"")
                    .append(n(s.score(), 4)).append("\" x=\"").append(n(labelWidth)).append("\" y=\"").append(n(y + 4))
                    .append("\" width=\"").append(n(barWidth * s.score())).append("\" height=\"16\" fill=\"").append(ACCENT)
                    .append("\"/>");
            svg.append(text(labelWidth + barWidth + 8, y + 16, "start", "font-size=\"11\" fill=\"" + INK + "\"",
                    words.number(s.score(), 2)));
            y += rowHeight;
        }
        for (IndicatorDefinition i : unanswered) {
            svg.append(text(labelWidth - 8, y + 16, "end", "font-size=\"10\" fill=\"" + MUTED + "\"",
                    clip(i.name().in(words.language()), 64)));
            svg.append("<rect class=\"bar unanswered\" data-indicator=\"").append(Markup.escape(i.id())).append("\" x=\"")
                    .append(n(labelWidth)).append("\" y=\"").append(n(y + 4)).append("\" width=\"").append(n(barWidth))
                    .append("\" height=\"16\" fill=\"none\" stroke=\"").append(MUTED).append("\" stroke-dasharray=\"4 3\"/>");
            svg.append(text(labelWidth + barWidth + 8, y + 16, "start", "font-size=\"11\" font-style=\"italic\" fill=\""
                    + MUTED + "\"", words.text("indicator.notAnswered")));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Each reported KPI's attainment of its target, direction-aware: actual ÷ target when higher is
     * better, target ÷ actual when lower is better, so a longer bar always reads as closer to target.
     */
    String kpiChart(List<KpiGap> gaps) {
        double labelWidth = 230;
        double barWidth = 300;
        double rowHeight = 34;
        double max = 1.25;
        double height = gaps.size() * rowHeight + 24;
        StringBuilder svg = new StringBuilder(SVG).append("id=\"kpi-chart\" viewBox=\"0 0 680 ").append(n(height))
                .append("\" width=\"680\" height=\"").append(n(height)).append("\" aria-label=\"")
                .append(Markup.escape(words.text("chart.kpi.caption"))).append("\">");
        double targetX = labelWidth + barWidth / max;
        double y = 4;
        for (KpiGap g : gaps) {
            double attainment = g.better() == Direction.HIGHER ? g.actual() / g.target()
                    : g.actual() <= 0 ? max : g.target() / g.actual();
            double shown = Math.max(0, Math.min(max, attainment));
            svg.append(text(labelWidth - 8, y + 13, "end", "font-size=\"11\" fill=\"" + INK + "\"",
                    clip(g.name().in(words.language()), 40)));
            svg.append(text(labelWidth - 8, y + 26, "end", "font-size=\"10\" fill=\"" + MUTED + "\"",
                    words.number(g.actual(), 2) + " / " + words.number(g.target(), 2) + " · "
                            + words.text("kpi.better") + ": " + words.text("kpi.better." + g.better().name())));
            svg.append("<rect x=\"").append(n(labelWidth)).append("\" y=\"").append(n(y + 5)).append("\" width=\"")
                    .append(n(barWidth)).append("\" height=\"18\" fill=\"#f0f2f6\"/>");
            svg.append("<rect class=\"kpi-bar\" data-kpi=\"").append(Markup.escape(g.kpiId())).append("\" data-attainment=\"")
                    .append(n(attainment, 4)).append("\" x=\"").append(n(labelWidth)).append("\" y=\"").append(n(y + 5))
                    .append("\" width=\"").append(n(barWidth * shown / max)).append("\" height=\"18\" fill=\"")
                    .append(SEVERITY_COLOURS.get(g.severity())).append("\"/>");
            svg.append(text(labelWidth + barWidth + 8, y + 18, "start", "font-size=\"11\" fill=\"" + INK + "\"",
                    g.gap() <= 0 ? words.text("chart.kpi.onTarget") : words.text("chart.kpi.short", words.percent(g.gap()))));
            y += rowHeight;
        }
        svg.append("<line x1=\"").append(n(targetX)).append("\" y1=\"2\" x2=\"").append(n(targetX)).append("\" y2=\"")
                .append(n(y)).append("\" stroke=\"").append(TARGET).append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
        svg.append(text(targetX, y + 14, "middle", "font-size=\"10\" fill=\"" + TARGET + "\"", words.text("kpi.target")));
        return svg.append("</svg>").toString();
    }

    /** The roadmap's steps over its weeks, each followed by the recommended interventions placed on it. */
    String gantt(List<RoadmapPlanStep> steps, List<Recommendation> recommendations, int totalWeeks) {
        double labelWidth = 330;
        double chartWidth = 380;
        double week = chartWidth / totalWeeks;
        double rowHeight = 22;
        int rows = steps.size() + (int) recommendations.stream().filter(Recommendation::firstWave).count();
        double height = rows * rowHeight + 30;
        StringBuilder svg = new StringBuilder(SVG).append("id=\"gantt\" viewBox=\"0 0 ").append(n(labelWidth + chartWidth + 10))
                .append(" ").append(n(height)).append("\" width=\"").append(n(labelWidth + chartWidth + 10)).append("\" height=\"")
                .append(n(height)).append("\" aria-label=\"").append(Markup.escape(words.text("roadmap.weeks"))).append("\">");
        for (int w = 1; w <= totalWeeks; w++) {
            double x = labelWidth + (w - 1) * week;
            svg.append("<line x1=\"").append(n(x)).append("\" y1=\"16\" x2=\"").append(n(x)).append("\" y2=\"").append(n(height))
                    .append("\" stroke=\"").append(GRID).append("\" stroke-width=\"1\"/>");
            svg.append(text(x + week / 2, 12, "middle", "font-size=\"9\" fill=\"" + MUTED + "\"", Integer.toString(w)));
        }
        Map<String, Recommendation> byId = recommendations.stream().collect(Collectors.toMap(Recommendation::id, r -> r));
        double y = 20;
        for (RoadmapPlanStep step : steps) {
            double x = labelWidth + (step.fromWeek() - 1) * week;
            double width = (step.toWeek() - step.fromWeek() + 1) * week;
            svg.append(text(labelWidth - 8, y + 14, "end", "font-size=\"10\" font-weight=\"bold\" fill=\"" + INK + "\"",
                    step.step() + ". " + clip(step.title().in(words.language()), 46)));
            svg.append("<rect class=\"step\" data-step=\"").append(step.step()).append("\" data-from=\"").append(step.fromWeek())
                    .append("\" data-to=\"").append(step.toWeek()).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y + 3))
                    .append("\" width=\"").append(n(width)).append("\" height=\"15\" rx=\"3\" fill=\"").append(INK).append("\"/>");
            y += rowHeight;
            for (String id : step.recommendations()) {
                Recommendation r = byId.get(id);
                double barX = labelWidth + (r.fromWeek() - 1) * week;
                double barWidth = (Math.min(r.toWeek(), totalWeeks) - r.fromWeek() + 1) * week;
                svg.append(text(labelWidth - 8, y + 13, "end", "font-size=\"10\" fill=\"" + INK + "\"",
                        "#" + r.rank() + " " + clip(r.title().in(words.language()), 52)));
                svg.append("<rect class=\"intervention\" data-intervention=\"").append(Markup.escape(id)).append("\" x=\"")
                        .append(n(barX)).append("\" y=\"").append(n(y + 5)).append("\" width=\"").append(n(barWidth))
                        .append("\" height=\"11\" rx=\"2\" fill=\"").append(r.onBindingConstraint() ? ACCENT : "#7fa7dc")
                        .append("\"/>");
                y += rowHeight;
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Long labels are cut with an ellipsis so a chart keeps its layout; the full text is in the tables. */
    private static String clip(String label, int max) {
        return label.codePointCount(0, label.length()) <= max ? label
                : label.substring(0, label.offsetByCodePoints(0, max - 1)).strip() + "…";
    }
}
