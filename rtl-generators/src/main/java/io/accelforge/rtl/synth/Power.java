package io.accelforge.rtl.synth;

/**
 * OpenSTA's power estimate in watts (internal + switching + leakage = total, and the split
 * into sequential and combinational cells), at the stated switching activity (toggles per
 * clock period on every non-clock net), duty (fraction of time high) and clock frequency.
 */
public record Power(double totalW, double internalW, double switchingW, double leakageW, double sequentialW, double combinationalW,
                    double activity, double duty, double clockMhz) {}
