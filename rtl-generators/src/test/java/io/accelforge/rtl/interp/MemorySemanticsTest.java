package io.accelforge.rtl.interp;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.ReadUnderWrite;
import io.accelforge.rtl.hcl.SyncRead;
import org.junit.jupiter.api.Test;

/** What a memory does cycle by cycle: writes on the edge, registered and combinational reads, lanes, read-under-write. */
class MemorySemanticsTest {
    /** A 16 x 16-bit memory with two masked write ports (byte lanes) and both kinds of read. */
    static final class TwoPortRam extends Module {
        final Input we = input(Bool()), we2 = input(Bool()), re = input(Bool());
        final Input addr = input(UInt(3)), addr2 = input(UInt(3)), raddr = input(UInt(3));
        final Input data = input(UInt(16)), data2 = input(UInt(16)), mask = input(UInt(2)), mask2 = input(UInt(2));
        final Output q = output(UInt(16)), now = output(UInt(16));
        final Mem ram;

        TwoPortRam(ReadUnderWrite policy) {
            ram = mem(UInt(16), 8).readUnderWrite(policy);
            when(we, () -> ram.write(addr, data, mask));
            when(we2, () -> ram.write(addr2, data2, mask2));
            SyncRead r = ram.readSync(raddr, re);
            q.set(r);
            now.set(ram.readAsync(raddr));
        }

        @Override public String moduleName() { return "TwoPortRam"; }
    }

    private static Interpreter ram(ReadUnderWrite policy) {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new TwoPortRam(policy)));
        sim.poke("mask", 3);
        sim.poke("mask2", 3);
        sim.poke("re", 1);
        return sim;
    }

    private static void write(Interpreter sim, int addr, int data, int mask) {
        sim.poke("we", 1);
        sim.poke("addr", addr);
        sim.poke("data", data);
        sim.poke("mask", mask);
        sim.step();
        sim.poke("we", 0);
    }

    @Test void memoriesStartAtZero() {
        Interpreter sim = ram(ReadUnderWrite.READ_FIRST);
        for (int a = 0; a < 8; a++) {
            sim.poke("raddr", a);
            sim.step();
            assertEquals(0, sim.peek("q"), "registered read of word " + a + " before any write");
            assertEquals(0, sim.peek("now"), "combinational read of word " + a + " before any write");
        }
    }

    @Test void aWriteLandsOnTheEdgeAndTheRegisteredReadShowsItOneEdgeLater() {
        Interpreter sim = ram(ReadUnderWrite.READ_FIRST);
        sim.poke("raddr", 5);
        sim.poke("we", 1);
        sim.poke("addr", 5);
        sim.poke("data", 0x1234);
        assertEquals(0, sim.peek("now"), "combinational read before the edge that writes");
        sim.step();
        sim.poke("we", 0);
        assertEquals(0x1234, sim.peek("now"), "combinational read after the write edge");
        assertEquals(0, sim.peek("q"), "registered read sampled at the write edge (read-first: old word)");
        sim.step();
        assertEquals(0x1234, sim.peek("q"), "registered read one edge after the write");
    }

    @Test void readFirstGivesTheOldWordAndWriteFirstTheNewWordWhenBothMeetInOneCycle() {
        for (ReadUnderWrite policy : ReadUnderWrite.values()) {
            Interpreter sim = ram(policy);
            write(sim, 2, 0x1111, 3);
            sim.poke("raddr", 2);
            sim.poke("we", 1);
            sim.poke("addr", 2);
            sim.poke("data", 0xabcd);
            sim.poke("mask", 1);
            sim.step();
            long want = policy == ReadUnderWrite.READ_FIRST ? 0x1111 : 0x11cd;
            assertEquals(want, sim.peek("q"), policy + ": registered read of word 2 while its low byte is written 0xcd over 0x1111");
        }
    }

    @Test void aMaskedWriteChangesOnlyItsLanes() {
        Interpreter sim = ram(ReadUnderWrite.READ_FIRST);
        write(sim, 1, 0xaaaa, 3);
        write(sim, 1, 0x5555, 2);
        sim.poke("raddr", 1);
        assertEquals(0x55aa, sim.peek("now"), "word 1 after 0xaaaa then 0x5555 into the high byte only");
    }

    @Test void twoWritesToOneWordInOneCycleBothLandTheLaterWinningWhereTheyOverlap() {
        Interpreter sim = ram(ReadUnderWrite.READ_FIRST);
        write(sim, 4, 0x0000, 3);
        sim.poke("we", 1);
        sim.poke("addr", 4);
        sim.poke("data", 0x1122);
        sim.poke("mask", 1);
        sim.poke("we2", 1);
        sim.poke("addr2", 4);
        sim.poke("data2", 0x3344);
        sim.poke("mask2", 2);
        sim.step();
        sim.poke("raddr", 4);
        assertEquals(0x3322, sim.peek("now"), "low byte from port 1 (0x..22), high byte from port 2 (0x33..)");
        sim.poke("mask", 3);
        sim.poke("data", 0x5566);
        sim.poke("mask2", 1);
        sim.poke("data2", 0x7788);
        sim.step();
        assertEquals(0x5588, sim.peek("now"), "both ports write the low byte: the later statement (port 2) wins it");
    }

    @Test void aRegisteredReadWithEnableLowHoldsItsData() {
        Interpreter sim = ram(ReadUnderWrite.READ_FIRST);
        write(sim, 3, 0x0303, 3);
        write(sim, 6, 0x0606, 3);
        sim.poke("raddr", 3);
        sim.step();
        sim.poke("re", 0);
        sim.poke("raddr", 6);
        sim.step(3);
        assertEquals(0x0303, sim.peek("q"), "read data with enable low since it read word 3");
    }
}
