package org.mliadvisor.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The bytes of an input file, read the one safe way every reader shares: only a regular file (a pipe
 * with no writer would block), refused when larger than the cap before it is read, and read through a
 * stream that stops one byte past the cap whatever size the file claimed.
 */
final class InputFile {

    private InputFile() {
    }

    /**
     * The bytes of {@code file}, named {@code displayName} in every problem; {@code kind} says what the
     * file should be ("a YAML or JSON file") when it is a device, pipe or socket.
     */
    static byte[] read(Path file, String displayName, long maxBytes, String kind) throws InputException {
        try {
            BasicFileAttributes attributes = regularFile(file, displayName, kind);
            if (attributes.size() > maxBytes) {
                throw tooLarge(displayName, attributes.size(), maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return bounded(in, displayName, maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "file not found");
        } catch (IOException e) {
            // AccessDeniedException and its kin carry only the path: say the reason instead
            throw InputException.missing(SourceLocation.ofFile(displayName), "cannot be read: " + FileTrouble.reason(e));
        }
    }

    /**
     * The attributes of {@code file} when it is a regular file; a folder, device, pipe or socket is refused
     * (a pipe with no writer would block the reader).
     */
    static BasicFileAttributes regularFile(Path file, String displayName, String kind) throws IOException, InputException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw InputException.missing(SourceLocation.ofFile(displayName), "is a folder, expected a file");
        }
        if (!attributes.isRegularFile()) {
            throw InputException.missing(SourceLocation.ofFile(displayName),
                    "is not a regular file (it is a device, pipe or socket); give the path of " + kind);
        }
        return attributes;
    }

    /** Reads at most one byte more than the cap, so an endless stream, or a file grown since it was measured, stops there. */
    static byte[] bounded(InputStream in, String displayName, long maxBytes) throws IOException, InputException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw InputException.invalid(SourceLocation.ofFile(displayName),
                    "is larger than " + maxBytes + " bytes; the limit is " + maxBytes + " bytes");
        }
        return bytes;
    }

    /** The refusal of a file measured larger than the cap. */
    static InputException tooLarge(String displayName, long size, long maxBytes) {
        return InputException.invalid(SourceLocation.ofFile(displayName), "is " + size + " bytes; the limit is " + maxBytes + " bytes");
    }
}
