package org.mliadvisor.report;

import org.mliadvisor.source.FileTrouble;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes a document atomically: into a temporary file in the target folder, then moved over the
 * target, so a failure never leaves a half-written report. A device or a FIFO is written through
 * instead: moving a file over {@code /dev/null} would replace the device itself.
 */
public final class OutputFile {

    /** Temporary files are named {@code .mli-NAME.RANDOM.tmp}, so what this tool left is recognizable. */
    static final String TEMP_PREFIX = ".mli-";
    static final String TEMP_SUFFIX = ".tmp";

    /**
     * A temporary file older than this was left by a killed write (a write takes seconds), so the
     * next write into the folder removes it; a younger one may belong to a write still running.
     */
    static final Duration STALE_AFTER = Duration.ofHours(1);

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

    /**
     * Whether {@code target} is written through rather than replaced: an existing file that is
     * neither regular nor a folder (a character device, a FIFO, a socket), or anything under
     * {@code /dev} or {@code /proc}, whose names stand for the system's own files and descriptors.
     */
    public static boolean writesThrough(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.startsWith("/dev") || absolute.startsWith("/proc")) {
            return true;
        }
        return Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute);
    }

    /** Writes {@code content} to {@code target}, all or nothing (or through it, for a device or FIFO). */
    public static void write(Path target, byte[] content) throws OutputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute) && writesThrough(absolute)) {
            writeThrough(target, content);
            return;
        }
        whole(target, content, true);
    }

    /** The failure to write {@code target}, for a writer that met {@code cause} on its own streams. */
    public static OutputException failure(Path target, IOException cause) {
        return new OutputException(target + ": cannot be written (" + FileTrouble.reason(cause) + ")", false, cause);
    }

    /**
     * Opens a file to be written as a stream: the bytes go into a temporary file beside {@code target},
     * which {@link Streamed#commit()} moves over it; closed without a commit, nothing replaces the target.
     */
    public static Streamed open(Path target) throws OutputException {
        return open(target, true);
    }

    /**
     * Writes {@code content} to {@code target}, all or nothing, without first removing stale temporary files
     * from its folder: for a writer of many files into one folder (a batch's reports), where looking through
     * the folder on every write would cost the square of the files.
     */
    public static void writeOneOfMany(Path target, byte[] content) throws OutputException {
        whole(target, content, false);
    }

    private static void whole(Path target, byte[] content, boolean sweep) throws OutputException {
        try (Streamed out = open(target, sweep)) {
            try {
                out.stream().write(content);
            } catch (IOException e) {
                throw failure(target, e);
            }
            out.commit();
        }
    }

    private static Streamed open(Path target, boolean sweep) throws OutputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new OutputException(target + ": is a folder, expected a file name", true, null);
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputException(target + ": " + whyNoFolder(folder), true, null);
        }
        if (sweep) {
            removeStaleTemporaryFiles(folder);
        }
        try {
            Path temp = createTemporaryFile(folder, absolute.getFileName().toString());
            return new Streamed(target, absolute, temp, Files.newOutputStream(temp));
        } catch (IOException e) {
            throw new OutputException(target + ": cannot create a file in " + folder + " (" + FileTrouble.reason(e) + ")", true, e);
        }
    }

    /** A file being written as a stream, all or nothing. */
    public static final class Streamed implements AutoCloseable {
        private final Path target;
        private final Path absolute;
        private final Path temp;
        private final OutputStream stream;
        private boolean committed;

        private Streamed(Path target, Path absolute, Path temp, OutputStream stream) {
            this.target = target;
            this.absolute = absolute;
            this.temp = temp;
            this.stream = stream;
        }

        /** Where the bytes go until the commit. */
        public OutputStream stream() {
            return stream;
        }

        /** The file this will become. */
        public Path target() {
            return target;
        }

        /** Closes the stream and moves the file over its target. */
        public void commit() throws OutputException {
            try {
                stream.close();
                keepPermissions(temp, absolute);
                try {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
                committed = true;
            } catch (IOException e) {
                throw failure(target, e);
            }
        }

        /** Removes the temporary file unless it was committed. */
        @Override
        public void close() {
            if (committed) {
                return;
            }
            try {
                stream.close();
            } catch (IOException ignored) {
                // the file is removed below all the same
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover is named .mli-….tmp and removed by a later write once it is stale
            }
        }
    }

    /** A new, private temporary file {@code .mli-NAME.RANDOM.tmp} in {@code folder}, for a write to {@code name}. */
    static Path createTemporaryFile(Path folder, String name) throws IOException {
        return Files.createTempFile(folder, TEMP_PREFIX + name + ".", TEMP_SUFFIX);
    }

    /** A device or FIFO takes the bytes as they come; it is never created, truncated or renamed. */
    private static void writeThrough(Path target, byte[] content) throws OutputException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            out.write(content);
        } catch (IOException e) {
            throw new OutputException(target + ": cannot be written (" + FileTrouble.reason(e) + ")",
                    !Files.exists(target), e);
        }
    }

    /** "the folder X does not exist", or, when a file stands where a folder should, which one. */
    private static String whyNoFolder(Path folder) {
        if (folder == null) {
            return "has no folder";
        }
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return "a path component is a file, not a folder: " + existing;
        }
        return "the folder " + folder + " does not exist";
    }

    /** Removes this tool's temporary files older than {@link #STALE_AFTER} from {@code folder}; never fails. */
    public static void removeStaleTemporaryFiles(Path folder) {
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                try {
                    if (Files.isRegularFile(temp, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(temp).toInstant().isBefore(before)) {
                        Files.deleteIfExists(temp);
                    }
                } catch (IOException ignored) {
                    // someone else's file or one just removed: the report is what matters
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException ignored) {
            // an unreadable folder fails the write itself, with a clearer message
        }
    }
}
