package io.accelforge.sim.tb;

import io.accelforge.rtl.elab.Design;
import io.accelforge.sim.SimOptions;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.sim.build.PortSpec;
import java.util.List;

/**
 * A testbench over a Verilator model whose registers and memories start random (as
 * --x-initial unique), from a seed that a failure prints and -Daccelforge.seed replays.
 */
public final class VerilatorBench {
    private VerilatorBench() {}

    public static void run(Design d, Testbench.Body body) { run(d, SimOptions.defaults(), body); }

    public static void run(Design d, SimOptions options, Testbench.Body body) {
        long seed = Seeds.next();
        try (VerilatorSim sim = VerilatorSim.open(d, options.withRandomInit(seed))) {
            List<String> resets = sim.options().resets();
            List<String> watch = sim.ports().stream().filter(p -> !p.input() && p.width() <= 64).map(PortSpec::name).limit(16).toList();
            Testbench.run(sim, TbOptions.of(resets, watch), () -> Seeds.describe(seed), body);
        }
    }
}
