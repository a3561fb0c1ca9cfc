package io.accelforge.cli;

/** The command line is wrong; forge prints the message and exits with {@link Exit#USAGE}. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) { super(message); }
}
