package org.mliadvisor.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in plain words why a file operation failed. Java's exceptions carry the path as their
 * message ({@code AccessDeniedException: /x/y}), which names no reason at all; the reason the
 * operating system gave is what a user can act on.
 */
public final class FileTrouble {

    /** What an input file the user may not read is told: the reason, not only the path. */
    public static final String UNREADABLE = "cannot be read: permission denied";

    private FileTrouble() {
    }

    /** "permission denied", "a path component is a file", "not found", or the system's own reason. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a path component is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            // e.g. a folder asked for where a file of that name stands
            return "a file of that name already exists";
        }
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String reason = fse.getReason();
            // ENOTDIR: the file system was asked to look inside something that is not a folder
            if (reason.equals("Not a directory")) {
                return "a path component is a file, not a folder";
            }
            return reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + reason.substring(1);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
