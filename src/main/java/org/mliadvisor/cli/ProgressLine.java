package org.mliadvisor.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on standard error (rows done, rows per second, time left), redrawn in
 * place at most five times a second, and only when standard error is a terminal: redirected to a file
 * or a pipe it would fill the log with carriage returns.
 */
final class ProgressLine {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long FIRST_DRAW_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private final LongSupplier clock;
    /** When the first row was done, or −1 before: the rate leaves out loading the knowledge base and rules. */
    private long start = -1;
    private long startRows;
    private long lastDrawn;
    private boolean drawn;

    /** A progress line on {@code err}, drawn only when {@code shown}; {@code clock} gives nanoseconds. */
    ProgressLine(PrintWriter err, boolean shown, LongSupplier clock) {
        this.err = err;
        this.shown = shown;
        this.clock = clock;
    }

    /**
     * A progress line on the process's standard error itself, shown when that is a terminal: not through the
     * command's writer, which shows a carriage return and an escape sequence as visible text, as it should
     * for anything that came from the input.
     */
    static ProgressLine onStandardError() {
        PrintWriter raw = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
        return new ProgressLine(raw, standardErrorIsTerminal(), System::nanoTime);
    }

    /**
     * Whether file descriptor 2 is a terminal: on Linux, where it leads (a {@code /dev/pts} or {@code /dev/tty}
     * device); elsewhere, whether the JVM has a console at all, the nearest Java itself can tell.
     */
    static boolean standardErrorIsTerminal() {
        if (System.getenv("TERM") != null && System.getenv("TERM").equals("dumb")) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
            // not Linux, or not allowed to look: fall back on the console
        }
        return System.console() != null;
    }

    /** {@code done} of at most {@code expected} rows are done; redraws when the last drawing is old enough. */
    void update(long done, long expected) {
        if (!shown) {
            return;
        }
        long now = clock.getAsLong();
        if (start < 0) {
            start = now;
            startRows = done;
            return;
        }
        if (now - start < FIRST_DRAW_NANOS || (drawn && now - lastDrawn < REDRAW_NANOS)) {
            return; // in the first second the rate would be the JVM warming up, not the batch
        }
        lastDrawn = now;
        drawn = true;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? (done - startRows) / seconds : 0;
        StringBuilder line = new StringBuilder("\r\033[K").append(String.format(Locale.ROOT, done == 1 ? "%,d row" : "%,d rows", done));
        if (expected > done) {
            line.append(String.format(Locale.ROOT, " of at most %,d (%d%%)", expected, done * 100 / expected));
        }
        line.append(String.format(Locale.ROOT, ", %,.0f rows/s", rate));
        if (rate > 0 && expected > done) {
            line.append(", about ").append(duration((long) ((expected - done) / rate))).append(" left");
        }
        err.print(line);
        err.flush();
    }

    /** Clears the line, so a message can be printed where it stood. */
    void clear() {
        if (shown && drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    private static String duration(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
