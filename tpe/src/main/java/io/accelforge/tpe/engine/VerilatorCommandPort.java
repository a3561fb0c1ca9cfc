package io.accelforge.tpe.engine;

import io.accelforge.sim.Port;
import io.accelforge.sim.VerilatorSim;

/**
 * The command port on Verilator: port handles (no name lookup) for the ports up to 64 bits,
 * and waits for cmdReady in native code.
 */
final class VerilatorCommandPort extends CommandPort {
    private final VerilatorSim v;
    private final Port valid, op, addr, ready;
    private final Port data, rsp;
    private long lastOp = -1, lastAddr = -1;

    VerilatorCommandPort(VerilatorSim v, GemmEngineParams p) {
        super(v, p);
        this.v = v;
        valid = v.handle("cmdValid");
        op = v.handle("cmdOp");
        addr = v.handle("cmdAddr");
        ready = v.handle("cmdReady");
        data = dataBits <= 64 ? v.handle("cmdData") : null;
        rsp = rspBits <= 64 ? v.handle("rspData") : null;
        idle();
    }

    @Override protected void drive(int o, int a, long[] lanes, int bits) {
        valid.poke(1);
        if (o != lastOp) op.poke(lastOp = o);
        if (a != lastAddr) addr.poke(lastAddr = a);
        if (lanes == null) return;
        if (data != null) data.poke(Lanes.chunks(lanes, bits)[0]);
        else v.poke("cmdData", Lanes.pack(lanes, bits));
    }

    @Override protected void waitReady(Op o) {
        // runUntil steps before it looks, so look first: an edge with cmdReady high would take the command
        if (ready.peek() == 0) v.runUntil("cmdReady", 1, WAIT_LIMIT);
    }

    @Override void response(long[] out, int bits, boolean signed) {
        if (rsp != null) Lanes.unpack(new long[] {rsp.peek()}, bits, signed, out);
        else Lanes.unpack(v.peekBig("rspData"), bits, signed, out);
    }

    @Override long responseWord() { return (rsp != null ? rsp.peek() : v.peekBig("rspData").longValue()) & 0xFFFF_FFFFL; }

    @Override void idle() { valid.poke(0); }
}
