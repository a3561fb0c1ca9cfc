package io.accelforge.fpga.link;

/** The host link failed: no port, no permission, no answer, a corrupted answer, or an error status from the shell. */
public class LinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) { super(message); }

    public LinkException(String message, Throwable cause) { super(message, cause); }
}
