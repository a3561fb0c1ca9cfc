package io.accelforge.tpe.pe;

/**
 * The golden weight-/input-stationary PE, cycle by cycle: what {@link StationaryPe} holds
 * after each clock edge. The partial sum is its value (the sum of the OPT1 rows modulo
 * 2^accWidth, read by the operands' signedness).
 */
public final class StationaryPeModel {
    private final PeArithmetic arith;
    private long w, xOut, psum;

    public StationaryPeModel(PeParams p) { this.arith = p.arithmetic(); }

    /** One clock edge with these inputs; {@code psumIn} is the value of the partial sum from above. */
    public void step(long x, long wIn, boolean load, long psumIn) {
        psum = arith.model(psumIn, x, w);
        if (load) w = wIn;
        xOut = x;
    }

    public long w() { return w; }

    public long xOut() { return xOut; }

    public long psum() { return psum; }
}
