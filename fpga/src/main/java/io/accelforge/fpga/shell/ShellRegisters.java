package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static io.accelforge.rtl.hcl.Hcl.cat;
import static io.accelforge.rtl.hcl.Hcl.select;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import java.util.List;

/**
 * The shell's registers ({@link Protocol}, "Registers"): constants that describe the shell and
 * its accelerator, SCRATCH and LEDS, the 64-bit cycle counter read as two halves, and
 * saturating error counters. Reads are combinational on {@code addr}; {@code read} marks the
 * cycle of a host read (a CYCLES_LO read latches the high half); {@code write} writes
 * {@code wdata}.
 */
public final class ShellRegisters extends Module {
    public final Input addr, read, write, wdata, checksumError, framingError, overrun, timeout, cmdReady;
    public final Output rdata, known, writable, leds;
    private final SplitCounter cycles;
    private final Reg scratch, ledsR, cyclesHi, badChecksums, badFrames, overruns, timeouts;

    /** The values of the read-only description registers. */
    public record Constants(int cmdWidth, int rspWidth, int opWidth, int addrWidth, int timeoutLog2, long clockHz) {}

    public ShellRegisters(Constants k) {
        addr = input(UInt(8));
        read = input(Bool());
        write = input(Bool());
        wdata = input(UInt(32));
        checksumError = input(Bool());
        framingError = input(Bool());
        overrun = input(Bool());
        timeout = input(Bool());
        cmdReady = input(Bool());
        rdata = output(UInt(32));
        known = output(Bool());
        writable = output(Bool());
        leds = output(UInt(8));

        scratch = reg(UInt(32)).init(0);
        ledsR = reg(UInt(8)).init(1);
        cycles = instance(new SplitCounter());
        cyclesHi = reg(UInt(32)).init(0);
        badChecksums = reg(UInt(8)).init(0);
        badFrames = reg(UInt(8)).init(0);
        overruns = reg(UInt(8)).init(0);
        timeouts = reg(UInt(8)).init(0);

        count(badChecksums, checksumError);
        count(badFrames, framingError);
        count(overruns, overrun);
        count(timeouts, timeout);
        when(read.and(addr.eq(Protocol.REG_CYCLES_LO)), () -> cyclesHi.set(cycles.count.bits(63, 32)));
        when(write.and(addr.eq(Protocol.REG_SCRATCH)), () -> scratch.set(wdata));
        when(write.and(addr.eq(Protocol.REG_LEDS)), () -> ledsR.set(wdata.bits(7, 0)));

        List<Value> values = List.of(
                UInt(32).lit(Integer.toUnsignedLong(Protocol.ID_VALUE)),
                UInt(32).lit((long) k.rspWidth() << 16 | k.cmdWidth()),
                UInt(32).lit((long) k.timeoutLog2() << 16 | (long) k.addrWidth() << 8 | k.opWidth()),
                UInt(32).lit(k.clockHz()),
                scratch,
                ledsR.zext(32),
                cycles.count.bits(31, 0),
                cyclesHi,
                cat(timeouts, overruns, badFrames, badChecksums),
                cmdReady.zext(32));
        rdata.set(select(addr.trunc(4), values));
        known.set(addr.lt(Protocol.REGISTERS));
        writable.set(addr.eq(Protocol.REG_SCRATCH).or(addr.eq(Protocol.REG_LEDS)));
        leds.set(ledsR);
    }

    private void count(Reg counter, Value event) {
        when(event.and(counter.ne(255)), () -> counter.set(counter.add(1)));
    }
}
