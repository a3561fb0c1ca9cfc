package io.accelforge.tpe.pe;

/**
 * The golden output-stationary PE, cycle by cycle: what {@link OsPe} holds after each clock
 * edge. The accumulator is its value (the sum of the OPT1 rows modulo 2^accWidth, read by
 * the operands' signedness); the pass-through registers start at zero like the RTL's.
 */
public final class OsPeModel {
    private final PeArithmetic arith;
    private long acc, aOut, bOut;
    private boolean validOut, firstOut;

    public OsPeModel(PeParams p) { this.arith = p.arithmetic(); }

    /** One clock edge with these inputs; {@code accIn} is the value of the drain chain's input. */
    public void step(long a, long b, boolean valid, boolean first, boolean shift, long accIn) {
        if (shift) acc = accIn;
        else if (valid) acc = arith.model(first ? 0 : acc, a, b);
        aOut = a;
        bOut = b;
        validOut = valid;
        firstOut = first;
    }

    public long acc() { return acc; }

    public long aOut() { return aOut; }

    public long bOut() { return bOut; }

    public boolean validOut() { return validOut; }

    public boolean firstOut() { return firstOut; }
}
