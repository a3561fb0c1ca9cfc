package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.blocks.cdc.Synchronizer;
import io.accelforge.rtl.blocks.cdc.SynchronizerParams;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.ResetKind;

/**
 * The shell's reset: {@code rst} is high for the first 15 cycles after configuration (iCE40
 * flops power up at zero) and until {@code ready} (the PLL's lock, asynchronous to the clock)
 * has passed a two-flop {@link Synchronizer} into the shell clock domain. The domain's own
 * reset input is tied low by the parent: nothing resets the reset.
 *
 * <p>The power-on counter matters: without a PLL, {@code ready} is constant and Yosys replaces
 * the synchroniser's flops (constant input, no initial value) by the constant, so the
 * synchroniser alone would never assert reset. The gate-level simulation test caught that.
 */
public final class ResetSync extends Module {
    static final int POWER_ON_CYCLES = 15;

    public final ClockDomain sys;
    public final Input ready;
    public final Output rst;
    private final Synchronizer sync;
    private final Reg powerOn;

    public ResetSync() {
        sys = clockDomain("sys", ResetKind.SYNC);
        ready = input(Bool());
        rst = output(Bool());
        sync = instance(new Synchronizer(SynchronizerParams.bit(2, false)), sys);
        sync.d.set(ready);
        // no reset value: it starts at zero with the FPGA and counts to 15, then stays
        powerOn = reg(UInt(4), sys);
        when(powerOn.ne(POWER_ON_CYCLES), () -> powerOn.set(powerOn.add(1)));
        rst.set(sync.q.not().or(powerOn.ne(POWER_ON_CYCLES)));
    }

    /** Prefixed so that it cannot collide with a module of an imported accelerator. */
    @Override public String moduleName() { return "ShellResetSync"; }
}
