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
 *
 * <p>A request is decoded in two registered steps (CHECK computes the length checks, DISPATCH
 * acts on them), so that no path runs from the start pulse through the decode into every
 * register enable: that path limited the shell to about 40 MHz on an iCE40 UP5K.
 */
public final class Executor extends Module {
    static final int IDLE = 0, CHECK = 1, DISPATCH = 2, LOAD_REQ = 3, LOAD_DATA = 4, ISSUE = 5, WAIT_RSP = 6, STORE = 7, DONE = 8;

    public final Input start, op, len, cmdReady, rspValid, rspData, regRData, regKnown, regWritable, bufRData;
    public final Vec<Input> header;
    public final Output cmdValid, cmdOp, cmdAddr, cmdData, busy, regRead, regWrite, bufAddr, bufWrite, bufWData,
            respond, respStatus, respLen, timedOut;
    private final Reg state, status, rlen, ptr, left, addr, opR, reqOp, isRead, byteCnt, cmdShift, outShift, wait, regWriteR;
    private final Reg len1, len3, len4, len5, countZero, writeLenOk, readLenOk, readLen8, regOk, regWrOk;
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

        state = reg(UInt(4)).init(IDLE);
        status = reg(UInt(8)).init(Protocol.OK);
        rlen = reg(UInt(8)).init(0);
        ptr = reg(UInt(8)).init(0);
        left = reg(UInt(8)).init(0);
        addr = reg(UInt(16)).init(0);
        opR = reg(UInt(8)).init(0);
        reqOp = reg(UInt(8)).init(0);
        isRead = reg(Bool()).init(0);
        byteCnt = reg(UInt(log2Up(Math.max(cmdBytes, outBits / 8) + 1))).init(0);
        cmdShift = reg(UInt(8 * cmdBytes)).init(0);
        outShift = reg(UInt(outBits)).init(0);
        wait = reg(UInt(s.timeoutLog2() + 1)).init(0);
        regWriteR = reg(Bool()).init(0);
        len1 = reg(Bool()).init(0);
        len3 = reg(Bool()).init(0);
        len4 = reg(Bool()).init(0);
        len5 = reg(Bool()).init(0);
        countZero = reg(Bool()).init(0);
        writeLenOk = reg(Bool()).init(0);
        readLenOk = reg(Bool()).init(0);
        readLen8 = reg(UInt(8)).init(0);
        regOk = reg(Bool()).init(0);
        regWrOk = reg(Bool()).init(0);

        handshake = wire(state.eq(ISSUE).and(cmdReady));
        expired = wire(wait.msb());
        readsRegister = wire(state.eq(DISPATCH).and(reqOp.eq(Protocol.READ_REG)).and(len1).and(regOk));
        Value count = header.get(3);
        Value writeLen = count.zext(16).mulFull(UInt(8).lit(cmdBytes)).add(UInt(24).lit(4));
        Value readLen = count.zext(16).mulFull(UInt(8).lit(rspBytes));
        regWriteR.set(0);

        switchOn(state)
                .is(IDLE, () -> when(start, () -> state.set(CHECK)))
                .is(CHECK, () -> {
                    reqOp.set(op);
                    len1.set(len.eq(1));
                    len3.set(len.eq(3));
                    len4.set(len.eq(4));
                    len5.set(len.eq(5));
                    countZero.set(count.eq(0));
                    writeLenOk.set(writeLen.eq(len.zext(24)));
                    readLenOk.set(readLen.le(UInt(24).lit(Protocol.MAX_PAYLOAD)));
                    readLen8.set(readLen.trunc(8));
                    regOk.set(regKnown);
                    regWrOk.set(regKnown.and(regWritable));
                    opR.set(header.get(0));
                    addr.set(cat(header.get(2), header.get(1)));
                    left.set(count);
                    status.set(Protocol.OK);
                    rlen.set(0);
                    ptr.set(0);
                    wait.set(0);
                    byteCnt.set(0);
                    cmdShift.set(0);
                    isRead.set(0);
                    state.set(DISPATCH);
                })
                .is(DISPATCH, () -> {
                    state.set(DONE);
                    switchOn(reqOp)
                            .is(Protocol.READ_REG, () -> when(len1.not(), () -> status.set(Protocol.BAD_LENGTH))
                                    .elseWhen(regOk.not(), () -> status.set(Protocol.BAD_REGISTER))
                                    .otherwise(() -> {
                                        outShift.set(regRData.zext(outBits));
                                        rlen.set(4);
                                        byteCnt.set(4);
                                        state.set(STORE);
                                    }))
                            .is(Protocol.WRITE_REG, () -> when(len5.not(), () -> status.set(Protocol.BAD_LENGTH))
                                    .elseWhen(regWrOk.not(), () -> status.set(Protocol.BAD_REGISTER))
                                    .otherwise(() -> regWriteR.set(1)))
                            .is(Protocol.CMD, () -> when(len3.not(), () -> status.set(Protocol.BAD_LENGTH)).otherwise(() -> {
                                left.set(1);
                                state.set(ISSUE);
                            }))
                            .is(Protocol.CMD_WRITE, () -> when(countZero.or(writeLenOk.not()), () -> status.set(Protocol.BAD_LENGTH))
                                    .otherwise(() -> {
                                        ptr.set(4);
                                        state.set(LOAD_REQ);
                                    }))
                            .is(Protocol.CMD_READ, () -> when(len4.not().or(countZero).or(readLenOk.not()), () -> status.set(Protocol.BAD_LENGTH))
                                    .otherwise(() -> {
                                        rlen.set(readLen8);
                                        isRead.set(1);
                                        state.set(ISSUE);
                                    }))
                            .otherwise(() -> status.set(Protocol.BAD_OPCODE));
                })
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
                }).elseWhen(expired, this::timeout).otherwise(() -> wait.set(wait.add(1))))
                .is(WAIT_RSP, () -> when(rspValid, () -> {
                    outShift.set(rspData.zext(outBits));
                    byteCnt.set(rspBytes);
                    state.set(STORE);
                }).elseWhen(expired, this::timeout).otherwise(() -> wait.set(wait.add(1))))
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
        respLen.set(mux(status.eq(Protocol.OK), rlen, UInt(8).lit(0)));
        timedOut.set(state.eq(DONE).and(status.eq(Protocol.TIMEOUT)));
    }

    private void timeout() {
        status.set(Protocol.TIMEOUT);
        rlen.set(0);
        state.set(DONE);
    }

    /** Prefixed so that it cannot collide with a module of an imported accelerator. */
    @Override public String moduleName() { return "ShellExecutor"; }
}
