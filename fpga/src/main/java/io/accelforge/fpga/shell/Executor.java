package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;
import static io.accelforge.rtl.hcl.Hcl.log2Up;
import static io.accelforge.rtl.hcl.Hcl.mux;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.hcl.Wire;

/**
 * Executes one checked request ({@link Protocol}, "Requests"): register reads and writes, and
 * commands on the accelerator's command interface. Command words are assembled byte by byte
 * from the frame buffer into cmdData; response words are split back into the buffer. Every
 * wait for cmdReady or rspValid is bounded by 2^timeoutLog2 cycles. When done it pulses
 * {@code respond} with the status and the response length for the transmitter.
 */
public final class Executor extends Module {
    static final int IDLE = 0, LOAD_REQ = 1, LOAD_DATA = 2, ISSUE = 3, WAIT_RSP = 4, STORE = 5, DONE = 6;

    public final Input start, op, len, cmdReady, rspValid, rspData, regRData, regKnown, regWritable, bufRData;
    public final Vec<Input> header;
    public final Output cmdValid, cmdOp, cmdAddr, cmdData, busy, regRead, regWrite, bufAddr, bufWrite, bufWData,
            respond, respStatus, respLen, timedOut;
    private final Reg state, status, rlen, ptr, left, addr, opR, isRead, byteCnt, cmdShift, outShift, wait, regWriteR;
    private final Wire handshake, expired, readsRegister;

    /** Widths of the accelerator's command interface and the wait limit. */
    public record Shape(int cmdWidth, int rspWidth, int opWidth, int addrWidth, int timeoutLog2) {
        public int cmdBytes() { return Protocol.wordBytes(cmdWidth); }
        public int rspBytes() { return Protocol.wordBytes(rspWidth); }
    }

