package io.accelforge.rtl.synth;

/**
 * The PPA flow cannot run or cannot read what a tool wrote; the message is one line and
 * names the file or log to look at. (A tool that is missing, fails or times out raises
 * {@link io.accelforge.rtl.tools.ToolException} instead.)
 */
public final class PpaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PpaException(String message) { super(message); }
}
