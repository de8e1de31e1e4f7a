package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Progress;

import java.nio.charset.StandardCharsets;

/** The progress report of one firm's assessments over time, in any report format, as the bytes to write. */
public final class ProgressReport {

    private ProgressReport() {
    }

    /** The whole document in {@code format} (UTF-8 for the text formats); the client's document whatever the scope. */
    public static byte[] document(Progress progress, ReportFormat format, ReportOptions options) {
        ProgressView view = new ProgressView(progress, new ProgressWording(options.language()));
        return switch (format) {
            case MARKDOWN -> new ProgressMarkdown(options).render(view).getBytes(StandardCharsets.UTF_8);
            case JSON -> new ProgressJson(options.language()).render(progress).getBytes(StandardCharsets.UTF_8);
            case HTML -> new ProgressHtml(options).render(view, false).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfReportRenderer.layOut(new ProgressHtml(options).render(view, true));
        };
    }
}
