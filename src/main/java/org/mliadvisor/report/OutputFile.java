package org.mliadvisor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a document atomically: into a temporary file in the target folder, then moved over the
 * target, so a failure never leaves a half-written report.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /** Thrown when the output cannot be written; {@code cannotCreate} tells a missing folder from an I/O failure. */
    public static final class OutputException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean cannotCreate;

        OutputException(String message, boolean cannotCreate, Throwable cause) {
            super(message, cause);
            this.cannotCreate = cannotCreate;
        }

        public boolean cannotCreate() {
            return cannotCreate;
        }
    }

    /**
     * A temporary file is private (0600); the report should read like any file the user writes:
     * the permissions of the file it replaces, or rw-r--r-- for a new one.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Writes {@code content} to {@code target} as UTF-8, all or nothing. */
    public static void write(Path target, String content) throws OutputException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code target}, all or nothing. */
    public static void write(Path target, byte[] content) throws OutputException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputException(target + ": the folder " + folder + " does not exist", true, null);
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputException(target + ": is a folder, expected a file name", true, null);
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new OutputException(target + ": cannot create a file in " + folder + " (" + e.getMessage() + ")", true, e);
        }
        try {
            Files.write(temp, content);
            keepPermissions(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OutputException(target + ": cannot be written (" + e.getMessage() + ")", false, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and harmless; the report itself is what matters
            }
        }
    }
}
