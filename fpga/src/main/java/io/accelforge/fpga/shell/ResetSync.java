package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.blocks.cdc.Synchronizer;
import io.accelforge.rtl.blocks.cdc.SynchronizerParams;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.ResetKind;

/**
 * The shell's reset: {@code rst} is high until {@code ready} (the PLL's lock, asynchronous to
 * the clock) has passed a two-flop {@link Synchronizer} into the shell clock domain. iCE40
 * flops power up at zero, so reset is asserted from configuration until two clock edges after
 * lock. The domain's own reset input is tied low by the parent: nothing resets the reset.
 */
public final class ResetSync extends Module {
    public final ClockDomain sys;
    public final Input ready;
    public final Output rst;
    private final Synchronizer sync;

    public ResetSync() {
        sys = clockDomain("sys", ResetKind.SYNC);
        ready = input(Bool());
        rst = output(Bool());
        sync = instance(new Synchronizer(SynchronizerParams.bit(2, false)), sys);
        sync.d.set(ready);
        rst.set(sync.q.not());
    }
}
