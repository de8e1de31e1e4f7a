package org.mliadvisor.report;

import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.knowledge.Language;

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

    /** The whole document in this format, as the bytes to write (UTF-8 for the text formats). */
    public byte[] document(Diagnosis diagnosis, boolean explain, Language language) {
        if (this == PDF) {
            return new PdfReportRenderer(language).render(diagnosis);
        }
        return renderer(explain, language).render(diagnosis).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The renderer of a text format; with {@code explain}, reports list the facts each conclusion
     * read (JSON and HTML always do).
     */
    public ReportRenderer renderer(boolean explain, Language language) {
        return switch (this) {
            case MARKDOWN -> new MarkdownReportRenderer(explain, language);
            case JSON -> new JsonReportRenderer(language);
            case HTML -> new HtmlReportRenderer(language);
            case PDF -> throw new IllegalStateException("PDF is binary; use document()");
        };
    }
}
