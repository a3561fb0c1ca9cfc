package io.accelforge.tpe.pe;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;

/**
 * Plain 3D-Cube PE: a multiplier and a carry-propagate adder, psumOut = reg(psumIn + a*b),
 * wrapping at the chain width. One register per PE makes the K chain a pipeline.
 */
public final class CubePlainPe extends Module {
    public final Input a, b, psumIn;
    public final Output psumOut;
    private final Reg psum;

    public CubePlainPe(CubePeParams p) {
        super(p);
        a = input(p.operand());
        b = input(p.operand());
        psumIn = input(p.partialSum());
        psumOut = output(p.partialSum());

        psum = reg(p.partialSum());
        psum.set(psumIn.add(a.mulFull(b).ext(p.chainWidth())));
        psumOut.set(psum);
    }
}
