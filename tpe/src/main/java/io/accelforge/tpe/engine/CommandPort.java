package io.accelforge.tpe.engine;

import io.accelforge.rtl.sim.Simulator;
import io.accelforge.sim.VerilatorSim;

/**
 * The engine command interface on a simulator, from the host's side: a command is driven
 * with cmdValid, held while cmdReady is low, and taken at the next clock edge; a read's answer
 * is on rspData right after that edge. Commands follow each other with no idle cycle.
 */
abstract class CommandPort {
    /** More cycles than any command waits (a COMPUTE of the longest stream, a CLEAR_C of the deepest C). */
    static final long WAIT_LIMIT = 1L << 22;

    protected final Simulator sim;
    protected final int dataBits, rspBits;
    /** After COMPUTE or CLEAR_C the engine may be busy: the next command must wait for cmdReady. */
    protected boolean mayBeBusy;

    CommandPort(Simulator sim, GemmEngineParams p) {
        this.sim = sim;
        this.dataBits = p.cmdDataBits();
        this.rspBits = p.rspDataBits();
    }

    /** Port handles on Verilator, names elsewhere. */
    static CommandPort on(Simulator sim, GemmEngineParams p) {
        return sim instanceof VerilatorSim v ? new VerilatorCommandPort(v, p) : new SimCommandPort(sim, p);
    }

    /** Issues a command with the data lanes of {@code bits} bits each (null: cmdData unchanged) and steps past the edge that takes it. */
    final void issue(Op op, int addr, long[] lanes, int bits) {
        drive(op.code(), addr, lanes, bits);
        if (mayBeBusy) waitReady(op);
        sim.step();
        mayBeBusy = op == Op.COMPUTE || op == Op.CLEAR_C;
    }

    final void issue(Op op, int addr) { issue(op, addr, null, 0); }

    /** The answer to the read just taken, as lanes of {@code bits} bits. */
    abstract void response(long[] out, int bits, boolean signed);

    /** The answer to the read just taken, low 32 bits. */
    abstract long responseWord();

    /** cmdValid low. */
    abstract void idle();

    protected abstract void drive(int op, int addr, long[] lanes, int bits);

    protected abstract void waitReady(Op op);

    protected static IllegalStateException stuck(Op op) {
        return new IllegalStateException("the engine kept cmdReady low for " + WAIT_LIMIT + " cycles with " + op + " waiting");
    }
}
