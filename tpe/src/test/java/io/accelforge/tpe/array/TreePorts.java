package io.accelforge.tpe.array;

import io.accelforge.rtl.sim.Simulator;

/** Drives {@link TreeArray} by port name. */
record TreePorts(TreeParams p) implements ArrayPorts<TreeModel.In> {
    @Override public void drive(Simulator sim, TreeModel.In in) {
        for (int i = 0; i < p.k(); i++) sim.poke(TreeArray.aPort(i), in.a()[i]);
        for (int j = 0; j < p.n(); j++) for (int i = 0; i < p.k(); i++) sim.poke(TreeArray.bPort(j, i), in.b()[j][i]);
        ArrayPorts.poke(sim, "valid", in.valid());
        ArrayPorts.poke(sim, "first", in.first());
        ArrayPorts.poke(sim, "last", in.last());
    }

    @Override public int lanes() { return p.n(); }

    @Override public String lanePort(int lane) { return TreeArray.cPort(lane); }
}
