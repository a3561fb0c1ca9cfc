package io.accelforge.fpga.link;

import io.accelforge.fpga.fixture.TestAccelerator;
import io.accelforge.fpga.fixture.TestAcceleratorParams;
import io.accelforge.fpga.shell.Clocking;
import io.accelforge.fpga.shell.ShellParams;
import io.accelforge.fpga.shell.ShellTop;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;

/** Shells around the test accelerator for simulated-link tests: 8 clocks per bit, 2^12-cycle waits. */
final class SimShells {
    static final int CLOCKS_PER_BIT = 8;
    static final long TIMEOUT_CYCLES = 200_000;

    private SimShells() {}

    static Design shell(TestAcceleratorParams acc) {
        ShellParams p = new ShellParams(CLOCKS_PER_BIT, 12_000_000, 12, 0, 0);
        return Elaborator.elaborate(() -> new ShellTop(p, Clocking.direct(), () -> new TestAccelerator(acc)));
    }

    static SimulatedLink open(TestAcceleratorParams acc) { return SimulatedLink.open(shell(acc), CLOCKS_PER_BIT, TIMEOUT_CYCLES); }
}
