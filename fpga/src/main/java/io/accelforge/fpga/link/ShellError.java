package io.accelforge.fpga.link;

import io.accelforge.fpga.shell.Protocol;

/** The shell answered a request with an error status ({@link Protocol}, "Responses"). */
public final class ShellError extends LinkException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ShellError(int status, String request) {
        super("the shell answered " + Protocol.statusName(status) + " to " + request);
        this.status = status;
    }

    public int status() { return status; }
}
