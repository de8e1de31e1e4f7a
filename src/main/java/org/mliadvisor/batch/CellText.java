package org.mliadvisor.batch;

/**
 * Text for a spreadsheet cell that a spreadsheet will not run: a value starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google
 * Sheets, so it gets a leading apostrophe (OWASP, "CSV injection"). Numbers the batch writes itself
 * are not passed through here: a negative margin stays a number.
 */
public final class CellText {

    private CellText() {
    }

    /** {@code text} as inert cell text. */
    public static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
