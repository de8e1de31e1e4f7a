package org.mliadvisor.source;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes for the tests of special files; a test is skipped, not failed, where {@code mkfifo} is not available. */
public final class Fifo {

    private Fifo() {
    }

    /** Makes a named pipe at {@code path}, or skips the calling test. */
    public static void makeOrSkip(Path path) {
        Assumptions.assumeTrue(make(path), "mkfifo is not available");
    }

    private static boolean make(Path path) {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
