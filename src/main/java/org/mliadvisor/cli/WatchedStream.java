package org.mliadvisor.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers its first failure. A PrintWriter swallows write errors, so a
 * report sent to a full disk or a closed pipe would end with exit 0 and a truncated document; the
 * failure kept here makes the command exit 74 and say why.
 */
final class WatchedStream extends FilterOutputStream {

    private IOException failure;

    WatchedStream(OutputStream out) {
        super(out);
    }

    /** The first write or flush failure, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
