package io.accelforge.rtl.blocks.stream;

import java.math.BigInteger;

/** Cycle model of {@link SkidBuffer}: an output slot and a skid slot; outputs show the state before the edge. */
public final class SkidBufferModel {
    private boolean outValid, skidValid;
    private BigInteger outData = BigInteger.ZERO, skidData = BigInteger.ZERO;

    public boolean inReady() { return !skidValid; }
    public boolean outValid() { return outValid; }
    public BigInteger outData() { return outData; }

    /** One clock edge. */
    public void step(boolean inValid, BigInteger inData, boolean outReady) {
        boolean take = inValid && inReady();
        if (!outValid || outReady) {
            if (skidValid) {
                outData = skidData;
                outValid = true;
                skidValid = false;
            } else {
                outData = inData;
                outValid = take;
            }
        } else if (take) {
            skidData = inData;
            skidValid = true;
        }
    }

    public void reset() {
        outValid = false;
        skidValid = false;
    }
}
