package io.accelforge.rtl.elab;

/**
 * What elaboration built and how long each stage took: construction (running the Java
 * generators), naming and checks, and Verilog emission.
 */
public record ElaborationStats(int moduleInstances, int distinctModules, long nodes,
                               long constructNanos, long checkNanos, long emitNanos) {
    public long totalNanos() { return constructNanos + checkNanos + emitNanos; }
}
