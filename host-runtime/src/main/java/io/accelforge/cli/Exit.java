package io.accelforge.cli;

/** forge's exit codes. */
final class Exit {
    /** everything worked */
    static final int OK = 0;
    /** a check, lint, simulation or tool failed */
    static final int FAILED = 1;
    /** the command line was wrong (unknown command, generator, parameter or bad value) */
    static final int USAGE = 2;

    private Exit() {}
}
