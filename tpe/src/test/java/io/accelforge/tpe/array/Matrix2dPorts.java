package io.accelforge.tpe.array;

import io.accelforge.rtl.sim.Simulator;

/** Drives {@link Matrix2dArray} by port name. */
record Matrix2dPorts(Matrix2dParams p) implements ArrayPorts<Matrix2dModel.In> {
    @Override public void drive(Simulator sim, Matrix2dModel.In in) {
        for (int r = 0; r < p.rows(); r++) sim.poke(Matrix2dArray.aPort(r), in.a()[r]);
        for (int c = 0; c < p.cols(); c++) sim.poke(Matrix2dArray.bPort(c), in.b()[c]);
        ArrayPorts.poke(sim, "valid", in.valid());
        ArrayPorts.poke(sim, "first", in.first());
        ArrayPorts.poke(sim, "drain", in.drain());
    }

    @Override public int lanes() { return p.cols(); }

    @Override public String lanePort(int lane) { return Matrix2dArray.cPort(lane); }
}
