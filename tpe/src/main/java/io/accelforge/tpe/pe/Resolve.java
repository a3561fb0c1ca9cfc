package io.accelforge.tpe.pe;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Vec;

/**
 * The value of a stored accumulator, where a result leaves an array: the carry-propagate add
 * of OPT1's sum and carry rows, or PLAIN's one word as it is. A module of its own so that an
 * array's Verilog shows one adder per column rather than its gates.
 */
public final class Resolve extends Module {
    public final Vec<Input> acc;
    public final Output value;

    public Resolve(PeParams p) {
        super(p);
        PeArithmetic arith = p.arithmetic();
        acc = inputs(arith.rows(), arith.rowType());
        value = output(arith.resultType());
        value.set(arith.resolve(acc.asList()));
    }
}
