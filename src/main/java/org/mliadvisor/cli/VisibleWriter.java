package org.mliadvisor.cli;

import org.mliadvisor.source.Visible;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the tool prints for a terminal passes through here: a control character from a file
 * (ESC, BEL, NUL, C1) shows as <code>&#92;u001B</code> instead of acting on the terminal. Line feeds and
 * tabs are layout and stay; a carriage return stays only where the platform's line separator has one.
 */
final class VisibleWriter extends FilterWriter {

    private static final boolean CR_IS_LAYOUT = System.lineSeparator().indexOf('\r') >= 0;

    VisibleWriter(Writer out) {
        super(out);
    }

    /** A control that would act on the terminal, rather than lay out the text. */
    private static boolean hidden(char ch) {
        return Visible.isControl(ch) && !Visible.isLayout(ch) && !(ch == '\r' && CR_IS_LAYOUT);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (hidden(ch)) {
            out.write(Visible.escaped(ch));
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char ch = str.charAt(i);
            if (hidden(ch)) {
                out.write(str, start, i - start);
                out.write(Visible.escaped(ch));
                start = i + 1;
            }
        }
        out.write(str, start, end - start);
    }
}
