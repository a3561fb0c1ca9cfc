package io.accelforge.fpga.program;

/** Programming was refused before the programmer ran (missing file, wrong bitstream, a mode the board lacks, another tool). */
public final class ProgramException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean usage;

    public ProgramException(String message, boolean usage) {
        super(message);
        this.usage = usage;
    }

    /** True when the command line was wrong (exit 2), false when a check failed (exit 1). */
    public boolean usage() { return usage; }
}
