package io.accelforge.rtl.blocks.mac;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;

/** Output-stationary MAC cell: acc += a*b each enabled cycle; a flows right, b flows down. */
public final class MacCell extends Module {
    public final Input a, b, en, clear;
    public final Output aOut, bOut, acc;
    private final Reg sum;

    public MacCell(MacCellParams p) {
        super(p);
        a = input(SInt(p.width()));
        b = input(SInt(p.width()));
        en = input(Bool());
        clear = input(Bool());
        aOut = output(SInt(p.width()));
        bOut = output(SInt(p.width()));
        acc = output(SInt(p.accWidth()));

        sum = reg(SInt(p.accWidth())).init(0);
        when(clear, () -> sum.set(0))
            .elseWhen(en, () -> sum.set(sum.add(a.mulFull(b).sext(p.accWidth()))));
        aOut.set(regNext(a));
        bOut.set(regNext(b));
        acc.set(sum);
    }
}
