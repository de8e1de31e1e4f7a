package org.mliadvisor.report;

import org.mliadvisor.knowledge.Language;

import java.util.Objects;

/**
 * How a diagnosis is rendered: in which language, which document ({@link ReportScope}), whether each
 * reason lists the facts it read, and under whose brand.
 */
public record ReportOptions(Language language, ReportScope scope, boolean explain, Brand brand) {
    public ReportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(brand, "brand");
    }

    /** The client's document in {@code language}, unbranded. */
    public static ReportOptions client(Language language) {
        return new ReportOptions(language, ReportScope.CLIENT, false, Brand.NONE);
    }

    /** The client's document followed by the evidence appendix, in {@code language}, unbranded. */
    public static ReportOptions full(Language language) {
        return new ReportOptions(language, ReportScope.FULL, false, Brand.NONE);
    }
}
