package io.accelforge.tpe.engine;

import static io.accelforge.rtl.hcl.Hcl.log2Up;

/**
 * The shape of an engine's three scratchpads: lanes per word (A and B lanes hold W-bit
 * operands, C lanes accWidth-bit results) and depth in words.
 */
public record Scratchpads(int aLanes, int bLanes, int cLanes, int aDepth, int bDepth, int cDepth) {
    public int aAddrBits() { return log2Up(aDepth); }

    public int bAddrBits() { return log2Up(bDepth); }

    public int cAddrBits() { return log2Up(cDepth); }

    @Override public String toString() { return "A " + aDepth + "x" + aLanes + ", B " + bDepth + "x" + bLanes + ", C " + cDepth + "x" + cLanes; }
}
