package io.accelforge.rtl.sim;

/** A simulation was used wrongly (unknown port, value out of range) or the design cannot be simulated. */
public final class SimException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SimException(String message) { super(message); }
}
