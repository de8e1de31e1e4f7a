package org.mliadvisor.cli;

import org.mliadvisor.report.OutputFile;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** A command's output file: written atomically and named on stderr, or refused with what went wrong and the sysexits code. */
final class FileOutput {

    private FileOutput() {
    }

    /** Writes {@code content} to {@code target} and says so ({@code wrote report.pdf (PDF, 377 KB)}); the exit code. */
    static int write(Path target, byte[] content, String kind, PrintWriter err) {
        try {
            OutputFile.write(target, content);
        } catch (OutputFile.OutputException e) {
            return refused(e, err);
        }
        err.println("wrote " + target + " (" + kind + ", " + humanSize(content.length) + ")");
        err.flush();
        return ExitCode.OK;
    }

    /** Says why an output could not be written: 73 when it could not be created, 74 when writing it failed. */
    static int refused(OutputFile.OutputException e, PrintWriter err) {
        err.println("mli: " + e.getMessage());
        return e.cannotCreate() ? ExitCode.CANNOT_CREATE : ExitCode.IO_ERROR;
    }

    /** A size as people read it: bytes below 1 KB, whole KB below 1 MB, MB with one decimal above. */
    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
