package io.accelforge.tpe.topology;

/** A topology file that cannot be read as one: the message is {@code file:line: what is wrong; what is allowed}. */
public final class TopologyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TopologyException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
    }
}
