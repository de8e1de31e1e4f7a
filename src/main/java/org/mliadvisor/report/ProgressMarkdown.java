package org.mliadvisor.report;

import org.mliadvisor.source.Visible;

import java.util.List;

/** The progress report as Markdown: the client's document, the same content as the HTML one without its charts. */
final class ProgressMarkdown {

    private final ReportOptions options;

    ProgressMarkdown(ReportOptions options) {
        this.options = options;
    }

    String render(ProgressView v) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(esc(v.title())).append(": ").append(esc(v.progress().organization())).append("\n\n")
                .append(esc(v.dates())).append("  \n").append(esc(v.knowledgeBase())).append("  \n_")
                .append(esc(v.confidentiality(options.brand()))).append("_\n\n");
        heading(md, v, "section.summary");
        v.summary().forEach(line -> md.append("- ").append(esc(line)).append('\n'));
        md.append('\n');

        heading(md, v, "section.index");
        table(md, v.index());
        md.append(esc(v.words().text("index.note"))).append("\n\n");

        heading(md, v, "section.kpis");
        md.append(esc(v.kpisIntro())).append("\n\n");
        table(md, v.kpis());

        heading(md, v, "section.benefits");
        if (v.benefits().isEmpty()) {
            md.append(esc(v.words().text("benefits.none"))).append("\n\n");
        } else {
            md.append(esc(v.words().text("benefits.intro"))).append("\n\n");
        }
        for (ProgressView.Benefit b : v.benefits()) {
            md.append("### ").append(esc(b.title())).append("\n\n_");
            md.append(esc(String.join(" ", b.meta()))).append("_\n\n");
            if (b.standing() != null) {
                md.append(esc(b.standing())).append("\n\n");
            }
            if (b.kpis() != null) {
                table(md, b.kpis());
            }
            if (b.indicators() != null) {
                table(md, b.indicators());
            }
        }

        heading(md, v, "section.followThrough");
        md.append(esc(v.words().text("follow.intro"))).append("\n\n");
        table(md, v.followThrough());

        heading(md, v, "section.nextWave");
        List<String> next = v.nextWave();
        if (next.isEmpty()) {
            md.append(esc(v.words().text("next.none"))).append("\n\n");
        } else {
            md.append(esc(v.words().text("next.intro"))).append("\n\n");
            for (int i = 0; i < next.size(); i++) {
                md.append(v.progress().nextWave().get(i).rank()).append(". ").append(esc(next.get(i))).append('\n');
            }
            md.append('\n');
        }
        v.nextWaveNotes().forEach(n -> md.append(esc(n)).append("\n\n"));

        heading(md, v, "section.notes");
        if (v.notes().isEmpty()) {
            md.append(esc(v.words().text("notes.none"))).append("\n\n");
        } else {
            md.append(esc(v.words().text("notes.intro"))).append("\n\n");
            v.notes().forEach(n -> md.append("- ").append(esc(n)).append('\n'));
            md.append('\n');
        }

        heading(md, v, "section.method");
        v.method().forEach(paragraph -> md.append(esc(paragraph)).append("\n\n"));
        // organization names and KB texts are anyone's to write: a control in them must not reach a terminal
        return Visible.controlsExceptLayout(md.toString().stripTrailing() + "\n");
    }

    private static void heading(StringBuilder md, ProgressView v, String key) {
        md.append("## ").append(esc(v.words().text(key))).append("\n\n");
    }

    private static void table(StringBuilder md, ProgressView.Table t) {
        md.append('|');
        t.headings().forEach(h -> md.append(' ').append(esc(h)).append(" |"));
        md.append("\n|");
        t.numeric().forEach(n -> md.append(n ? "---:|" : "---|"));
        md.append('\n');
        for (List<String> row : t.rows()) {
            md.append('|');
            row.forEach(cell -> md.append(' ').append(esc(cell)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private static String esc(String text) {
        return MarkdownReportRenderer.escape(text);
    }
}
