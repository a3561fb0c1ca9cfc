package io.accelforge.rtl.tools;

/** An external tool is missing, failed or timed out; the message is one line, naming the log where there is one. */
public final class ToolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToolException(String message) { super(message); }
}
