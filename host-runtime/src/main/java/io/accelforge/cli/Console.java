package io.accelforge.cli;

import java.io.PrintStream;

/** Where a command writes: results to out, progress and errors to err. */
record Console(PrintStream out, PrintStream err) {
    void progress(String line) {
        err.println(line);
        err.flush();
    }
}
