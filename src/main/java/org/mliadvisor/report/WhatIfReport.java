package org.mliadvisor.report;

import org.mliadvisor.diagnosis.WhatIf;
import org.mliadvisor.knowledge.Language;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/** The document of a what-if in Markdown, JSON or HTML: the diagnosis before and after its changes, side by side. */
public final class WhatIfReport {

    /** The formats a what-if is written in; a PDF of it is not made. */
    public static final Set<ReportFormat> FORMATS = Set.of(ReportFormat.MARKDOWN, ReportFormat.JSON, ReportFormat.HTML);

    private WhatIfReport() {
    }

    /**
     * The whole document in {@code format}, as UTF-8 bytes; JSON always carries the evidence, Markdown and HTML carry it
     * when the options' scope does.
     */
    public static byte[] document(WhatIf whatIf, ReportFormat format, ReportOptions options) {
        String text = switch (format) {
            case JSON -> new WhatIfJson(options.language()).render(whatIf);
            case MARKDOWN -> WhatIfMarkdown.render(WhatIfView.of(whatIf, options));
            case HTML -> WhatIfHtml.render(WhatIfView.of(whatIf, options));
            case PDF -> throw new IllegalArgumentException("a what-if is written in " + FORMATS.size() + " formats, not as PDF");
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every what-if template of {@code language} by key, for checks that each language says everything English says. */
    static Map<String, String> patterns(Language language) {
        return WhatIfView.patterns(language);
    }
}
