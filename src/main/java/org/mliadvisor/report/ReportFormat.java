package org.mliadvisor.report;

/** The formats a diagnosis can be rendered in. */
public enum ReportFormat {
    MARKDOWN, JSON;

    public ReportRenderer renderer() {
        return switch (this) {
            case MARKDOWN -> new MarkdownReportRenderer();
            case JSON -> new JsonReportRenderer();
        };
    }
}
