package io.accelforge.rtl.blocks.uart;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;
import static io.accelforge.rtl.hcl.Hcl.log2Up;

import io.accelforge.rtl.blocks.cdc.Synchronizer;
import io.accelforge.rtl.blocks.cdc.SynchronizerParams;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Wire;

/**
 * 8N1 UART receiver. The asynchronous line first passes a 2-flop synchroniser (reset high,
 * the idle level). A falling edge starts a frame; the start bit is checked half a bit later
 * (a shorter low pulse is ignored as a glitch), and each data bit and the stop bit are then
 * sampled one bit period apart, in the middle of the bit. Each frame resynchronises on its
 * start edge, so a few percent of baud mismatch is tolerated.
 *
 * <p>At the stop bit, {@code data} takes the byte and, for one cycle, {@code valid} rises if
 * the stop bit is high or {@code framingError} if it is low. After a framing error (a break,
 * or a baud mismatch) the receiver waits for the line to go high before looking for a start.
 */
public final class UartRx extends Module {
    static final int IDLE = 0, START = 1, DATA = 2, STOP = 3, BREAK = 4;

    public final Input rxd;
    public final Output data, valid, framingError;
    private final Synchronizer sync;
    private final Reg state, tick, bitIndex, shift, received, validPulse, errorPulse;
    private final Wire line, lastTick;

    public UartRx(UartParams p) {
        super(p);
        int cpb = p.clocksPerBit();
        rxd = input(Bool());
        data = output(UInt(8));
        valid = output(Bool());
        framingError = output(Bool());

        sync = instance(new Synchronizer(SynchronizerParams.bit(2, true)));
        sync.d.set(rxd);
        line = wire(sync.q);

        state = reg(UInt(3)).init(IDLE);
        tick = reg(UInt(log2Up(cpb))).init(0);
        bitIndex = reg(UInt(3)).init(0);
        shift = reg(UInt(8)).init(0);
        received = reg(UInt(8)).init(0);
        validPulse = reg(Bool()).init(0);
        errorPulse = reg(Bool()).init(0);
        // one-cycle pulses: low unless the stop bit below raises one
        validPulse.set(0);
        errorPulse.set(0);
        lastTick = wire(tick.eq(0));

        switchOn(state)
                .is(IDLE, () -> when(line.not(), () -> {
                    state.set(START);
                    tick.set(cpb / 2 - 1);
                }))
                .is(START, () -> atBitMiddle(() -> {
                    when(line.not(), () -> {
                        state.set(DATA);
                        tick.set(cpb - 1);
                        bitIndex.set(0);
                    }).otherwise(() -> state.set(IDLE));
                }))
                .is(DATA, () -> atBitMiddle(() -> {
                    shift.set(cat(line, shift.bits(7, 1)));
                    tick.set(cpb - 1);
                    when(bitIndex.eq(7), () -> state.set(STOP)).otherwise(() -> bitIndex.set(bitIndex.add(1)));
                }))
                .is(STOP, () -> atBitMiddle(() -> {
                    received.set(shift);
                    when(line, () -> {
                        validPulse.set(1);
                        state.set(IDLE);
                    }).otherwise(() -> {
                        errorPulse.set(1);
                        state.set(BREAK);
                    });
                }))
                .is(BREAK, () -> when(line, () -> state.set(IDLE)))
                .otherwise(() -> state.set(IDLE));

        data.set(received);
        valid.set(validPulse);
        framingError.set(errorPulse);
    }

    /** Runs {@code sample} when the bit timer expires, else counts down. */
    private void atBitMiddle(Runnable sample) {
        when(lastTick, sample).otherwise(() -> tick.set(tick.sub(1)));
    }
}
