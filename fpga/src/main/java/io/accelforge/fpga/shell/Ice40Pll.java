package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.BlackBox;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Output;

/**
 * The iCE40 PLL primitive in simple feedback mode, as a black box that Yosys and nextpnr know
 * (no source: the iCE40 cell library defines it). SB_PLL40_PAD takes the clock straight from
 * its own package pad, which it must be wired to; SB_PLL40_CORE takes it from the fabric.
 * The output drives a global buffer (PLLOUTGLOBAL).
 */
public final class Ice40Pll extends BlackBox {
    public static final String PAD = "SB_PLL40_PAD", CORE = "SB_PLL40_CORE";

    /** The board clock: PACKAGEPIN for the PAD variant, REFERENCECLK for the CORE one. */
    public final Input clockIn;
    public final Input RESETB, BYPASS;
    public final Output PLLOUTGLOBAL, LOCK;

    public Ice40Pll(String primitive, PllConfig c) {
        super(primitive);
        if (!PAD.equals(primitive) && !CORE.equals(primitive)) {
            throw new IllegalArgumentException("unknown iCE40 PLL primitive '" + primitive + "' (" + PAD + " or " + CORE + ")");
        }
        clockIn = input(Bool()).named(PAD.equals(primitive) ? "PACKAGEPIN" : "REFERENCECLK");
        RESETB = input(Bool());
        BYPASS = input(Bool());
        PLLOUTGLOBAL = output(Bool());
        LOCK = output(Bool());
        verilogParameter("DIVR", c.divr());
        verilogParameter("DIVF", c.divf());
        verilogParameter("DIVQ", c.divq());
        verilogParameter("FILTER_RANGE", c.filterRange());
    }
}
