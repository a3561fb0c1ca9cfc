package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import java.util.List;

/** Test fixture: one {@link PeArithmetic#mac} step as a combinational module, with the next accumulator resolved. */
final class MacStep extends Module {
    public final Vec<Input> acc;
    public final Input a, b, clear;
    public final Vec<Output> next;
    public final Output value;

    MacStep(PeParams p) {
        super(p);
        PeArithmetic arith = p.arithmetic();
        acc = inputs(arith.rows(), arith.rowType());
        a = input(arith.operandType());
        b = input(arith.operandType());
        clear = input(Bool());
        next = outputs(arith.rows(), arith.rowType());
        value = output(arith.resultType());
        List<Value> rows = arith.mac(arith.clearedWhen(clear, acc.asList()), a, b);
        for (int r = 0; r < rows.size(); r++) next.get(r).set(rows.get(r));
        value.set(arith.resolve(rows));
    }
}
