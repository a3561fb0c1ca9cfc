package io.accelforge.tpe.engine;

import io.accelforge.rtl.sim.Simulator;

/** The command port by port name, on any {@link Simulator}. */
final class SimCommandPort extends CommandPort {
    SimCommandPort(Simulator sim, GemmEngineParams p) {
        super(sim, p);
        idle();
    }

    @Override protected void drive(int op, int addr, long[] lanes, int bits) {
        sim.poke("cmdValid", 1);
        sim.poke("cmdOp", op);
        sim.poke("cmdAddr", addr);
        if (lanes != null) sim.poke("cmdData", Lanes.pack(lanes, bits));
    }

    @Override protected void waitReady(Op op) {
        for (long t = 0; sim.peek("cmdReady") == 0; t++) {
            if (t == WAIT_LIMIT) throw stuck(op);
            sim.step();
        }
    }

    @Override void response(long[] out, int bits, boolean signed) { Lanes.unpack(sim.peekBig("rspData"), bits, signed, out); }

    @Override long responseWord() { return sim.peekBig("rspData").longValue() & 0xFFFF_FFFFL; }

    @Override void idle() { sim.poke("cmdValid", 0); }
}
