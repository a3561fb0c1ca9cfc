package io.accelforge.tpe.array;

import io.accelforge.rtl.sim.Simulator;

/** Drives {@link CubeArray} by port name. */
record CubePorts(CubeParams p) implements ArrayPorts<CubeModel.In> {
    @Override public void drive(Simulator sim, CubeModel.In in) {
        for (int z = 0; z < p.z(); z++) for (int y = 0; y < p.y(); y++) sim.poke(CubeArray.aPort(z, y), in.a()[z][y]);
        for (int y = 0; y < p.y(); y++) for (int x = 0; x < p.x(); x++) sim.poke(CubeArray.bPort(y, x), in.b()[y][x]);
        ArrayPorts.poke(sim, "valid", in.valid());
    }

    @Override public int lanes() { return p.z() * p.x(); }

    @Override public String lanePort(int lane) { return CubeArray.lanePort(p, lane); }
}
