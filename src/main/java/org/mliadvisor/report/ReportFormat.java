package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The formats a diagnosis can be rendered in. */
public enum ReportFormat {
    MARKDOWN, JSON, HTML, PDF;

    /**
     * The format a file name's extension names ({@code .pdf}, {@code .html} or {@code .htm},
     * {@code .json}, {@code .md} or {@code .markdown}, in any case), or empty for any other name.
     */
    public static Optional<ReportFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "pdf" -> Optional.of(PDF);
            case "html", "htm" -> Optional.of(HTML);
            case "json" -> Optional.of(JSON);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }

    /** Whether the format is binary, so it is written to a file rather than printed. */
    public boolean binary() {
        return this == PDF;
    }

    /** Whether the format draws or lists the regions of the weight simplex, which cost a diagnosis per cell to work out. */
    public boolean showsRegions() {
        return this != MARKDOWN;
    }

    /** The whole document in this format, as the bytes to write (UTF-8 for the text formats). */
    public byte[] document(Analysis analysis, ReportOptions options) {
        if (this == PDF) {
            return new PdfReportRenderer(options).render(analysis);
        }
        return renderer(options).render(analysis).getBytes(StandardCharsets.UTF_8);
    }

    /** The whole document of a diagnosis alone, saying nothing of its weight robustness. */
    public byte[] document(Diagnosis diagnosis, ReportOptions options) {
        return document(Analysis.of(diagnosis), options);
    }

    /**
     * The renderer of a text format; JSON always carries every conclusion with its rule, facts and
     * knowledge-base entries, whatever the options' scope.
     */
    public ReportRenderer renderer(ReportOptions options) {
        return switch (this) {
            case MARKDOWN -> new MarkdownReportRenderer(options);
            case JSON -> new JsonReportRenderer(options.language());
            case HTML -> new HtmlReportRenderer(options);
            case PDF -> throw new IllegalStateException("PDF is binary; use document()");
        };
    }
}
