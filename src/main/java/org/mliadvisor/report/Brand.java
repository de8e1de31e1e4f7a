package org.mliadvisor.report;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Who hands the report over and how it looks: the consulting firm and consultant named on the cover,
 * their logo and the client's, the accent colour and the confidentiality line. Logos are kept as
 * bytes and embedded, so the HTML stays one self-contained file.
 *
 * @param firm            the consulting firm's name, or {@code null}
 * @param consultant      the consultant's name, or {@code null}
 * @param logo            the consulting firm's logo, or {@code null}
 * @param clientLogo      the client's logo, or {@code null}
 * @param accent          the accent colour as {@code #rrggbb}
 * @param confidentiality the confidentiality line in place of the standard one, or {@code null}
 */
public record Brand(String firm, String consultant, Logo logo, Logo clientLogo, String accent, String confidentiality) {

    /** The report's own blue. */
    public static final String DEFAULT_ACCENT = "#1c6dd0";

    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** No brand: the report names no consultant and shows no logo. */
    public static final Brand NONE = new Brand(null, null, null, null, DEFAULT_ACCENT, null);

    public Brand {
        Objects.requireNonNull(accent, "accent");
        if (!COLOUR.matcher(accent).matches()) {
            throw new IllegalArgumentException("an accent colour is #rrggbb, got " + accent);
        }
        accent = accent.toLowerCase(java.util.Locale.ROOT);
    }

    /** The cover's "prepared by" line (consultant, firm), or empty when the brand names neither. */
    public Optional<String> preparedBy() {
        String by = Stream.of(consultant, firm).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return by.isEmpty() ? Optional.empty() : Optional.of(by);
    }

    /** The cover's confidentiality line, or {@code fallback} when the brand sets none. */
    public String confidentialityOr(String fallback) {
        return confidentiality != null ? confidentiality : fallback;
    }

    /** An image embedded in the report. */
    public record Logo(Kind kind, byte[] bytes) {

        /** The image formats a logo may be in. */
        public enum Kind {
            PNG("image/png"), JPEG("image/jpeg"), SVG("image/svg+xml");

            private final String mediaType;

            Kind(String mediaType) {
                this.mediaType = mediaType;
            }

            public String mediaType() {
                return mediaType;
            }
        }

        public Logo {
            Objects.requireNonNull(kind, "kind");
            if (bytes == null || bytes.length == 0) {
                throw new IllegalArgumentException("a logo has content");
            }
            bytes = bytes.clone();
        }

        /** The logo as a {@code data:} URI, the only kind of address the report's images may have. */
        public String dataUri() {
            return "data:" + kind.mediaType() + ";base64," + Base64.getEncoder().encodeToString(bytes);
        }
    }
}
