package io.accelforge.rtl.blocks.uart;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.FALSE;
import static io.accelforge.rtl.hcl.Hcl.TRUE;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;
import static io.accelforge.rtl.hcl.Hcl.log2Up;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Wire;

/**
 * 8N1 UART transmitter: a byte taken on valid and ready goes out as a low start bit, the
 * eight data bits LSB first and a high stop bit, each {@code clocksPerBit} cycles long,
 * starting the cycle after it is taken. The line idles high.
 *
 * <p>ready rises in the last cycle of the stop bit, so a source that keeps valid high sends
 * frames back to back with no idle time between them. txd comes straight from a flop.
 */
public final class UartTx extends Module {
    public final Input data, valid;
    public final Output ready, txd;
    /** The bits still to send, the one on the line lowest; ones shift in behind, so the line idles high. */
    private final Reg frame;
    private final Reg bitsLeft;
    /** Cycles left in the current bit, minus one. */
    private final Reg tick;
    private final Wire lastTick, take;

    public UartTx(UartParams p) {
        super(p);
        int cpb = p.clocksPerBit();
        data = input(UInt(8));
        valid = input(Bool());
        ready = output(Bool());
        txd = output(Bool());

        frame = reg(UInt(10)).init(0x3FF);
        bitsLeft = reg(UInt(4)).init(0);
        tick = reg(UInt(log2Up(cpb))).init(0);

        lastTick = wire(tick.eq(0));
        ready.set(bitsLeft.eq(0).or(bitsLeft.eq(1).and(lastTick)));
        take = wire(valid.and(ready));

        when(take, () -> {
            frame.set(cat(TRUE(), data, FALSE()));
            bitsLeft.set(10);
            tick.set(cpb - 1);
        }).elseWhen(bitsLeft.ne(0), () -> {
            when(lastTick, () -> {
                frame.set(cat(TRUE(), frame.bits(9, 1)));
                bitsLeft.set(bitsLeft.sub(1));
                tick.set(cpb - 1);
            }).otherwise(() -> tick.set(tick.sub(1)));
        });
        txd.set(frame.bit(0));
    }
}
