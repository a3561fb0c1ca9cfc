package io.accelforge.sim.csv;

/** A malformed CSV file: the message starts with file:line. */
public final class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CsvFormatException(String message) { super(message); }
}
