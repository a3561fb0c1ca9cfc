package io.accelforge.fpga.board;

/** No board of that name; the message lists the nearest names. */
public final class UnknownBoardException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownBoardException(String message) { super(message); }
}
