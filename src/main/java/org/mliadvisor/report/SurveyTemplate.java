package org.mliadvisor.report;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mliadvisor.assessment.survey.RespondentFunction;
import org.mliadvisor.assessment.survey.SurveyColumns;
import org.mliadvisor.knowledge.Dimension;
import org.mliadvisor.knowledge.Language;
import org.mliadvisor.knowledge.SurveyItem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The questionnaire a consultant sends out, in the respondents' language: a printable form (HTML) and
 * an empty sheet (CSV or XLSX) whose columns — {@code respondent}, {@code function}, then each item's
 * id — are what {@code responses:} reads back.
 */
public final class SurveyTemplate {

    private final List<SurveyItem> items;
    private final int points;
    private final Wording words;

    /** A template of {@code items} answered on a scale of 1..{@code points}, worded in {@code language}. */
    public SurveyTemplate(List<SurveyItem> items, int points, Language language) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a questionnaire has items");
        }
        if (points < 2) {
            throw new IllegalArgumentException("a scale has at least 2 points");
        }
        this.items = List.copyOf(items);
        this.points = points;
        this.words = Wording.in(language);
    }

    /** The columns of the sheet: respondent, function, then the items in knowledge-base order. */
    public List<String> columns() {
        // the reader's own plain layout, so a filled copy of the sheet is read back as it is
        List<String> columns = new ArrayList<>(List.of(SurveyColumns.PLAIN.respondentColumn(), SurveyColumns.PLAIN.functionColumn()));
        items.forEach(i -> columns.add(i.id()));
        return columns;
    }

    /** The empty sheet as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Cyrillic right), one header line. */
    public byte[] csv() {
        return ("\uFEFF" + String.join(",", columns()) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The empty sheet as XLSX, one sheet: the columns, each heading carrying its statement (or the functions) as a note. */
    public byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "MLI Advisor", "1.0")) {
            Worksheet responses = workbook.newWorksheet(words.text("survey.sheet.responses"));
            List<String> columns = columns();
            for (int c = 0; c < columns.size(); c++) {
                responses.value(0, c, columns.get(c));
                responses.style(0, c).bold().set();
                responses.width(c, c == 0 ? 14 : c == 1 ? 16 : 8);
            }
            responses.freezePane(2, 1);
            // what each column asks rides on its heading as a note, so the sheet stays the only one the reader reads
            responses.comment(0, 1, words.text("survey.sheet.functions", functionSpellings()));
            for (int i = 0; i < items.size(); i++) {
                SurveyItem item = items.get(i);
                responses.comment(0, 2 + i, words.dimension(item.dimension()) + ": " + item.statement().in(words.language()).strip()
                        + " (" + words.text("survey.sheet.scale", scaleWords()) + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the survey sheet could not be written", e);
        }
        return out.toByteArray();
    }

    /** The functions as the sheet's {@code function} column takes them, each with its name in the respondents' language. */
    private String functionSpellings() {
        return Arrays.stream(RespondentFunction.values())
                .map(f -> f.name().toLowerCase(Locale.ROOT) + " (" + words.text("function." + f.name()) + ")")
                .collect(Collectors.joining(", "));
    }

    /** What the scale's numbers mean: every point named on a five-point scale, the two ends otherwise. */
    private String scaleWords() {
        return points == 5 ? words.text("survey.scale.five") : words.text("survey.scale.ends", points);
    }

    /** The printable form: who answers, how to answer, then each dimension's statements with a box per scale point. */
    public String html() {
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(words.language().code())
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(w("survey.title")).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(w("survey.title")).append("</h1>\n<p>").append(w("survey.intro")).append("</p>\n<dl class=\"who\">\n<dt>")
                .append(w("survey.respondent")).append("</dt><dd class=\"blank\"></dd>\n<dt>").append(w("survey.function"))
                .append("</dt><dd>");
        for (RespondentFunction f : RespondentFunction.values()) {
            html.append("<span class=\"choice\"><span class=\"box\"></span> ").append(w("function." + f.name())).append("</span> ");
        }
        html.append("</dd>\n</dl>\n<p class=\"how\">").append(w("survey.howTo", scaleWords())).append("</p>\n");
        int number = 1;
        for (Dimension dimension : Dimension.values()) {
            List<SurveyItem> ofDimension = items.stream().filter(i -> i.dimension() == dimension).toList();
            if (ofDimension.isEmpty()) {
                continue;
            }
            html.append("<section id=\"").append(dimension).append("\">\n<h2>").append(e(words.dimension(dimension)))
                    .append("</h2>\n<table>\n<thead><tr><th class=\"n\">#</th><th>").append(w("survey.statement")).append("</th>");
            for (int p = 1; p <= points; p++) {
                html.append("<th class=\"point\">").append(p).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (SurveyItem item : ofDimension) {
                html.append("<tr data-item=\"").append(e(item.id())).append("\"><td class=\"n\">").append(number++)
                        .append("<br/><small>").append(e(item.id())).append("</small></td><td>")
                        .append(e(item.statement().in(words.language()).strip())).append("</td>");
                for (int p = 1; p <= points; p++) {
                    html.append("<td class=\"point\"><span class=\"box\"></span></td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n</section>\n");
        }
        return html.append("<p class=\"thanks\">").append(w("survey.thanks")).append("</p>\n</body>\n</html>\n").toString();
    }

    private String e(String text) {
        return Markup.escape(text);
    }

    private String w(String key, Object... args) {
        return e(words.text(key, args));
    }

    private static final String STYLE = """
            @page{size:A4;margin:15mm}
            body{font-family:"DejaVu Sans","Noto Sans","Segoe UI",Roboto,Arial,sans-serif;font-size:13px;line-height:1.45;color:#1f2a44;max-width:52em;margin:0 auto;padding:0 1em 2em}
            h1{font-size:1.5em}
            h2{font-size:1.15em;border-bottom:2px solid #1c6dd0;padding-bottom:.15em;margin-top:1.4em}
            dl.who dt{font-weight:bold;margin-top:.6em}
            dl.who dd{margin:.2em 0 0}
            dd.blank{border-bottom:1px solid #1f2a44;height:1.6em;max-width:20em}
            .choice{display:inline-block;margin:.15em 1em .15em 0;white-space:nowrap}
            .box{display:inline-block;width:.95em;height:.95em;border:1px solid #1f2a44;vertical-align:middle}
            .how{background:#eef4fc;padding:.5em .8em}
            table{border-collapse:collapse;width:100%}
            th,td{border-bottom:1px solid #d5dae3;padding:.35em .3em;text-align:left;vertical-align:top}
            th.point,td.point{text-align:center;width:2.2em}
            td.n,th.n{width:3em;color:#5b6678}
            tr{page-break-inside:avoid;break-inside:avoid}
            .thanks{margin-top:1.5em;color:#5b6678}
            """;
}
