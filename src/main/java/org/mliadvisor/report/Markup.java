package org.mliadvisor.report;

/** Makes text from assessments and knowledge bases inert in HTML, XHTML and SVG. */
final class Markup {

    private Markup() {
    }

    /**
     * Escapes the five markup characters, for element text and quoted attributes alike, and
     * replaces characters XML 1.0 forbids (control characters, lone surrogates) with U+FFFD, so the
     * document stays well-formed for an XML parser such as the PDF renderer's.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Text as a quoted CSS string, for the page margin boxes of print: quotes, backslashes, angle
     * brackets (so no {@code </style>} can close the style element) and controls become CSS escapes.
     */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8).append('"');
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else if (c > 0xFFFF || allowedInXml((char) c)) {
                out.appendCodePoint(c);
            } else {
                // a lone surrogate or a non-character would make the document unreadable to an XML parser
                out.append('\uFFFD');
            }
        });
        return out.append('"').toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
