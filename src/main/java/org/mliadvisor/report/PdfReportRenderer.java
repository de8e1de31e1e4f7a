package org.mliadvisor.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import org.mliadvisor.diagnosis.Diagnosis;
import org.mliadvisor.knowledge.Language;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The HTML report laid out as an A4 PDF, charts included, with page numbers, a running header, a
 * table of contents with page numbers and an outline, and DejaVu Sans embedded so Cyrillic and the
 * Uzbek letters oʻ and gʻ print as letters. Nothing outside the document is ever fetched.
 */
public final class PdfReportRenderer {

    /** The family the report's CSS asks for first; the fonts are registered under this name. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    static {
        // openhtmltopdf logs every layout step through java.util.logging; a report run should print nothing
        XRLog.setLoggingEnabled(false);
    }

    private final HtmlReportRenderer html;

    /** The client's document in {@code language}, unbranded. */
    public PdfReportRenderer(Language language) {
        this(ReportOptions.client(language));
    }

    /** A renderer for the document, language and brand {@code options} name. */
    public PdfReportRenderer(ReportOptions options) {
        this.html = new HtmlReportRenderer(options);
    }

    /** The whole document of a diagnosis alone as PDF bytes, saying nothing of its weight robustness. */
    public byte[] render(Diagnosis diagnosis) {
        return render(Analysis.of(diagnosis));
    }

    /** The whole document as PDF bytes. */
    public byte[] render(Analysis analysis) {
        return layOut(html.render(analysis, true));
    }

    /** A report's XHTML, with its bookmarks, laid out as A4 PDF bytes. */
    static byte[] layOut(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl((uri, type) -> embedded(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> embedded(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("MLI Advisor");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be laid out", e);
        }
        return pdf.toByteArray();
    }

    /** Only images embedded in the document itself (the brand's logos) may be loaded; nothing is fetched. */
    static boolean embedded(String uri) {
        return uri != null && (uri.startsWith("data:image/png;base64,") || uri.startsWith("data:image/jpeg;base64,")
                || uri.startsWith("data:image/svg+xml;base64,"));
    }

    private static InputStream font(String file) {
        InputStream in = PdfReportRenderer.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("the font " + file + " is missing from the build");
        }
        return in;
    }
}
