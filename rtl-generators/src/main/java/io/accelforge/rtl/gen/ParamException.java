package io.accelforge.rtl.gen;

/** A parameter value that is out of range, malformed or unknown; the message names it and the valid range. */
public final class ParamException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ParamException(String message) { super(message); }
}
