package org.mliadvisor.benchmark;

/** A Java program that does nothing: the floor the benchmark reads each whole-process time against. */
public final class EmptyProgram {

    private EmptyProgram() {
    }

    public static void main(String[] args) {
        // nothing: what is left is the JVM's own start and exit
    }
}
