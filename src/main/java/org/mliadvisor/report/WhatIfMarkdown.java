package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Reason;
import org.mliadvisor.source.Visible;

/** A what-if as Markdown: the client's part in plain words and, with the evidence part, where each expected effect comes from. */
final class WhatIfMarkdown {

    private WhatIfMarkdown() {
    }

    static String render(WhatIfView v) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(e(v.title())).append("\n\n").append(e(v.meta())).append("\n\n").append(e(v.intro())).append("\n\n");
        if (v.verdict() != null) {
            md.append("**").append(e(v.verdict())).append("**\n\n");
        }
        md.append("## ").append(v.label("section.changes")).append("\n\n");
        if (v.changes().isEmpty()) {
            md.append(v.label("changes.none")).append("\n\n");
        }
        for (WhatIfView.Group group : v.changes()) {
            md.append("### ").append(e(group.heading())).append("\n\n");
            boolean lines = false;
            for (WhatIfView.Item item : group.items()) {
                if (item.title() == null) {
                    item.lines().forEach(l -> md.append("- ").append(e(l)).append('\n'));
                    lines = true;
                    continue;
                }
                if (lines) {
                    md.append('\n');
                    lines = false;
                }
                md.append("**").append(e(item.title())).append("**\n\n");
                item.lines().forEach(l -> md.append("- ").append(e(l)).append('\n'));
                md.append('\n');
                if (item.basis() != null) {
                    md.append('_').append(e(item.basis())).append("_\n\n");
                }
            }
            if (lines) {
                md.append('\n');
            }
        }
        md.append("## ").append(v.label("section.compare")).append("\n\n| ").append(v.label("compare.item")).append(" | ")
                .append(v.label("compare.before")).append(" | ").append(v.label("compare.after")).append(" | ")
                .append(v.label("compare.change")).append(" |\n|---|---:|---:|---:|\n");
        for (WhatIfView.ScoreRow row : v.scores()) {
            md.append("| ").append(e(row.label())).append(" | ").append(bold(row.before(), row.bindingBefore())).append(" | ")
                    .append(bold(row.after(), row.bindingAfter())).append(" | ").append(row.change()).append(" |\n");
        }
        md.append('\n').append(v.label("compare.note")).append("\n\n**").append(e(v.bindingMove())).append("** ")
                .append(e(v.bindingAfter())).append("\n\n");
        if (v.confidence() != null) {
            md.append(e(v.confidence())).append("\n\n");
        }
        if (v.bindingWithoutAction() != null) {
            md.append(e(v.bindingWithoutAction())).append("\n\n");
        }
        md.append("## ").append(v.label("section.kpis")).append("\n\n");
        if (!v.kpis().isEmpty()) {
            md.append("| KPI | ").append(v.label("kpis.before")).append(" | ").append(v.label("kpis.after")).append(" | ")
                    .append(v.label("kpis.target")).append(" | ").append(v.label("kpis.severity")).append(" |\n|---|---:|---:|---:|---|\n");
            v.kpis().forEach(k -> md.append("| ").append(e(k.name())).append(" | ").append(k.before()).append(" | ").append(k.after())
                    .append(" | ").append(k.target()).append(" | ").append(e(k.severity())).append(" |\n"));
            md.append('\n');
        }
        if (v.kpisNote() != null) {
            md.append(e(v.kpisNote())).append("\n\n");
        }
        md.append("## ").append(v.label("section.actions")).append("\n\n");
        if (v.actions().isEmpty()) {
            md.append(v.label("actions.none")).append("\n\n");
        } else {
            md.append(v.label("actions.intro")).append("\n\n| ").append(v.label("actions.action")).append(" | ")
                    .append(v.label("actions.rankBefore")).append(" | ").append(v.label("actions.rankAfter")).append(" | ")
                    .append(v.label("actions.change")).append(" |\n|---|---:|---:|---|\n");
            v.actions().forEach(a -> md.append("| ").append(e(a.title())).append(" | ").append(a.rankBefore()).append(" | ")
                    .append(a.rankAfter()).append(" | ").append(e(a.change())).append(" |\n"));
            md.append('\n');
        }
        if (!v.notes().isEmpty()) {
            md.append("## ").append(v.label("section.notes")).append("\n\n");
            v.notes().forEach(n -> md.append("- ").append(e(n)).append('\n'));
            md.append('\n');
        }
        if (!v.evidence().isEmpty() || !v.bindingReasons().isEmpty()) {
            md.append("## ").append(v.label("section.evidence")).append("\n\n").append(v.label("evidence.intro")).append("\n\n");
            for (WhatIfView.EvidenceItem item : v.evidence()) {
                md.append("### ").append(e(item.title())).append(" (`").append(item.id()).append("`)\n\n");
                item.lines().forEach(l -> md.append("- ").append(e(l)).append('\n'));
                md.append('\n');
            }
            md.append("### ").append(v.label("evidence.binding")).append("\n\n");
            for (Reason reason : v.bindingReasons()) {
                md.append("- ").append(e(reason.statement(v.language()))).append(" _[").append(reason.rule())
                        .append(reason.kbEntries().isEmpty() ? "" : "; " + e(String.join(", ", reason.kbEntries()))).append("]_\n");
            }
            md.append('\n');
        }
        // organization names and knowledge-base texts are anyone's to write: a control in them must not reach a terminal
        return Visible.controlsExceptLayout(md.toString());
    }

    private static String e(String text) {
        return MarkdownReportRenderer.escape(text);
    }

    private static String bold(String value, boolean binding) {
        return binding ? "**" + value + "**" : value;
    }
}
