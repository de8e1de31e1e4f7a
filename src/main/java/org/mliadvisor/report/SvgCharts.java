package org.mliadvisor.report;

import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.diagnosis.DimensionScore;
import org.mliadvisor.diagnosis.DimensionSurvey;
import org.mliadvisor.diagnosis.GapSeverity;
import org.mliadvisor.diagnosis.IndicatorScore;
import org.mliadvisor.diagnosis.KpiGap;
import org.mliadvisor.diagnosis.KpiPath;
import org.mliadvisor.diagnosis.Numbers;
import org.mliadvisor.diagnosis.Recommendation;
import org.mliadvisor.diagnosis.RoadmapPlanStep;
import org.mliadvisor.diagnosis.SurveyEvidence;
import org.mliadvisor.diagnosis.WeightRobustness;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Direction;
import org.mliadvisor.knowledge.IndicatorDefinition;
import org.mliadvisor.knowledge.KpiUnit;
import org.mliadvisor.knowledge.Weights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report's charts as inline SVG, drawn from the diagnosis: the MLI gauge, the S/T/R radar
 * against the target profile, indicator bars, the KPI chart and the roadmap Gantt chart. Every
 * coordinate and data value is written with a decimal point whatever the report's language, and
 * every text goes through {@link Markup#escape}. Labels are measured in the embedded font
 * ({@link TextWidth}) and wrapped onto as many lines as they need, so none runs out of its chart.
 * The bar charts come twice: a wide one for screens and print, and a narrow one for phones with
 * each label on its own lines above its bar; {@link #STYLE} shows the one that fits.
 */
final class SvgCharts {

    /**
     * CSS the page appends to its own style: the narrow variants ({@code svg.chart-narrow}) are hidden
     * unless the viewport is at most 600 px wide, where the wide ones ({@code svg.chart-wide}) are
     * hidden instead; print always shows the wide ones and never the narrow ones.
     */
    static final String STYLE = """
            svg.chart-narrow{display:none}
            @media (max-width:600px){svg.chart-wide{display:none}svg.chart-narrow{display:block}}
            @media print{svg.chart-wide{display:block !important}svg.chart-narrow{display:none !important}}
            """;

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ";
    private static final String INK = "#1f2a44";
    private static final String MUTED = "#8a94a6";
    private static final String GRID = "#d5dae3";
    private static final String TARGET = "#e07b00";
    private static final Map<GapSeverity, String> SEVERITY_COLOURS = Map.of(GapSeverity.ON_TARGET, "#2e8540",
            GapSeverity.MINOR, "#8fb339", GapSeverity.MODERATE, "#e0a100", GapSeverity.SEVERE, "#c8102e");

    /** The wide variants' width, in user units that a desktop page shows one to one. */
    static final double WIDE = 680;
    /** The narrow variants' width: a 390-px phone less the page's margins shows it one to one. */
    static final double NARROW = 360;
    private static final double PAD = 4;
    /** Line height as a share of the font size. */
    private static final double LEADING = 1.25;
    /** DejaVu Sans reaches this far above the baseline and below it, in ems: what a text's box spans. */
    private static final double ASCENT = 0.93;
    private static final double DESCENT = 0.24;
    /** Attainment at the KPI chart's right end: 125 % of the target, so a KPI beyond it still shows. */
    private static final double KPI_MAX = 1.25;

    private final Wording words;
    /** The brand's accent: the firm's own shapes and what acts on the binding constraint. */
    private final String accent;
    /** The accent halfway to white: the actions that do not act on the binding constraint. */
    private final String secondary;

    SvgCharts(Wording words) {
        this(words, Brand.DEFAULT_ACCENT);
    }

    /** Charts drawn with {@code accent} ({@code #rrggbb}) for the firm's own shapes. */
    SvgCharts(Wording words, String accent) {
        this.words = words;
        this.accent = accent;
        this.secondary = tint(accent, 0.5);
    }

    /** {@code colour} mixed with white by {@code share} (0: unchanged, 1: white). */
    static String tint(String colour, double share) {
        StringBuilder mixed = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int channel = Integer.parseInt(colour.substring(i, i + 2), 16);
            mixed.append(String.format(Locale.ROOT, "%02x", (int) Math.round(channel + (255 - channel) * share)));
        }
        return mixed.toString();
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

    /** A label's text at one size and weight, wrapped to a width; it knows how tall it is and how to draw itself. */
    private record Label(String full, TextWidth.Lines lines, double size, boolean bold) {

        static Label of(String text, double size, boolean bold, double width) {
            return new Label(text, TextWidth.wrap(text, size, bold, width), size, bold);
        }

        double lineHeight() {
            return size * LEADING;
        }

        /** From the top of the first line's box to the bottom of the last one's. */
        double height() {
            return (lines.count() - 1) * lineHeight() + (ASCENT + DESCENT) * size;
        }

        double width() {
            return lines.lines().stream().mapToDouble(l -> TextWidth.of(l, size, bold)).max().orElse(0);
        }

        /** The label with the top of its first line at {@code top}; a shortened word leaves the full text as its title. */
        String draw(double x, double top, String anchor, String fill, String extra) {
            double baseline = top + ASCENT * size;
            StringBuilder svg = new StringBuilder();
            if (lines.shortened()) {
                svg.append("<g><title>").append(Markup.escape(full)).append("</title>");
            }
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseline)).append("\" text-anchor=\"")
                    .append(anchor).append("\" font-size=\"").append(n(size)).append('"')
                    .append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(fill).append('"').append(extra)
                    .append('>');
            if (lines.count() == 1) {
                svg.append(Markup.escape(lines.lines().get(0)));
            } else {
                for (int i = 0; i < lines.count(); i++) {
                    svg.append("<tspan x=\"").append(n(x)).append("\" y=\"").append(n(baseline + i * lineHeight()))
                            .append("\">").append(Markup.escape(lines.lines().get(i))).append("</tspan>");
                }
            }
            svg.append("</text>");
            if (lines.shortened()) {
                svg.append("</g>");
            }
            return svg.toString();
        }
    }

    /**
     * An svg element's start tag; its size is in whole units because the PDF renderer misreads a
     * fractional height attribute and leaves a gap above and below the drawing.
     */
    private static StringBuilder open(String attributes, double width, double height, String label) {
        height = Math.ceil(height);
        return new StringBuilder(SVG).append(attributes).append(" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" aria-label=\"").append(Markup.escape(label)).append("\">");
    }

    /** The body drawn first, then wrapped in its svg element once its height is known. */
    private static String close(String attributes, double width, double height, String label, CharSequence body) {
        return open(attributes, width, height, label).append(body).append("</svg>").toString();
    }

    private static String rect(String attributes, double x, double y, double width, double height, String paint) {
        return "<rect " + attributes + (attributes.isEmpty() ? "" : " ") + "x=\"" + n(x) + "\" y=\"" + n(y) + "\" width=\""
                + n(Math.max(0, width)) + "\" height=\"" + n(height) + "\" " + paint + "/>";
    }

    /** A half-circle gauge of the MLI from 0 to 100. */
    String gauge(Double mli) {
        double cx = 120;
        double cy = 110;
        double r = 90;
        StringBuilder svg = new StringBuilder(SVG).append("id=\"gauge\" viewBox=\"0 0 240 136\" width=\"240\" height=\"136\" ")
                .append("data-value=\"").append(mli == null ? "" : n(mli * 100, 1)).append("\" aria-label=\"")
                .append(Markup.escape(words.text("summary.mli"))).append("\">");
        svg.append("<path d=\"").append(arc(cx, cy, r, 0, 1)).append("\" fill=\"none\" stroke=\"").append(GRID)
                .append("\" stroke-width=\"18\"/>");
        if (mli != null && mli > 0) {
            svg.append("<path class=\"gauge-value\" d=\"").append(arc(cx, cy, r, 0, mli)).append("\" fill=\"none\" stroke=\"")
                    .append(accent).append("\" stroke-width=\"18\"/>");
        }
        svg.append(text(cx, cy - 12, "middle", "font-size=\"34\" font-weight=\"bold\" fill=\"" + INK + "\"",
                mli == null ? "–" : words.number(mli * 100, 1)));
        svg.append(text(cx, cy + 14, "middle", "font-size=\"13\" fill=\"" + MUTED + "\"", "/ 100"));
        svg.append(text(cx - r, cy + 22, "middle", "font-size=\"12\" fill=\"" + MUTED + "\"", "0"));
        svg.append(text(cx + r, cy + 22, "middle", "font-size=\"12\" fill=\"" + MUTED + "\"", "100"));
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

    /**
     * A radar of the S, T and R scores (0–100) with the knowledge base's target profile; a dimension
     * without evidence has no point. One drawing serves every screen: it is narrow with large type, and
     * a desktop page shows it a little enlarged.
     */
    String radar(Diagnosis d) {
        double width = NARROW;
        double r = 100;
        double cx = width / 2;
        double side = width / 2 - PAD;
        Map<Dimension, Label> names = new EnumMap<>(Dimension.class);
        Map<Dimension, Label> values = new EnumMap<>(Dimension.class);
        for (Dimension dim : Dimension.values()) {
            DimensionScore score = d.dimensions().get(dim);
            double room = dim == Dimension.S ? width - 2 * PAD : side - 6;
            names.put(dim, Label.of(dim + " · " + words.text("dimension.short." + dim.name()), 13, true, room));
            values.put(dim, Label.of(score.sufficient() ? words.score(score.score()) : words.text("scores.insufficient"),
                    12, false, room));
        }
        double top = PAD + names.get(Dimension.S).height() + 2 + values.get(Dimension.S).height() + 8;
        double cy = top + r;
        double below = cy + r / 2 + 10;
        double lower = Math.max(block(names.get(Dimension.T), values.get(Dimension.T)),
                block(names.get(Dimension.R), values.get(Dimension.R)));
        Label actual = Label.of(words.text("chart.radar.actual"), 12, false, width - 2 * PAD - 28);
        Label target = Label.of(words.text("chart.radar.target"), 12, false, width - 2 * PAD - 28);
        boolean legendInRow = 28 + actual.width() + 24 + 28 + target.width() <= width - 2 * PAD;
        double legendTop = below + lower + 14;
        // a multiple of 5, so the enlarged size below is whole units too (see open)
        double height = Math.ceil((legendTop + (legendInRow ? actual.height() : actual.height() + 6 + target.height()) + PAD) / 5) * 5;

        StringBuilder svg = new StringBuilder(SVG).append("id=\"radar\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" width=\"").append(n(width * 1.2)).append("\" height=\"").append(n(height * 1.2))
                .append("\" data-cx=\"").append(n(cx)).append("\" data-cy=\"").append(n(cy)).append("\" data-radius=\"")
                .append(n(r)).append("\" aria-label=\"").append(Markup.escape(words.text("chart.radar.caption"))).append("\">");
        for (double ring : new double[] {0.25, 0.5, 0.75, 1}) {
            svg.append("<polygon points=\"").append(polygon(dim -> ring, cx, cy, r)).append("\" fill=\"none\" stroke=\"")
                    .append(GRID).append("\" stroke-width=\"1\"/>");
        }
        for (Dimension dim : Dimension.values()) {
            double[] end = radarPoint(dim, 1, cx, cy, r);
            svg.append("<line class=\"axis\" data-dimension=\"").append(dim).append("\" x1=\"").append(n(cx)).append("\" y1=\"")
                    .append(n(cy)).append("\" x2=\"").append(n(end[0])).append("\" y2=\"").append(n(end[1]))
                    .append("\" stroke=\"").append(MUTED).append("\" stroke-width=\"1\"/>");
            Label name = names.get(dim);
            Label value = values.get(dim);
            double labelWidth = Math.max(name.width(), value.width());
            // centred under (or over) its corner, but pushed inwards where the corner is too near the edge
            double x = Math.max(PAD + labelWidth / 2, Math.min(width - PAD - labelWidth / 2, end[0]));
            double y = dim == Dimension.S ? PAD : below;
            svg.append(name.draw(x, y, "middle", INK, ""));
            svg.append(value.draw(x, y + name.height() + 2, "middle", MUTED, " class=\"score\""));
        }
        svg.append("<polygon class=\"target\" points=\"")
                .append(polygon(dim -> d.dimensions().get(dim).definition().targetScore(), cx, cy, r))
                .append("\" fill=\"none\" stroke=\"").append(TARGET).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        List<Dimension> scored = Arrays.stream(Dimension.values()).filter(dim -> d.dimensions().get(dim).sufficient())
                .toList();
        if (scored.size() >= 2) {
            String points = scored.stream().map(dim -> point(radarPoint(dim, d.dimensions().get(dim).score(), cx, cy, r)))
                    .collect(Collectors.joining(" "));
            svg.append("<polygon class=\"actual\" points=\"").append(points).append("\" fill=\"").append(accent)
                    .append("\" fill-opacity=\"0.25\" stroke=\"").append(accent).append("\" stroke-width=\"2\"/>");
        }
        for (Dimension dim : scored) {
            double value = d.dimensions().get(dim).score();
            double[] p = radarPoint(dim, value, cx, cy, r);
            svg.append("<circle class=\"point\" data-dimension=\"").append(dim).append("\" data-value=\"").append(n(value, 4))
                    .append("\" cx=\"").append(n(p[0])).append("\" cy=\"").append(n(p[1])).append("\" r=\"4\" fill=\"")
                    .append(accent).append("\"/>");
        }
        svg.append(legend(PAD, legendTop, accent, false, actual));
        if (legendInRow) {
            svg.append(legend(PAD + 28 + actual.width() + 24, legendTop, TARGET, true, target));
        } else {
            svg.append(legend(PAD, legendTop + actual.height() + 6, TARGET, true, target));
        }
        return svg.append("</svg>").toString();
    }

    private static double block(Label name, Label value) {
        return name.height() + 2 + value.height();
    }

    private static String legend(double x, double top, String colour, boolean dashed, Label label) {
        double middle = top + label.size() * 0.6;
        return "<line x1=\"" + n(x) + "\" y1=\"" + n(middle) + "\" x2=\"" + n(x + 22) + "\" y2=\"" + n(middle) + "\" stroke=\""
                + colour + "\" stroke-width=\"2\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>"
                + label.draw(x + 28, top, "start", INK, "");
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

    /**
     * An svg start tag whose title and description are its first children, named by {@code aria-labelledby}: screen
     * readers announce both, and browsers show the title as a tooltip. {@code id} must be unique in the page.
     */
    private static StringBuilder described(String attributes, double width, double height, String id, String title,
                                           String description) {
        return new StringBuilder(SVG).append(attributes).append(" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(Math.ceil(height))).append("\" width=\"").append(n(width)).append("\" height=\"")
                .append(n(Math.ceil(height))).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\"><title id=\"").append(id).append("-title\">").append(Markup.escape(title))
                .append("</title><desc id=\"").append(id).append("-desc\">").append(Markup.escape(description))
                .append("</desc>");
    }

    /**
     * The S/T/R radar of several dates overlaid, oldest palest and dashed, the latest in the accent and solid, with the
     * target profile; each date's shape is told apart by its line as well as its colour, and the legend names the
     * dates. One drawing for every screen, like {@link #radar}.
     */
    String radarOverTime(List<Diagnosis> diagnoses, List<String> dates, String title, String description) {
        double width = NARROW;
        double r = 100;
        double cx = width / 2;
        Map<Dimension, Label> names = new EnumMap<>(Dimension.class);
        for (Dimension dim : Dimension.values()) {
            double room = dim == Dimension.S ? width - 2 * PAD : width / 2 - PAD - 6;
            names.put(dim, Label.of(dim + " · " + words.text("dimension.short." + dim.name()), 13, true, room));
        }
        double cy = PAD + names.get(Dimension.S).height() + 8 + r;
        double below = cy + r / 2 + 10;
        double legendTop = below + Math.max(names.get(Dimension.T).height(), names.get(Dimension.R).height()) + 14;
        List<Label> legend = new ArrayList<>();
        dates.forEach(date -> legend.add(Label.of(date, 12, false, width - 2 * PAD - 28)));
        legend.add(Label.of(words.text("chart.radar.target"), 12, false, width - 2 * PAD - 28));
        double height = legendTop + legend.stream().mapToDouble(l -> l.height() + 6).sum() + PAD;
        StringBuilder svg = described("id=\"radar-over-time\"", width, height, "radar-over-time", title, description);
        for (double ring : new double[] {0.25, 0.5, 0.75, 1}) {
            svg.append("<polygon points=\"").append(polygon(dim -> ring, cx, cy, r)).append("\" fill=\"none\" stroke=\"")
                    .append(GRID).append("\" stroke-width=\"1\"/>");
        }
        for (Dimension dim : Dimension.values()) {
            double[] end = radarPoint(dim, 1, cx, cy, r);
            svg.append("<line x1=\"").append(n(cx)).append("\" y1=\"").append(n(cy)).append("\" x2=\"").append(n(end[0]))
                    .append("\" y2=\"").append(n(end[1])).append("\" stroke=\"").append(MUTED).append("\" stroke-width=\"1\"/>");
            Label name = names.get(dim);
            double x = Math.max(PAD + name.width() / 2, Math.min(width - PAD - name.width() / 2, end[0]));
            svg.append(name.draw(x, dim == Dimension.S ? PAD : below, "middle", INK, ""));
        }
        Diagnosis latest = diagnoses.get(diagnoses.size() - 1);
        svg.append("<polygon class=\"target\" points=\"")
                .append(polygon(dim -> latest.dimensions().get(dim).definition().targetScore(), cx, cy, r))
                .append("\" fill=\"none\" stroke=\"").append(TARGET).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        double y = legendTop;
        for (int i = 0; i < diagnoses.size(); i++) {
            Diagnosis d = diagnoses.get(i);
            boolean last = i == diagnoses.size() - 1;
            // older dates paler: the earliest halfway to white, the latest in the accent itself
            String colour = last ? accent : tint(accent, 0.55 * (diagnoses.size() - 1 - i) / (diagnoses.size() - 1));
            String dash = last ? "" : " stroke-dasharray=\"" + (i % 2 == 0 ? "3 3" : "8 3") + "\"";
            List<Dimension> scored = Arrays.stream(Dimension.values()).filter(dim -> d.dimensions().get(dim).sufficient()).toList();
            if (scored.size() >= 2) {
                svg.append("<polygon class=\"actual\" data-date=\"").append(d.assessedOn()).append("\" points=\"")
                        .append(scored.stream().map(dim -> point(radarPoint(dim, d.dimensions().get(dim).score(), cx, cy, r)))
                                .collect(Collectors.joining(" ")))
                        .append("\" fill=\"").append(colour).append("\" fill-opacity=\"").append(last ? "0.22" : "0.08")
                        .append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"").append(dash).append("/>");
            }
            for (Dimension dim : scored) {
                double value = d.dimensions().get(dim).score();
                double[] pt = radarPoint(dim, value, cx, cy, r);
                svg.append("<circle class=\"point\" data-date=\"").append(d.assessedOn()).append("\" data-dimension=\"")
                        .append(dim).append("\" data-value=\"").append(n(value, 4)).append("\" cx=\"").append(n(pt[0]))
                        .append("\" cy=\"").append(n(pt[1])).append("\" r=\"3.5\" fill=\"").append(colour).append("\"/>");
            }
            Label label = legend.get(i);
            double middle = y + label.size() * 0.6;
            svg.append("<line x1=\"").append(n(PAD)).append("\" y1=\"").append(n(middle)).append("\" x2=\"").append(n(PAD + 22))
                    .append("\" y2=\"").append(n(middle)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                    .append(dash).append("/>").append(label.draw(PAD + 28, y, "start", INK, ""));
            y += label.height() + 6;
        }
        svg.append(legend(PAD, y, TARGET, true, legend.get(legend.size() - 1)));
        return svg.append("</svg>").toString();
    }

    /**
     * One KPI over time: its value on each date (a line with labelled points), its target (dashed) and, where one
     * applies, the band it was expected to reach from its baseline to the latest date. Narrow, so that two sit side by
     * side on a page and one fills a phone; {@code id} names the chart in the page.
     */
    String kpiTrend(ProgressView.KpiChart chart, ProgressWording progressWords, String id) {
        // 300 units across: a phone shows it a quarter larger, so its 10-unit lettering reads at 12 px and more
        double width = 300;
        double height = 184;
        List<KpiPath.Reading> readings = chart.path().readings();
        List<Double> values = new ArrayList<>();
        readings.forEach(r -> {
            values.add(r.gap().actual());
            values.add(r.gap().target());
        });
        if (chart.banded()) {
            values.add(chart.bandLow());
            values.add(chart.bandHigh());
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double step = niceStep(Math.max(max - min, 1e-9) / 4);
        double low = Math.max(0, Math.floor((min - step * 0.5) / step) * step);
        double high = Math.ceil((max + step * 0.5) / step) * step;
        if (chart.path().definition().unit() == KpiUnit.PERCENT) {
            high = Math.min(100, high);
        }
        double labelWidth = 0;
        for (double t = low; t <= high + step / 2; t += step) {
            labelWidth = Math.max(labelWidth, TextWidth.of(words.number(t, 2), 10, false));
        }
        double left = PAD + labelWidth + 6;
        double right = width - PAD - 4;
        double top = PAD + 16;
        double bottom = height - 28;
        LocalDate first = readings.get(0).on();
        LocalDate last = readings.get(readings.size() - 1).on();
        LocalDate from = chart.banded() && chart.bandFrom().isBefore(first) ? chart.bandFrom() : first;
        LocalDate to = chart.banded() && chart.bandTo().isAfter(last) ? chart.bandTo() : last;
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double inset = 14;
        java.util.function.ToDoubleFunction<LocalDate> x = date -> left + inset
                + (right - left - 2 * inset) * ChronoUnit.DAYS.between(from, date) / span;
        double top0 = top;
        double scale = (bottom - top) / (high - low);
        java.util.function.DoubleUnaryOperator y = v -> bottom - (v - low) * scale;
        StringBuilder svg = described("class=\"kpi-trend\" data-kpi=\"" + Markup.escape(chart.path().kpiId()) + "\"", width,
                height, id, chart.title(), chart.description());
        for (double t = low; t <= high + step / 2; t += step) {
            svg.append("<line x1=\"").append(n(left)).append("\" y1=\"").append(n(y.applyAsDouble(t))).append("\" x2=\"")
                    .append(n(right)).append("\" y2=\"").append(n(y.applyAsDouble(t))).append("\" stroke=\"").append(GRID)
                    .append("\" stroke-width=\"1\"/>");
            svg.append(text(left - 6, y.applyAsDouble(t) + 3.5, "end", "font-size=\"10\" fill=\"" + MUTED + "\"",
                    words.number(t, 2)));
        }
        if (chart.banded()) {
            double bx = x.applyAsDouble(chart.bandFrom());
            double by = y.applyAsDouble(chart.bandHigh());
            svg.append(rect("class=\"expected-band\" data-low=\"" + n(chart.bandLow(), 4) + "\" data-high=\""
                            + n(chart.bandHigh(), 4) + "\"", bx, by, x.applyAsDouble(chart.bandTo()) - bx,
                    y.applyAsDouble(chart.bandLow()) - by, "fill=\"" + tint(accent, 0.75) + "\" fill-opacity=\"0.6\""));
            svg.append(text(bx + 3, Math.max(top0 - 4, by - 3), "start", "font-size=\"10\" fill=\"" + MUTED + "\"",
                    progressWords.text("chart.expected")));
        }
        StringBuilder target = new StringBuilder();
        for (KpiPath.Reading r : readings) {
            target.append(target.length() == 0 ? "" : " ").append(n(x.applyAsDouble(r.on()))).append(',')
                    .append(n(y.applyAsDouble(r.gap().target())));
        }
        if (readings.size() == 1) {
            target.append(' ').append(n(right)).append(',').append(n(y.applyAsDouble(readings.get(0).gap().target())));
        }
        svg.append("<polyline class=\"target\" points=\"").append(target).append("\" fill=\"none\" stroke=\"").append(TARGET)
                .append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
        // the target's name at the line's left end, on the other side of it from the first reading and its label
        KpiPath.Reading opening = readings.get(0);
        boolean below = opening.gap().actual() >= opening.gap().target();
        svg.append(text(left + 2, y.applyAsDouble(opening.gap().target()) + (below ? 12 : -4), "start",
                "font-size=\"10\" fill=\"" + TARGET + "\"", progressWords.text("chart.target")));
        svg.append("<polyline class=\"actual\" points=\"").append(readings.stream().map(r -> n(x.applyAsDouble(r.on())) + ","
                + n(y.applyAsDouble(r.gap().actual()))).collect(Collectors.joining(" "))).append("\" fill=\"none\" stroke=\"")
                .append(accent).append("\" stroke-width=\"2.5\"/>");
        double labelled = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < readings.size(); i++) {
            KpiPath.Reading r = readings.get(i);
            double px = x.applyAsDouble(r.on());
            double py = y.applyAsDouble(r.gap().actual());
            svg.append("<circle class=\"reading\" data-date=\"").append(r.on()).append("\" data-value=\"")
                    .append(n(r.gap().actual(), 4)).append("\" cx=\"").append(n(px)).append("\" cy=\"").append(n(py))
                    .append("\" r=\"4\" fill=\"").append(accent).append("\"/>");
            svg.append(text(px, py - 7, "middle", "font-size=\"11\" font-weight=\"bold\" fill=\"" + INK + "\"",
                    words.number(r.gap().actual(), 2)));
            // dates that would touch their neighbour's are left out; the table and the description name every one
            String date = progressWords.shortDate(r.on());
            double half = TextWidth.of(date, 10, false) / 2;
            double cx = Math.max(PAD + half, Math.min(width - PAD - half, px));
            if (cx - half >= labelled + 6 || i == 0) {
                svg.append(text(cx, height - PAD - 6, "middle", "font-size=\"10\" fill=\"" + MUTED + "\"", date));
                labelled = cx + half;
            }
        }
        return svg.append("</svg>").toString();
    }

    /** A step of 1, 2, 2.5 or 5 times a power of ten, at least {@code rough}: grid lines at round values. */
    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** Each dimension's colour in the weight triangle; a joint constraint takes the mix of its two, none a pale grey. */
    private static final Map<Dimension, String> BINDING_COLOURS = Map.of(Dimension.S, "#3a7dc9", Dimension.T, "#e39b2d",
            Dimension.R, "#43a06b");
    private static final String NO_BINDING = "#e4e7ec";

    /** The fill of a binding label's regions ("S", "S+T" or "none"): a joint constraint is striped in its two colours. */
    static String bindingColour(String label) {
        if (label.equals(WeightRobustness.NONE)) {
            return NO_BINDING;
        }
        return label.contains("+") ? "url(#ternary-" + label.replace('+', '-') + ")"
                : tint(BINDING_COLOURS.get(Dimension.valueOf(label)), 0.35);
    }

    /** The stripes of a joint label's fill, in its two dimensions' colours. */
    private static String stripes(String label) {
        String[] dims = label.split("\\+");
        return "<pattern id=\"ternary-" + label.replace('+', '-') + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\">" + rect("", 0, 0, 4, 8, "fill=\"" + bindingColour(dims[0]) + "\"")
                + rect("", 4, 0, 4, 8, "fill=\"" + bindingColour(dims[1]) + "\"") + "</pattern>";
    }

    /** A binding label in the chart's legend: the dimensions' short names, or that none binds. */
    private String bindingName(String label) {
        if (label.equals(WeightRobustness.NONE)) {
            return words.text("chart.ternary.none");
        }
        return Arrays.stream(label.split("\\+")).map(dim -> words.text("dimension.short." + dim))
                .collect(Collectors.joining(" + "));
    }

    /**
     * The weight triangle: every choice of wS, wT and wR, S at the top, T lower right and R lower left as in the radar,
     * each region filled with the colour of the dimension that binds there, faint lines at every quarter of a weight,
     * the firm's weights as a ring and the nearest change as a cross joined to it by a dashed line. Its title and
     * description (the {@code sentence} and each label's share of the triangle) are its text alternative. One drawing
     * serves every screen.
     */
    String ternary(WeightRobustness r, String sentence) {
        double width = NARROW;
        double side = 250;
        double height = side * Math.sqrt(3) / 2;
        Map<Dimension, Label> names = new EnumMap<>(Dimension.class);
        for (Dimension dim : Dimension.values()) {
            names.put(dim, Label.of(dim + " · " + words.text("dimension.short." + dim.name()), 12, true,
                    dim == Dimension.S ? width - 2 * PAD : width / 2 - PAD));
        }
        double top = PAD + names.get(Dimension.S).height() + 6;
        double cx = width / 2;
        Map<Dimension, double[]> corners = new EnumMap<>(Map.of(Dimension.S, new double[] {cx, top},
                Dimension.T, new double[] {cx + side / 2, top + height}, Dimension.R, new double[] {cx - side / 2, top + height}));
        Function<Weights, double[]> at = w -> {
            double sum = w.s() + w.t() + w.r();
            double[] xy = new double[2];
            for (Dimension dim : Dimension.values()) {
                xy[0] += w.of(dim) / sum * corners.get(dim)[0];
                xy[1] += w.of(dim) / sum * corners.get(dim)[1];
            }
            return xy;
        };
        StringBuilder body = new StringBuilder();
        Map<String, Double> shares = new LinkedHashMap<>();
        for (WeightRobustness.Region region : r.regions()) {
            String colour = bindingColour(region.binding());
            // the outline in the fill's own colour closes the hairline gaps a renderer leaves between neighbours
            body.append("<polygon class=\"region\" data-binding=\"").append(region.binding()).append("\" points=\"")
                    .append(region.polygon().stream().map(w -> point(at.apply(w))).collect(Collectors.joining(" ")))
                    .append("\" fill=\"").append(colour).append("\" stroke=\"").append(colour).append("\" stroke-width=\"0.8\"/>");
            shares.merge(region.binding(), region.share(), Double::sum);
        }
        for (Dimension dim : Dimension.values()) {
            for (double quarter : new double[] {0.25, 0.5, 0.75}) {
                double[] a = new double[3];
                double[] b = new double[3];
                a[dim.ordinal()] = quarter;
                b[dim.ordinal()] = quarter;
                a[(dim.ordinal() + 1) % 3] = 1 - quarter;
                b[(dim.ordinal() + 2) % 3] = 1 - quarter;
                double[] from = at.apply(new Weights(a[0], a[1], a[2]));
                double[] to = at.apply(new Weights(b[0], b[1], b[2]));
                body.append("<line class=\"quarter\" x1=\"").append(n(from[0])).append("\" y1=\"").append(n(from[1]))
                        .append("\" x2=\"").append(n(to[0])).append("\" y2=\"").append(n(to[1]))
                        .append("\" stroke=\"#ffffff\" stroke-opacity=\"0.7\" stroke-width=\"0.8\"/>");
            }
        }
        body.append("<polygon class=\"simplex\" points=\"").append(point(corners.get(Dimension.S))).append(' ')
                .append(point(corners.get(Dimension.T))).append(' ').append(point(corners.get(Dimension.R)))
                .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.2\"/>");
        body.append(names.get(Dimension.S).draw(cx, PAD, "middle", INK, ""));
        double below = top + height + 6;
        body.append(names.get(Dimension.R).draw(PAD, below, "start", INK, ""));
        body.append(names.get(Dimension.T).draw(width - PAD, below, "end", INK, ""));
        String patterns = shares.keySet().stream().filter(l -> l.contains("+")).map(SvgCharts::stripes)
                .collect(Collectors.joining());
        double[] firm = at.apply(r.weights());
        if (r.flips()) {
            double[] flip = at.apply(r.at());
            body.append("<line x1=\"").append(n(firm[0])).append("\" y1=\"").append(n(firm[1])).append("\" x2=\"")
                    .append(n(flip[0])).append("\" y2=\"").append(n(flip[1])).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
            body.append(cross("id=\"flip-point\" " + weightData(r.at()), flip[0], flip[1], 5));
        }
        body.append(ring("id=\"firm-weights\" " + weightData(r.weights()), firm[0], firm[1]));
        double y = below + Math.max(names.get(Dimension.R).height(), names.get(Dimension.T).height()) + 12;
        List<String> entries = new ArrayList<>();
        // S, T, R, then the joint labels, then none: the legend reads in the dimensions' order
        List<String> labels = shares.keySet().stream().sorted(Comparator.comparing((String l) -> l.equals(WeightRobustness.NONE))
                .thenComparingInt(String::length).thenComparing(l -> Arrays.stream(l.split("\\+"))
                        .map(dim -> Integer.toString(Dimension.valueOf(dim).ordinal())).collect(Collectors.joining()),
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        double x = PAD;
        for (String label : labels) {
            Label name = Label.of(bindingName(label), 12, false, width - 2 * PAD - 18);
            if (x > PAD && x + 18 + name.width() > width - PAD) {
                x = PAD;
                y += 18;
            }
            body.append(rect("class=\"swatch\" data-binding=\"" + label + "\"", x, y + 1, 12, 12,
                    "fill=\"" + bindingColour(label) + "\" stroke=\"" + MUTED + "\" stroke-width=\"0.5\""));
            body.append(name.draw(x + 17, y, "start", INK, ""));
            x += 17 + name.width() + 14;
            entries.add(words.text("chart.ternary.share", bindingName(label), words.percent(shares.get(label))));
        }
        y += 22;
        Label firmName = Label.of(words.text("chart.ternary.firm"), 12, false, width - 2 * PAD - 18);
        body.append(ring("", PAD + 6, y + 7)).append(firmName.draw(PAD + 17, y, "start", INK, ""));
        if (r.flips()) {
            Label flipName = Label.of(words.text("chart.ternary.flip"), 12, false, width - 2 * PAD - 18);
            double fx = PAD + 17 + firmName.width() + 18;
            if (fx + 17 + flipName.width() > width - PAD) {
                fx = PAD;
                y += 18;
            }
            body.append(cross("", fx + 6, y + 7, 5)).append(flipName.draw(fx + 17, y, "start", INK, ""));
        }
        y += 18 + PAD;
        String title = words.text("chart.ternary.title");
        String description = sentence + " " + String.join("; ", entries) + ".";
        // a multiple of 5, so the enlarged size a desktop page shows is whole units too (see open)
        double total = Math.ceil(y / 5) * 5;
        StringBuilder svg = new StringBuilder(SVG).append("id=\"ternary\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(total)).append("\" width=\"").append(n(width * 1.2)).append("\" height=\"").append(n(total * 1.2))
                .append("\" aria-labelledby=\"ternary-title ternary-desc\"><title id=\"ternary-title\">")
                .append(Markup.escape(title)).append("</title><desc id=\"ternary-desc\">").append(Markup.escape(description))
                .append("</desc>");
        if (!patterns.isEmpty()) {
            svg.append("<defs>").append(patterns).append("</defs>");
        }
        return svg.append(body).append("</svg>").toString();
    }

    private static String weightData(Weights w) {
        return "data-s=\"" + n(w.s(), 4) + "\" data-t=\"" + n(w.t(), 4) + "\" data-r=\"" + n(w.r(), 4) + "\"";
    }

    private static String ring(String attributes, double x, double y) {
        return "<circle " + attributes + (attributes.isEmpty() ? "" : " ") + "cx=\"" + n(x) + "\" cy=\"" + n(y)
                + "\" r=\"6\" fill=\"#ffffff\" stroke=\"" + INK + "\" stroke-width=\"2.5\"/>";
    }

    private static String cross(String attributes, double x, double y, double arm) {
        return "<g " + attributes + (attributes.isEmpty() ? "" : " ") + "stroke=\"" + INK + "\" stroke-width=\"2.5\"><line x1=\""
                + n(x - arm) + "\" y1=\"" + n(y - arm) + "\" x2=\"" + n(x + arm) + "\" y2=\"" + n(y + arm) + "\"/><line x1=\""
                + n(x - arm) + "\" y1=\"" + n(y + arm) + "\" x2=\"" + n(x + arm) + "\" y2=\"" + n(y - arm) + "\"/></g>";
    }

    /** One indicator's row: its bar's value (0..1, or null when unanswered) and the text at the bar's end. */
    private record IndicatorRow(String id, String name, Double score, String value) {
    }

    /**
     * One dimension's indicators as bars of their scores, each labelled on the 0–100 scale; an
     * unanswered indicator is an empty dashed bar. Wide and narrow variants, one after the other.
     */
    String indicatorBars(Dimension dimension, List<IndicatorScore> answered, List<IndicatorDefinition> unanswered) {
        List<IndicatorRow> rows = new ArrayList<>();
        answered.forEach(s -> rows.add(new IndicatorRow(s.indicatorId(), s.definition().name().in(words.language()), s.score(),
                words.score(s.score()))));
        unanswered.forEach(i -> rows.add(new IndicatorRow(i.id(), i.name().in(words.language()), null,
                words.text("indicator.notAnswered"))));
        String attributes = "class=\"indicator-bars %s\" data-dimension=\"" + dimension + "\"";
        return indicatorBarsWide(attributes.formatted("chart-wide"), rows, words.dimension(dimension))
                + indicatorBarsNarrow(attributes.formatted("chart-narrow"), rows, words.dimension(dimension));
    }

    private String indicatorBarsWide(String attributes, List<IndicatorRow> rows, String title) {
        double size = 11;
        double valueWidth = valueWidth(rows, size);
        // one label column for every dimension's chart, so the three charts' bars line up on the page
        double labelWidth = Math.min(360, WIDE - 2 * PAD - valueWidth - 8 - 12 - 160);
        double barX = PAD + labelWidth + 12;
        double barWidth = WIDE - PAD - valueWidth - 8 - barX;
        StringBuilder body = new StringBuilder();
        double y = PAD;
        for (IndicatorRow row : rows) {
            Label name = Label.of(row.name(), size, false, labelWidth);
            double height = Math.max(26, name.height() + 10);
            double middle = y + height / 2;
            body.append(name.draw(PAD, middle - name.height() / 2, "start", row.score() == null ? MUTED : INK, ""));
            body.append(indicatorBar(row, barX, middle - 8, barWidth, 16));
            body.append(text(barX + barWidth + 8, middle + 4, "start", valueStyle(row, size), row.value()));
            y += height;
        }
        return close(attributes, WIDE, y + PAD, title, body);
    }

    private String indicatorBarsNarrow(String attributes, List<IndicatorRow> rows, String title) {
        double size = 13;
        double valueSize = 12;
        double valueWidth = valueWidth(rows, valueSize);
        double barWidth = NARROW - 2 * PAD - valueWidth - 8;
        StringBuilder body = new StringBuilder();
        double y = PAD;
        for (IndicatorRow row : rows) {
            Label name = Label.of(row.name(), size, false, NARROW - 2 * PAD);
            body.append(name.draw(PAD, y, "start", row.score() == null ? MUTED : INK, ""));
            double barTop = y + name.height() + 4;
            body.append(indicatorBar(row, PAD, barTop, barWidth, 16));
            body.append(text(PAD + barWidth + 8, barTop + 12.5, "start", valueStyle(row, valueSize), row.value()));
            y = barTop + 16 + 12;
        }
        return close(attributes, NARROW, y - 12 + PAD, title, body);
    }

    /** The widest text at a bar's end that any dimension's chart may have, so every chart's bars are as long. */
    private double valueWidth(List<IndicatorRow> rows, double size) {
        return Stream.concat(rows.stream().map(IndicatorRow::value),
                        Stream.of(words.score(1), words.text("indicator.notAnswered")))
                .mapToDouble(value -> TextWidth.of(value, size, false)).max().orElse(0);
    }

    private static String valueStyle(IndicatorRow row, double size) {
        return "font-size=\"" + n(size) + "\"" + (row.score() == null ? " font-style=\"italic\" fill=\"" + MUTED + "\""
                : " fill=\"" + INK + "\"");
    }

    private String indicatorBar(IndicatorRow row, double x, double y, double width, double height) {
        String id = "data-indicator=\"" + Markup.escape(row.id()) + "\"";
        if (row.score() == null) {
            return rect("class=\"bar unanswered\" " + id, x, y, width, height,
                    "fill=\"none\" stroke=\"" + MUTED + "\" stroke-dasharray=\"4 3\"");
        }
        return rect("", x, y, width, height, "fill=\"" + GRID + "\"")
                + rect("class=\"bar\" " + id + " data-value=\"" + n(row.score(), 4) + "\"", x, y, width * row.score(), height,
                "fill=\"" + accent + "\"");
    }

    /**
     * Each reported KPI's attainment of its target, direction-aware: actual ÷ target when higher is
     * better, target ÷ actual when lower is better, so a longer bar always reads as closer to target;
     * beside each bar, how far the KPI is from its target in plain words. Wide and narrow variants.
     */
    String kpiChart(List<KpiGap> gaps) {
        return kpiChartWide(gaps) + kpiChartNarrow(gaps);
    }

    private static double attainment(KpiGap g) {
        return g.better() == Direction.HIGHER ? g.actual() / g.target() : g.actual() <= 0 ? KPI_MAX : g.target() / g.actual();
    }

    private String kpiDetail(KpiGap g) {
        return words.number(g.actual(), 2) + " / " + words.number(g.target(), 2) + " · " + words.text("kpi.better") + ": "
                + words.text("kpi.better." + g.better().name());
    }

    private static String kpiBar(KpiGap g, double x, double y, double width, double height) {
        double attainment = attainment(g);
        double shown = Math.max(0, Math.min(KPI_MAX, attainment));
        return rect("", x, y, width, height, "fill=\"#f0f2f6\"")
                + rect("class=\"kpi-bar\" data-kpi=\"" + Markup.escape(g.kpiId()) + "\" data-attainment=\"" + n(attainment, 4)
                + "\"", x, y, width * shown / KPI_MAX, height, "fill=\"" + SEVERITY_COLOURS.get(g.severity()) + "\"");
    }

    private String kpiChartWide(List<KpiGap> gaps) {
        double nameSize = 11;
        double detailSize = 10;
        double distanceWidth = gaps.stream().mapToDouble(g -> TextWidth.of(words.kpiDistance(g), nameSize, false)).max()
                .orElse(0);
        double natural = gaps.stream().mapToDouble(g -> Math.max(TextWidth.of(g.name().in(words.language()), nameSize, false),
                TextWidth.of(kpiDetail(g), detailSize, false))).max().orElse(0);
        double labelWidth = Math.max(160, Math.min(natural, WIDE - 2 * PAD - distanceWidth - 8 - 12 - 240));
        double barX = PAD + labelWidth + 12;
        double barWidth = WIDE - PAD - distanceWidth - 8 - barX;
        double targetX = barX + barWidth / KPI_MAX;
        StringBuilder body = new StringBuilder();
        double y = PAD;
        for (KpiGap g : gaps) {
            Label name = Label.of(g.name().in(words.language()), nameSize, false, labelWidth);
            Label detail = Label.of(kpiDetail(g), detailSize, false, labelWidth);
            double labels = name.height() + 3 + detail.height();
            double height = Math.max(34, labels + 10);
            double middle = y + height / 2;
            body.append(name.draw(PAD, middle - labels / 2, "start", INK, ""));
            body.append(detail.draw(PAD, middle - labels / 2 + name.height() + 3, "start", MUTED, ""));
            body.append(kpiBar(g, barX, middle - 9, barWidth, 18));
            body.append(text(barX + barWidth + 8, middle + 4, "start", "class=\"distance\" font-size=\"" + n(nameSize)
                    + "\" fill=\"" + INK + "\"", words.kpiDistance(g)));
            y += height;
        }
        body.append("<line x1=\"").append(n(targetX)).append("\" y1=\"2\" x2=\"").append(n(targetX)).append("\" y2=\"")
                .append(n(y)).append("\" stroke=\"").append(TARGET).append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
        body.append(text(targetX, y + 14, "middle", "font-size=\"10\" fill=\"" + TARGET + "\"", words.text("kpi.target")));
        return close("id=\"kpi-chart\" class=\"chart-wide\"", WIDE, y + 20, words.text("chart.kpi.caption"), body);
    }

    private String kpiChartNarrow(List<KpiGap> gaps) {
        double width = NARROW - 2 * PAD;
        double targetX = PAD + width / KPI_MAX;
        StringBuilder body = new StringBuilder();
        double y = PAD;
        for (KpiGap g : gaps) {
            Label name = Label.of(g.name().in(words.language()), 13, false, width);
            Label detail = Label.of(words.kpiDistance(g) + " · " + kpiDetail(g), 12, false, width);
            body.append(name.draw(PAD, y, "start", INK, ""));
            body.append(detail.draw(PAD, y + name.height() + 2, "start", MUTED, ""));
            double barTop = y + name.height() + 2 + detail.height() + 4;
            body.append(kpiBar(g, PAD, barTop, width, 16));
            body.append("<line x1=\"").append(n(targetX)).append("\" y1=\"").append(n(barTop - 3)).append("\" x2=\"")
                    .append(n(targetX)).append("\" y2=\"").append(n(barTop + 19)).append("\" stroke=\"").append(TARGET)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
            y = barTop + 16 + 14;
        }
        body.append(text(targetX, y + 4, "middle", "font-size=\"12\" fill=\"" + TARGET + "\"", words.text("kpi.target")));
        return close("id=\"kpi-chart-narrow\" class=\"chart-narrow\"", NARROW, y + 8, words.text("chart.kpi.caption"), body);
    }

    /** One row of the Gantt chart: a roadmap step, or a recommended intervention (with its rank) placed on one. */
    private record GanttRow(String label, boolean step, int from, int to, RoadmapPlanStep planStep, Recommendation intervention) {
    }

    /**
     * The roadmap's steps over its weeks, each followed by the recommended interventions placed on it;
     * every intervention's bar carries its rank in a badge, and its label starts with it. Wide and
     * narrow variants.
     */
    String gantt(List<RoadmapPlanStep> steps, List<Recommendation> recommendations, int totalWeeks) {
        Map<String, Recommendation> byId = recommendations.stream().collect(Collectors.toMap(Recommendation::id, r -> r));
        List<GanttRow> rows = new ArrayList<>();
        for (RoadmapPlanStep step : steps) {
            rows.add(new GanttRow(step.step() + ". " + step.title().in(words.language()).strip(), true, step.fromWeek(),
                    step.toWeek(), step, null));
            for (String id : step.recommendations()) {
                Recommendation r = byId.get(id);
                rows.add(new GanttRow("#" + r.rank() + " " + r.title().in(words.language()).strip(), false, r.fromWeek(),
                        Math.min(r.toWeek(), totalWeeks), null, r));
            }
        }
        return ganttWide(rows, totalWeeks) + ganttNarrow(rows, totalWeeks);
    }

    private static final double INDENT = 10;

    private String ganttWide(List<GanttRow> rows, int totalWeeks) {
        double size = 10;
        double natural = rows.stream().mapToDouble(row -> TextWidth.of(row.label(), size, row.step())
                + (row.step() ? 0 : INDENT)).max().orElse(0);
        double labelWidth = Math.max(200, Math.min(natural, 340));
        double chartX = PAD + labelWidth + 10;
        double chartWidth = WIDE - PAD - chartX;
        double week = chartWidth / totalWeeks;
        StringBuilder body = new StringBuilder();
        double y = 20;
        for (GanttRow row : rows) {
            double indent = row.step() ? 0 : INDENT;
            Label label = Label.of(row.label(), size, row.step(), labelWidth - indent);
            double height = Math.max(row.step() ? 22 : 24, label.height() + 10);
            double middle = y + height / 2;
            body.append(label.draw(PAD + indent, middle - label.height() / 2, "start", INK, ""));
            body.append(ganttBar(row, chartX, week, middle, row.step() ? 15 : 16, 7.5, 9));
            y += height;
        }
        return close("id=\"gantt\" class=\"chart-wide\"", WIDE, y + PAD, words.text("roadmap.weeks"),
                weekGrid(chartX, week, totalWeeks, y + PAD, 10, 14) + body);
    }

    private String ganttNarrow(List<GanttRow> rows, int totalWeeks) {
        double size = 13;
        double chartWidth = NARROW - 2 * PAD;
        double week = chartWidth / totalWeeks;
        StringBuilder body = new StringBuilder();
        double y = 24;
        for (GanttRow row : rows) {
            Label label = Label.of(row.label(), size, row.step(), chartWidth);
            body.append(label.draw(PAD, y, "start", INK, ""));
            double barHeight = row.step() ? 14 : 19;
            double barTop = y + label.height() + 3;
            body.append(ganttBar(row, PAD, week, barTop + barHeight / 2, barHeight, 9.5, 12));
            y = barTop + barHeight + 10;
        }
        return close("id=\"gantt-narrow\" class=\"chart-narrow\"", NARROW, y - 10 + PAD, words.text("roadmap.weeks"),
                weekGrid(PAD, week, totalWeeks, y - 10 + PAD, 12, 17) + body);
    }

    /** The week numbers over the chart and a rule at each week's start; numbers that would touch are thinned out. */
    private static String weekGrid(double chartX, double week, int totalWeeks, double bottom, double size, double baseline) {
        double widest = TextWidth.of(Integer.toString(totalWeeks), size, false) + 4;
        int every = (int) Math.ceil(widest / week);
        StringBuilder grid = new StringBuilder();
        for (int w = 1; w <= totalWeeks; w++) {
            double x = chartX + (w - 1) * week;
            grid.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(baseline + 4)).append("\" x2=\"").append(n(x))
                    .append("\" y2=\"").append(n(bottom)).append("\" stroke=\"").append(GRID).append("\" stroke-width=\"1\"/>");
            if ((w - 1) % every == 0) {
                grid.append(text(x + week / 2, baseline, "middle", "font-size=\"" + n(size) + "\" fill=\"" + MUTED + "\"",
                        Integer.toString(w)));
            }
        }
        return grid.toString();
    }

    /** A row's bar centred on {@code middle}; an intervention's bar carries its rank in a badge at its start. */
    private String ganttBar(GanttRow row, double chartX, double week, double middle, double height, double badge,
                                   double badgeSize) {
        double x = chartX + (row.from() - 1) * week;
        double width = (row.to() - row.from() + 1) * week;
        double top = middle - height / 2;
        if (row.step()) {
            RoadmapPlanStep step = row.planStep();
            return rect("class=\"step\" data-step=\"" + step.step() + "\" data-from=\"" + step.fromWeek() + "\" data-to=\""
                    + step.toWeek() + "\"", x, top, width, height, "rx=\"3\" fill=\"" + INK + "\"");
        }
        Recommendation r = row.intervention();
        String colour = r.onBindingConstraint() ? accent : secondary;
        // the badge sits on the bar's start, or as near as the chart's right edge allows for a bar that starts late
        double badgeX = Math.min(x + badge + 1, chartX + (week * (row.to() >= row.from() ? row.to() : row.from())) - badge - 1);
        badgeX = Math.max(chartX + badge + 1, badgeX);
        return rect("class=\"intervention\" data-intervention=\"" + Markup.escape(r.id()) + "\"", x, top, width, height,
                "rx=\"2\" fill=\"" + colour + "\"")
                + "<g class=\"rank-badge\" data-rank=\"" + r.rank() + "\"><circle cx=\"" + n(badgeX) + "\" cy=\"" + n(middle)
                + "\" r=\"" + n(badge) + "\" fill=\"#fff\" stroke=\"" + colour + "\" stroke-width=\"1.5\"/>"
                + text(badgeX, middle + badgeSize * 0.36, "middle", "font-size=\"" + n(badgeSize) + "\" font-weight=\"bold\" fill=\""
                + INK + "\"", Integer.toString(r.rank())) + "</g>";
    }

    /** Each function's colour in the perception chart: marketing and logistics, the pair the method compares, the strongest. */
    private static final Map<RespondentFunction, String> FUNCTION_COLOURS = Map.of(
            RespondentFunction.MARKETING, "#c8102e",
            RespondentFunction.LOGISTICS, "#1c6dd0",
            RespondentFunction.SALES, "#e07b00",
            RespondentFunction.OPERATIONS, "#2e8540",
            RespondentFunction.FINANCE, "#6f42c1",
            RespondentFunction.MANAGEMENT, "#5b6678",
            RespondentFunction.OTHER, "#8a94a6");

    /**
     * How each function scores each dimension: one row per dimension, a 1..points axis, one dot per
     * function at its respondents' mean; narrow enough for a phone, so it has one drawing for every screen.
     */
    String perceptionGaps(SurveyEvidence survey, int points) {
        double width = NARROW;
        double axisLeft = PAD + 10;
        double axisRight = width - PAD - 10;
        double step = (axisRight - axisLeft) / (points - 1);
        StringBuilder body = new StringBuilder();
        double y = PAD;
        Set<RespondentFunction> shown = new TreeSet<>();
        for (DimensionSurvey dim : survey.dimensions().values()) {
            Label name = Label.of(words.dimension(dim.dimension()), 12, true, width - 2 * PAD);
            body.append(name.draw(PAD, y, "start", INK, ""));
            y += name.height() + 10;
            body.append("<line x1=\"").append(n(axisLeft)).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(n(axisRight))
                    .append("\" y2=\"").append(n(y)).append("\" stroke=\"").append(GRID).append("\" stroke-width=\"2\"/>");
            for (int p = 1; p <= points; p++) {
                double x = axisLeft + (p - 1) * step;
                body.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(y - 4)).append("\" x2=\"").append(n(x))
                        .append("\" y2=\"").append(n(y + 4)).append("\" stroke=\"").append(MUTED).append("\" stroke-width=\"1\"/>");
                body.append(text(x, y + 18, "middle", "font-size=\"12\" fill=\"" + MUTED + "\"", Integer.toString(p)));
            }
            int k = 0;
            for (var f : dim.gaps().byFunction().values()) {
                double x = axisLeft + (f.meanScore() - 1) * step;
                // functions at the same mean stay visible side by side, a little above and below the axis
                double dy = (k % 2 == 0 ? -1 : 1) * ((k + 1) / 2) * 5.0;
                body.append("<circle class=\"function-dot\" data-dimension=\"").append(dim.dimension()).append("\" data-function=\"")
                        .append(f.function().name().toLowerCase(Locale.ROOT)).append("\" data-mean=\"").append(n(f.meanScore(), 4))
                        .append("\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y + dy)).append("\" r=\"5\" fill=\"")
                        .append(FUNCTION_COLOURS.get(f.function())).append("\" fill-opacity=\"0.85\"/>");
                shown.add(f.function());
                k++;
            }
            y += 30;
        }
        y += 4;
        double x = PAD;
        for (var f : shown) {
            Label label = Label.of(words.text("function." + f.name()), 12, false, width - 2 * PAD - 16);
            if (x + 16 + label.width() > width - PAD) {
                x = PAD;
                y += 18;
            }
            body.append("<circle cx=\"").append(n(x + 5)).append("\" cy=\"").append(n(y + 7)).append("\" r=\"5\" fill=\"")
                    .append(FUNCTION_COLOURS.get(f)).append("\"/>");
            body.append(label.draw(x + 14, y, "start", INK, ""));
            x += 14 + label.width() + 14;
        }
        return close("id=\"perception-chart\"", width, y + 18 + PAD, words.text("survey.chart.caption", points), body);
    }
}