    public Executor(Shape s) {
        int cmdBytes = s.cmdBytes(), rspBytes = s.rspBytes();
        int outBits = Math.max(32, 8 * rspBytes);
        start = input(Bool());
        op = input(UInt(8));
        len = input(UInt(8));
        header = inputs(FrameReceiver.HEADER_BYTES, UInt(8));
        cmdReady = input(Bool());
        rspValid = input(Bool());
        rspData = input(UInt(s.rspWidth()));
        regRData = input(UInt(32));
        regKnown = input(Bool());
        regWritable = input(Bool());
        bufRData = input(UInt(8));
        cmdValid = output(Bool());
        cmdOp = output(UInt(s.opWidth()));
        cmdAddr = output(UInt(s.addrWidth()));
        cmdData = output(UInt(s.cmdWidth()));
        busy = output(Bool());
        regRead = output(Bool());
        regWrite = output(Bool());
        bufAddr = output(UInt(8));
        bufWrite = output(Bool());
        bufWData = output(UInt(8));
        respond = output(Bool());
        respStatus = output(UInt(8));
        respLen = output(UInt(8));
        timedOut = output(Bool());

        state = reg(UInt(3)).init(IDLE);
        status = reg(UInt(8)).init(Protocol.OK);
        rlen = reg(UInt(8)).init(0);
        ptr = reg(UInt(8)).init(0);
        left = reg(UInt(8)).init(0);
        addr = reg(UInt(16)).init(0);
        opR = reg(UInt(8)).init(0);
        isRead = reg(Bool()).init(0);
        byteCnt = reg(UInt(log2Up(Math.max(cmdBytes, outBits / 8) + 1))).init(0);
        cmdShift = reg(UInt(8 * cmdBytes)).init(0);
        outShift = reg(UInt(outBits)).init(0);
        wait = reg(UInt(s.timeoutLog2() + 1)).init(0);
        regWriteR = reg(Bool()).init(0);

        handshake = wire(state.eq(ISSUE).and(cmdReady));
        expired = wire(wait.msb());
        Value count = header.get(3);
        Value cmdBase = cat(header.get(2), header.get(1));
        Value writeLen = count.zext(16).mulFull(UInt(8).lit(cmdBytes)).add(UInt(24).lit(4));
        Value readLen = count.zext(16).mulFull(UInt(8).lit(rspBytes));
        readsRegister = wire(state.eq(IDLE).and(start).and(op.eq(Protocol.READ_REG)).and(len.eq(1)).and(regKnown));
        regWriteR.set(0);

        switchOn(state)
                .is(IDLE, () -> when(start, () -> {
                    status.set(Protocol.OK);
                    rlen.set(0);
                    ptr.set(0);
                    wait.set(0);
                    byteCnt.set(0);
                    opR.set(header.get(0));
                    addr.set(cmdBase);
                    left.set(count);
                    cmdShift.set(0);
                    isRead.set(0);
                    state.set(DONE);
                    switchOn(op)
                            .is(Protocol.READ_REG, () -> when(len.ne(1), () -> status.set(Protocol.BAD_LENGTH))
                                    .elseWhen(regKnown.not(), () -> status.set(Protocol.BAD_REGISTER))
                                    .otherwise(() -> {
                                        outShift.set(regRData.zext(outBits));
                                        rlen.set(4);
                                        byteCnt.set(4);
                                        state.set(STORE);
                                    }))
                            .is(Protocol.WRITE_REG, () -> when(len.ne(5), () -> status.set(Protocol.BAD_LENGTH))
                                    .elseWhen(regKnown.not().or(regWritable.not()), () -> status.set(Protocol.BAD_REGISTER))
                                    .otherwise(() -> regWriteR.set(1)))
                            .is(Protocol.CMD, () -> when(len.ne(3), () -> status.set(Protocol.BAD_LENGTH)).otherwise(() -> {
                                left.set(1);
                                isRead.set(0);
                                state.set(ISSUE);
                            }))
                            .is(Protocol.CMD_WRITE, () -> when(count.eq(0).or(writeLen.ne(len.zext(24))), () -> status.set(Protocol.BAD_LENGTH))
                                    .otherwise(() -> {
                                        ptr.set(4);
                                        isRead.set(0);
                                        state.set(LOAD_REQ);
                                    }))
                            .is(Protocol.CMD_READ, () -> when(len.ne(4).or(count.eq(0)).or(readLen.gt(UInt(24).lit(Protocol.MAX_PAYLOAD))),
                                    () -> status.set(Protocol.BAD_LENGTH)).otherwise(() -> {
                                        rlen.set(readLen.trunc(8));
                                        isRead.set(1);
                                        state.set(ISSUE);
                                    }))
                            .otherwise(() -> status.set(Protocol.BAD_OPCODE));
                }))
                .is(LOAD_REQ, () -> state.set(LOAD_DATA))
                .is(LOAD_DATA, () -> {
                    cmdShift.set(cat(bufRData, cmdShift.bits(8 * cmdBytes - 1, 8)));
                    ptr.set(ptr.add(1));
                    byteCnt.set(byteCnt.add(1));
                    state.set(LOAD_REQ);
                    when(byteCnt.eq(cmdBytes - 1), () -> {
                        byteCnt.set(0);
                        wait.set(0);
                        state.set(ISSUE);
                    });
                })
                .is(ISSUE, () -> when(handshake, () -> {
                    addr.set(addr.add(1));
                    left.set(left.sub(1));
                    wait.set(0);
                    when(isRead, () -> state.set(WAIT_RSP))
                            .elseWhen(left.eq(1), () -> state.set(DONE))
                            .otherwise(() -> state.set(LOAD_REQ));
                }).elseWhen(expired, () -> timeout()).otherwise(() -> wait.set(wait.add(1))))
                .is(WAIT_RSP, () -> when(rspValid, () -> {
                    outShift.set(rspData.zext(outBits));
                    byteCnt.set(rspBytes);
                    state.set(STORE);
                }).elseWhen(expired, () -> timeout()).otherwise(() -> wait.set(wait.add(1))))
                .is(STORE, () -> {
                    outShift.set(outShift.shr(8));
                    ptr.set(ptr.add(1));
                    byteCnt.set(byteCnt.sub(1));
                    when(byteCnt.eq(1), () -> {
                        wait.set(0);
                        state.set(DONE);
                        when(isRead.and(left.ne(0)), () -> state.set(ISSUE));
                    });
                })
                .otherwise(() -> state.set(IDLE));

        cmdValid.set(state.eq(ISSUE));
        cmdOp.set(opR.trunc(s.opWidth()));
        cmdAddr.set(s.addrWidth() <= 16 ? addr.trunc(s.addrWidth()) : addr.zext(s.addrWidth()));
        cmdData.set(cmdShift.trunc(s.cmdWidth()));
        busy.set(state.ne(IDLE));
        regRead.set(readsRegister);
        regWrite.set(regWriteR);
        bufAddr.set(ptr);
        bufWrite.set(state.eq(STORE));
        bufWData.set(outShift.bits(7, 0));
        respond.set(state.eq(DONE));
        respStatus.set(status);
        respLen.set(mux0(status.eq(Protocol.OK), rlen));
        timedOut.set(state.eq(DONE).and(status.eq(Protocol.TIMEOUT)));
    }

    private void timeout() {
        status.set(Protocol.TIMEOUT);
        rlen.set(0);
        state.set(DONE);
    }

    private static Value mux0(Value keep, Value v) { return mux(keep, v, UInt(v.width()).lit(0)); }
}
