package io.accelforge.sim.fuzz;

import io.accelforge.rtl.fuzz.Circuit;

/** A circuit and the seed of its input stimulus (see {@link InputValues}). */
public record FuzzCase(Circuit circuit, long stimulusSeed) {
    public FuzzCase withCircuit(Circuit c) { return new FuzzCase(c, stimulusSeed); }
}
