package io.accelforge.rtl.blocks.cdc;

import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Vec;
import java.math.BigInteger;

/**
 * Brings a signal from another clock domain into this module's clock domain through a chain
 * of {@code stages} flops with no logic between them: the first flop may go metastable, the
 * rest give it a cycle each to settle. Latency is {@code stages} destination clock cycles.
 *
 * <p><b>Warning:</b> each bit is synchronised on its own. That is safe for a single bit, and
 * for a Gray-coded value that changes at most one bit per source clock. A binary word (a
 * counter, data) can be sampled mid-change and arrive as a value it never held: cross words
 * with a handshake or an asynchronous FIFO instead.
 */
public final class Synchronizer extends Module {
    public final Input d;
    public final Output q;
    private final Vec<Reg> stage;

    public Synchronizer(SynchronizerParams p) {
        super(p);
        d = input(UInt(p.width()));
        q = output(UInt(p.width()));

        BigInteger reset = p.idleHigh() ? BigInteger.ONE.shiftLeft(p.width()).subtract(BigInteger.ONE) : BigInteger.ZERO;
        stage = regs(p.stages(), UInt(p.width()));
        for (Reg r : stage) r.init(UInt(p.width()).lit(reset));
        // only the first flop samples the other domain; the clock-crossing check accepts it
        stage.get(0).markSynchronizer().set(d);
        for (int i = 1; i < p.stages(); i++) stage.get(i).set(stage.get(i - 1));
        q.set(stage.get(p.stages() - 1));
    }
}
