package org.mliadvisor.source;

import java.util.Objects;

/** A position in an input file, printed as {@code file:line:column} (both 1-based). */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** A location for a whole file, when no position inside it applies. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    /** The short form {@code file:line} used when citing a knowledge-base entry. */
    public String fileAndLine() {
        return line == 0 ? file : file + ":" + line;
    }

    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
