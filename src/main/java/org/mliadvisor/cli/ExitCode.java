package org.mliadvisor.cli;

/** Process exit codes, following sysexits(3). */
public final class ExitCode {
    public static final int OK = 0;
    public static final int USAGE = 64;
    public static final int DATA_ERROR = 65;
    public static final int NO_INPUT = 66;
    public static final int INTERNAL = 70;
    public static final int CANNOT_CREATE = 73;
    public static final int IO_ERROR = 74;

    private ExitCode() {
    }
}
