package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;
import static io.accelforge.rtl.hcl.Hcl.mux;

import io.accelforge.rtl.blocks.uart.UartParams;
import io.accelforge.rtl.blocks.uart.UartRx;
import io.accelforge.rtl.blocks.uart.UartTx;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.ResetKind;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;
import java.util.function.Supplier;

/**
 * Everything of the shell that runs on the shell clock: the UART, the request parser, the
 * executor, the response sender, the registers, a 256-byte frame buffer (one block RAM) and
 * the accelerator. Its clock domain is named ("sys") so that the board top can drive it from
 * a PLL and the reset synchroniser; the accelerator runs in it.
 */
public final class ShellCore extends Module {
    public final ClockDomain sys;
    public final Input rx;
    public final Output tx, leds;
    public final Module accelerator;
    public final CommandPorts cmd;
    private final UartRx uartRx;
    private final UartTx uartTx;
    private final FrameReceiver receiver;
    private final Executor executor;
    private final FrameTransmitter transmitter;
    private final ShellRegisters registers;
    private final Mem frameBuffer;
    private final SyncRead bufRead;
    private final Wire receiverError;

    public ShellCore(ShellParams p, Supplier<? extends Module> acceleratorFactory) {
        sys = clockDomain("sys", ResetKind.SYNC);
        rx = input(Bool());
        tx = output(Bool());
        leds = output(UInt(8));

        accelerator = instance(acceleratorFactory.get(), sys);
        cmd = CommandPorts.of(accelerator);
        Executor.Shape shape = new Executor.Shape(cmd.cmdData().width(), cmd.rspData().width(), cmd.cmdOp().width(),
                cmd.cmdAddr().width(), p.timeoutLog2());
        UartParams uart = new UartParams(p.clocksPerBit());
        uartRx = instance(new UartRx(uart), sys);
        uartTx = instance(new UartTx(uart), sys);
        receiver = instance(new FrameReceiver(p.clocksPerBit()), sys);
        executor = instance(new Executor(shape), sys);
        transmitter = instance(new FrameTransmitter(), sys);
        registers = instance(new ShellRegisters(new ShellRegisters.Constants(shape.cmdWidth(), shape.rspWidth(), shape.opWidth(),
                shape.addrWidth(), shape.timeoutLog2(), p.clockHz())), sys);

        uartRx.rxd.set(rx);
        receiver.data.set(uartRx.data);
        receiver.valid.set(uartRx.valid);
        receiver.framingError.set(uartRx.framingError);
        receiver.release.set(transmitter.done);
        receiverError = wire(receiver.frameDone.and(receiver.status.ne(Protocol.OK)));

        executor.start.set(receiver.frameDone.and(receiver.status.eq(Protocol.OK)));
        executor.op.set(receiver.op);
        executor.len.set(receiver.len);
        for (int i = 0; i < FrameReceiver.HEADER_BYTES; i++) executor.header.get(i).set(receiver.header.get(i));
        executor.cmdReady.set(cmd.cmdReady());
        executor.rspValid.set(cmd.rspValid());
        executor.rspData.set(cmd.rspData());
        executor.regRData.set(registers.rdata);
        executor.regKnown.set(registers.known);
        executor.regWritable.set(registers.writable);
        cmd.cmdValid().set(executor.cmdValid);
        cmd.cmdOp().set(executor.cmdOp);
        cmd.cmdAddr().set(executor.cmdAddr);
        cmd.cmdData().set(executor.cmdData);

        registers.addr.set(receiver.header.get(0));
        registers.read.set(executor.regRead);
        registers.write.set(executor.regWrite);
        registers.wdata.set(cat(receiver.header.get(4), receiver.header.get(3), receiver.header.get(2), receiver.header.get(1)));
        registers.checksumError.set(receiver.frameDone.and(receiver.status.eq(Protocol.BAD_CHECKSUM)));
        registers.framingError.set(receiver.frameDone.and(receiver.status.eq(Protocol.BAD_FRAME)));
        registers.overrun.set(receiver.overrun);
        registers.timeout.set(executor.timedOut);
        registers.cmdReady.set(cmd.cmdReady());

        transmitter.start.set(executor.respond.or(receiverError));
        transmitter.status.set(mux(executor.respond, executor.respStatus, receiver.status));
        transmitter.len.set(mux(executor.respond, executor.respLen, UInt(8).lit(0)));
        uartTx.data.set(transmitter.data);
        uartTx.valid.set(transmitter.valid);
        transmitter.ready.set(uartTx.ready);

        Value writeEnable = mux(executor.busy, executor.bufWrite, receiver.bufWrite);
        Value writeAddr = mux(executor.busy, executor.bufAddr, receiver.bufAddr);
        Value writeData = mux(executor.busy, executor.bufWData, receiver.bufData);
        frameBuffer = inDomain(sys, () -> mem(UInt(8), 256));
        bufRead = inDomain(sys, () -> frameBuffer.readSync(mux(executor.busy, executor.bufAddr, transmitter.bufAddr)));
        inDomain(sys, () -> when(writeEnable, () -> frameBuffer.write(writeAddr, writeData)));
        executor.bufRData.set(bufRead);
        transmitter.bufRData.set(bufRead);

        tx.set(uartTx.txd);
        leds.set(registers.leds);
    }

    @Override public String moduleName() { return "ShellCore"; }
}
