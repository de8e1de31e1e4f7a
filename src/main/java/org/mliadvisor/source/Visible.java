package org.mliadvisor.source;

/**
 * Makes control characters visible. Organization names, knowledge-base texts, ids and values come
 * from files anyone can write; echoed raw to a terminal, ESC, BEL or a C1 control can set the
 * window title, hide lines or worse. Every text the tool prints for a terminal passes through here,
 * so a control shows as <code>&#92;u001B</code> instead of acting.
 */
public final class Visible {

    private Visible() {
    }

    /** Every C0 and C1 control, DEL included, as <code>&#92;uXXXX</code>: for one-line messages. */
    public static String controls(String text) {
        return escape(text, false);
    }

    /** As {@link #controls}, but a line feed and a tab stay: they are the layout of a text body. */
    public static String controlsExceptLayout(String text) {
        return escape(text, true);
    }

    /** Whether {@code c} is a C0 or C1 control character, or DEL. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** Whether {@code c} is a control that {@link #controlsExceptLayout} keeps. */
    public static boolean isLayout(char c) {
        return c == '\n' || c == '\t';
    }

    /** {@code c} as the visible escape <code>&#92;uXXXX</code> (four upper-case hex digits). */
    public static String escaped(char c) {
        return String.format("\\u%04X", (int) c);
    }

    private static String escape(String text, boolean keepLayout) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hide = isControl(c) && !(keepLayout && isLayout(c));
            if (hide && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(hide ? escaped(c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
