package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.mux;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;

/**
 * Sends one response frame ({@link Protocol}) to the UART transmitter: the start byte, the
 * status, the length, {@code len} payload bytes read from the frame buffer (address
 * {@code bufAddr}, data one cycle later) and the CRC, each handed over on valid and ready;
 * {@code done} marks the hand-over of the CRC.
 */
public final class FrameTransmitter extends Module {
    static final int IDLE = 0, SYNC = 1, STATUS = 2, LEN = 3, FETCH = 4, PAYLOAD = 5, CRC = 6;

    public final Input start, status, len, bufRData, ready;
    public final Output busy, done, bufAddr, valid, data;
    private final Reg state, statusR, lenR, ptr, crc;
    private final Wire take, byteOut;

    public FrameTransmitter() {
        start = input(Bool());
        status = input(UInt(8));
        len = input(UInt(8));
        bufRData = input(UInt(8));
        ready = input(Bool());
        busy = output(Bool());
        done = output(Bool());
        bufAddr = output(UInt(8));
        valid = output(Bool());
        data = output(UInt(8));

        state = reg(UInt(3)).init(IDLE);
        statusR = reg(UInt(8)).init(0);
        lenR = reg(UInt(8)).init(0);
        ptr = reg(UInt(8)).init(0);
        crc = reg(UInt(8)).init(0);

        Value sending = state.eq(SYNC).or(state.eq(STATUS)).or(state.eq(LEN)).or(state.eq(PAYLOAD)).or(state.eq(CRC));
        byteOut = wire(mux(state.eq(SYNC), UInt(8).lit(Protocol.SYNC_RESPONSE),
                mux(state.eq(STATUS), statusR, mux(state.eq(LEN), lenR, mux(state.eq(PAYLOAD), bufRData, crc)))));
        take = wire(sending.and(ready));

        when(state.eq(IDLE), () -> when(start, () -> {
            statusR.set(status);
            lenR.set(len);
            ptr.set(0);
            crc.set(0);
            state.set(SYNC);
        })).elseWhen(state.eq(FETCH), () -> state.set(PAYLOAD))
          .elseWhen(take, () -> {
              when(state.ne(SYNC), () -> crc.set(Crc8.next(crc, byteOut)));
              switchOn(state)
                      .is(SYNC, () -> state.set(STATUS))
                      .is(STATUS, () -> state.set(LEN))
                      .is(LEN, () -> state.set(mux(lenR.eq(0), UInt(3).lit(CRC), UInt(3).lit(FETCH))))
                      .is(PAYLOAD, () -> {
                          ptr.set(ptr.add(1));
                          state.set(mux(ptr.eq(lenR.sub(1)), UInt(3).lit(CRC), UInt(3).lit(FETCH)));
                      })
                      .otherwise(() -> state.set(IDLE));
          });

        busy.set(state.ne(IDLE));
        done.set(state.eq(CRC).and(take));
        bufAddr.set(ptr);
        valid.set(sending);
        data.set(byteOut);
    }

    /** Prefixed so that it cannot collide with a module of an imported accelerator. */
    @Override public String moduleName() { return "ShellFrameTransmitter"; }
}
