package io.accelforge.tpe.array;

import io.accelforge.rtl.sim.Simulator;

/** How a testbench drives one array's inputs and finds its result ports. */
interface ArrayPorts<I> {
    void drive(Simulator sim, I in);

    int lanes();

    String lanePort(int lane);

    static void poke(Simulator sim, String port, boolean v) { sim.poke(port, v ? 1 : 0); }
}
