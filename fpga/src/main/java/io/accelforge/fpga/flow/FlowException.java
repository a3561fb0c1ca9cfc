package io.accelforge.fpga.flow;

/** The flow stopped: a preflight check, a tool, a fit or a timing check failed. The message says what and what to do. */
public class FlowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FlowException(String message) { super(message); }
}
