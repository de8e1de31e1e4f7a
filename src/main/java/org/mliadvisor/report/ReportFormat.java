package org.mliadvisor.report;

/** The formats a diagnosis can be rendered in. */
public enum ReportFormat {
    MARKDOWN, JSON;

    public ReportRenderer renderer() {
        return renderer(false);
    }

    /** With {@code explain}, reports list the facts each conclusion read (JSON always does). */
    public ReportRenderer renderer(boolean explain) {
        return switch (this) {
            case MARKDOWN -> new MarkdownReportRenderer(explain);
            case JSON -> new JsonReportRenderer();
        };
    }
}
