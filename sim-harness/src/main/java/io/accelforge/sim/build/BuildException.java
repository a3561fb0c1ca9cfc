package io.accelforge.sim.build;

/** A model could not be built; the message holds the tool's own error lines (file:line) and the log path. */
public final class BuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BuildException(String message) { super(message); }
}
