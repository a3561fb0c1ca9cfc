package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.log2Up;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.hcl.Wire;

/**
 * Parses request frames ({@link Protocol}) from the UART's bytes: the payload goes into the
 * shell's frame buffer, its first five bytes also into {@code header}, and at the CRC byte
 * {@code frameDone} pulses with the op, the length and a status (OK, BAD_CHECKSUM). A framing
 * error inside a frame ends it with BAD_FRAME and drains the line until it has been quiet for
 * {@link Protocol#DRAIN_BYTE_TIMES}; a frame that stalls for {@link Protocol#IDLE_BYTE_TIMES}
 * is dropped silently. After a frame it waits for {@code release} (its response has been sent)
 * before it takes the next one: a start byte before that is dropped and counted
 * ({@code overrun}).
 */
public final class FrameReceiver extends Module {
    static final int HUNT = 0, OP = 1, LEN = 2, PAYLOAD = 3, CHK = 4, DRAIN = 5;
    public static final int HEADER_BYTES = 5;

    public final Input data, valid, framingError, release;
    public final Output bufWrite, bufAddr, bufData, frameDone, status, op, len, overrun;
    public final Vec<Output> header;
    private final Reg state, crc, opR, lenR, idx, idle, doneR, statusR, overrunR, pending, stalled, drained;
    private final Vec<Reg> headerR;
    private final Wire inFrame;

    public FrameReceiver(int clocksPerBit) {
        int idleLimit = Protocol.IDLE_BYTE_TIMES * 10 * clocksPerBit;
        int drainLimit = Protocol.DRAIN_BYTE_TIMES * 10 * clocksPerBit;
        data = input(UInt(8));
        valid = input(Bool());
        framingError = input(Bool());
        release = input(Bool());
        bufWrite = output(Bool());
        bufAddr = output(UInt(8));
        bufData = output(UInt(8));
        frameDone = output(Bool());
        status = output(UInt(8));
        op = output(UInt(8));
        len = output(UInt(8));
        overrun = output(Bool());
        header = outputs(HEADER_BYTES, UInt(8));

        state = reg(UInt(3)).init(HUNT);
        crc = reg(UInt(8)).init(0);
        opR = reg(UInt(8)).init(0);
        lenR = reg(UInt(8)).init(0);
        idx = reg(UInt(8)).init(0);
        idle = reg(UInt(log2Up(idleLimit + 1))).init(0);
        doneR = reg(Bool()).init(0);
        statusR = reg(UInt(8)).init(Protocol.OK);
        overrunR = reg(Bool()).init(0);
        pending = reg(Bool()).init(0);
        headerR = regs(HEADER_BYTES, UInt(8));
        for (Reg h : headerR) h.init(0);

        // the idle comparisons are registered (one cycle late) to keep them off the byte path
        stalled = reg(Bool()).init(0);
        drained = reg(Bool()).init(0);
        inFrame = wire(state.ge(OP).and(state.le(CHK)));
        stalled.set(idle.eq(idleLimit).and(valid.not()).and(framingError.not()));
        drained.set(idle.ge(drainLimit).and(valid.not()).and(framingError.not()));
        doneR.set(0);
        overrunR.set(0);
        when(release, () -> pending.set(0));
        when(valid.or(framingError), () -> idle.set(0)).elseWhen(stalled.not(), () -> idle.set(idle.add(1)));

        when(inFrame.and(framingError), () -> {
            doneR.set(1);
            pending.set(1);
            statusR.set(Protocol.BAD_FRAME);
            state.set(DRAIN);
        }).elseWhen(inFrame.and(stalled), () -> state.set(HUNT))
          .elseWhen(state.eq(DRAIN), () -> when(drained, () -> state.set(HUNT)))
          .elseWhen(valid, () -> switchOn(state)
                .is(HUNT, () -> when(pending, () -> overrunR.set(1))
                        .elseWhen(data.eq(Protocol.SYNC_REQUEST), () -> {
                            crc.set(0);
                            state.set(OP);
                        }))
                .is(OP, () -> {
                    opR.set(data);
                    crc.set(Crc8.next(crc, data));
                    state.set(LEN);
                })
                .is(LEN, () -> {
                    lenR.set(data);
                    crc.set(Crc8.next(crc, data));
                    idx.set(0);
                    state.set(PAYLOAD);
                    when(data.eq(0), () -> state.set(CHK));
                })
                .is(PAYLOAD, () -> {
                    crc.set(Crc8.next(crc, data));
                    for (int i = 0; i < HEADER_BYTES; i++) {
                        Reg h = headerR.get(i);
                        when(idx.eq(i), () -> h.set(data));
                    }
                    idx.set(idx.add(1));
                    when(idx.eq(lenR.sub(1)), () -> state.set(CHK));
                })
                .is(CHK, () -> {
                    doneR.set(1);
                    pending.set(1);
                    statusR.set(Protocol.BAD_CHECKSUM);
                    when(data.eq(crc), () -> statusR.set(Protocol.OK));
                    state.set(HUNT);
                })
                .otherwise(() -> state.set(HUNT)));

        bufWrite.set(valid.and(state.eq(PAYLOAD)).and(framingError.not()));
        bufAddr.set(idx);
        bufData.set(data);
        frameDone.set(doneR);
        status.set(statusR);
        op.set(opR);
        len.set(lenR);
        overrun.set(overrunR);
        for (int i = 0; i < HEADER_BYTES; i++) header.get(i).set(headerR.get(i));
    }

    /** Prefixed so that it cannot collide with a module of an imported accelerator. */
    @Override public String moduleName() { return "ShellFrameReceiver"; }
}
