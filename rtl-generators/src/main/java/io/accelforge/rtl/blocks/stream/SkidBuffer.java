package io.accelforge.rtl.blocks.stream;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Wire;

/**
 * Two-entry ready/valid register slice that cuts the combinational paths both ways: in.ready
 * and out.valid/out.data come straight from flops, and still one word moves per cycle.
 *
 * <p>The output register holds the word on offer. When the sink stalls, a word that the
 * source sends in that same cycle (in.ready was already high) lands in the skid register and
 * in.ready drops; the skid word moves to the output as soon as the output word is taken.
 */
public final class SkidBuffer extends Module {
    public final ReadyValid in, out;
    private final Reg outValid, outData, inReady, skidData;
    private final Wire take, outFree;

    public SkidBuffer(SkidBufferParams p) {
        super(p);
        in = new ReadyValid(input(Bool()), output(Bool()), input(UInt(p.width())));
        out = new ReadyValid(output(Bool()), input(Bool()), output(UInt(p.width())));

        outValid = reg(Bool()).init(0);
        outData = reg(UInt(p.width()));
        // low exactly when the skid register holds a word
        inReady = reg(Bool()).init(1);
        skidData = reg(UInt(p.width()));

        take = wire(in.valid.and(inReady));
        outFree = wire(outValid.not().or(out.ready));
        when(outFree, () -> {
            when(inReady.not(), () -> {
                outData.set(skidData);
                outValid.set(1);
                inReady.set(1);
            }).otherwise(() -> {
                outData.set(in.data);
                outValid.set(take);
            });
        }).elseWhen(take, () -> {
            skidData.set(in.data);
            inReady.set(0);
        });

        in.ready.set(inReady);
        out.valid.set(outValid);
        out.data.set(outData);
    }
}
