package org.mliadvisor.report;

import java.util.List;

/**
 * A report table whose cells carry their column's label, so that on a phone each row reads as a small
 * card of "label: value" lines instead of a table that scrolls sideways.
 */
final class HtmlTable {

    /** A column: its escaped heading, whether it holds numbers (right-aligned), and a share of the width or {@code null}. */
    record Column(String heading, boolean numeric, String width) {
        static Column text(String heading) {
            return new Column(heading, false, null);
        }

        static Column number(String heading) {
            return new Column(heading, true, null);
        }

        /** The same column taking {@code percent} of the table's width. */
        Column width(int percent) {
            return new Column(heading, numeric, percent + "%");
        }
    }

    private final List<Column> columns;
    private final StringBuilder body = new StringBuilder();
    private final String cssClass;

    HtmlTable(String cssClass, Column... columns) {
        this.cssClass = cssClass;
        this.columns = List.of(columns);
    }

    /** Adds a row of cells already in markup, one per column; {@code rowClass} may be {@code null}. */
    HtmlTable row(String rowClass, String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("a row has " + columns.size() + " cells, got " + cells.length);
        }
        body.append("<tr").append(rowClass == null ? "" : " class=\"" + rowClass + "\"").append('>');
        for (int i = 0; i < cells.length; i++) {
            Column c = columns.get(i);
            body.append("<td").append(c.numeric() ? " class=\"num\"" : "").append(" data-label=\"").append(c.heading())
                    .append("\">").append(cells[i]).append("</td>");
        }
        body.append("</tr>\n");
        return this;
    }

    String html() {
        StringBuilder html = new StringBuilder("<table class=\"responsive").append(cssClass.isEmpty() ? "" : " " + cssClass)
                .append("\">\n<thead><tr>");
        columns.forEach(c -> html.append("<th").append(c.numeric() ? " class=\"num\"" : "")
                .append(c.width() == null ? "" : " style=\"width:" + c.width() + "\"").append('>').append(c.heading()).append("</th>"));
        return html.append("</tr></thead>\n<tbody>\n").append(body).append("</tbody>\n</table>\n").toString();
    }
}
