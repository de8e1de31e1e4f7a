package org.mliadvisor.source;

/** An enum constant written in files other than by its lower-cased name (e.g. {@code S+T}). */
public interface Spelled {
    /** How the constant is written in files. */
    String spelling();
}
