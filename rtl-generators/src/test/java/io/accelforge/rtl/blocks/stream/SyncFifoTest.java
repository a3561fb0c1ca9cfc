package io.accelforge.rtl.blocks.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolResult;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncFifoTest {
    @TempDir Path tmp;

    @ParameterizedTest(name = "width {0} depth {1}")
    @CsvSource({"1, 2", "8, 4", "8, 16", "72, 8", "16, 512"})
    void matchesTheQueueModelOnRandomPushAndPop(int width, int depth) {
        FifoParams p = new FifoParams(width, depth);
        Random rnd = Stimulus.random("SyncFifo w" + width + " d" + depth);
        FifoBench b = new FifoBench(p, "w" + width + " d" + depth);
        // phases with different push/pop rates, so the FIFO fills, drains and streams
        double[][] rates = {{0.9, 0.3}, {0.5, 0.5}, {0.2, 0.9}, {1.0, 1.0}, {0.7, 0.6}, {0.0, 1.0}};
        int phaseLength = Math.max(200, 3 * depth);
        for (int round = 0; round < 3; round++) {
            for (double[] r : rates) {
                for (int i = 0; i < phaseLength; i++) {
                    b.cycle(rnd.nextDouble() < r[0], new BigInteger(width, rnd), rnd.nextDouble() < r[1]);
                }
            }
        }
        b.check("end");
    }

    @Test
    void pushedWordFallsThroughToPopDataOneCycleLater() {
        FifoBench b = new FifoBench(new FifoParams(8, 4), "fall-through");
        assertTrue(b.empty(), "empty after reset");
        b.cycle(true, 0x5A, false);
        assertFalse(b.empty(), "empty one cycle after a push");
        assertEquals(0x5A, b.head(), "popData one cycle after pushing 0x5A");
    }

    @Test
    void fillsToFullThenIgnoresPushes() {
        FifoBench b = new FifoBench(new FifoParams(8, 8), "fill");
        for (int i = 0; i < 8; i++) b.cycle(true, i, false);
        assertTrue(b.full(), "full after 8 pushes into depth 8");
        b.cycle(true, 0xEE, false);
        b.cycle(true, 0xEF, false);
        assertEquals(8, b.count(), "count after pushing into a full FIFO");
        for (int i = 0; i < 8; i++) {
            assertEquals(i, b.head(), "word " + i + " when draining after refused pushes");
            b.cycle(false, 0, true);
        }
        assertTrue(b.empty(), "empty after popping all 8");
    }

    @Test
    void drainsInOrderOneWordPerCycle() {
        FifoBench b = new FifoBench(new FifoParams(16, 16), "drain");
        for (int i = 0; i < 16; i++) b.cycle(true, 1000 + i, false);
        for (int i = 0; i < 16; i++) {
            assertFalse(b.empty(), "empty while draining, word " + i);
            assertEquals(1000 + i, b.head(), "word " + i + " of a back-to-back drain");
            b.cycle(false, 0, true);
        }
        assertTrue(b.empty(), "empty after the drain");
        b.cycle(false, 0, true);
        assertEquals(0, b.count(), "count after popping an empty FIFO");
    }

    @Test
    void atFullAPopIsTakenAndTheSimultaneousPushWaitsForRoom() {
        FifoBench b = new FifoBench(new FifoParams(8, 4), "full push+pop");
        for (int i = 0; i < 4; i++) b.cycle(true, i, false);
        b.cycle(true, 0x77, true);
        assertEquals(3, b.count(), "count after push+pop at full (the push is refused, full is the ready)");
        assertEquals(1, b.head(), "head after popping word 0 at full");
        b.cycle(true, 0x77, false);
        assertTrue(b.full(), "full again once the retried push is taken");
        for (int want : new int[] {1, 2, 3, 0x77}) {
            assertEquals(want, b.head(), "drain order after push+pop at full");
            b.cycle(false, 0, true);
        }
    }

    @Test
    void atEmptyAPushIsTakenAndTheSimultaneousPopIsIgnored() {
        FifoBench b = new FifoBench(new FifoParams(8, 4), "empty push+pop");
        b.cycle(true, 0x42, true);
        assertEquals(1, b.count(), "count after push+pop at empty");
        assertEquals(0x42, b.head(), "popData after push+pop at empty");
    }

    @Test
    void withOneEntryPushAndPopTogetherReplaceTheHead() {
        FifoBench b = new FifoBench(new FifoParams(8, 4), "one entry");
        b.cycle(true, 1, false);
        for (int i = 2; i < 40; i++) {
            b.cycle(true, i, true);
            assertEquals(1, b.count(), "count while pushing and popping with one entry, step " + i);
            assertEquals(i, b.head(), "head after pushing " + i + " and popping " + (i - 1));
        }
    }

    @Test
    void withTwoEntriesInRamPushAndPopTogetherStream() {
        // the head is in the bypass register and later words in RAM: the RAM read must not lose a cycle
        FifoBench b = new FifoBench(new FifoParams(8, 8), "two entries");
        b.cycle(true, 0, false);
        b.cycle(true, 1, false);
        b.cycle(true, 2, false);
        for (int i = 3; i < 50; i++) {
            assertEquals(i - 3, b.head(), "head while streaming with 3 entries");
            b.cycle(true, i, true);
        }
    }

    @Test
    void outputsDoNotChangeWithPushOrPopBeforeTheEdge() {
        FifoBench b = new FifoBench(new FifoParams(8, 4), "comb");
        b.cycle(true, 9, false);
        b.cycle(true, 10, false);
        long[] before = {b.count(), b.head(), b.sim.peek("full"), b.sim.peek("empty")};
        for (int push = 0; push < 2; push++) {
            for (int pop = 0; pop < 2; pop++) {
                b.sim.poke("push", push);
                b.sim.poke("pop", pop);
                b.sim.poke("pushData", 200 + push + pop);
                long[] now = {b.count(), b.head(), b.sim.peek("full"), b.sim.peek("empty")};
                assertEquals(List.of(before[0], before[1], before[2], before[3]), List.of(now[0], now[1], now[2], now[3]),
                        "count/popData/full/empty with push=" + push + " pop=" + pop + " before the edge");
            }
        }
    }

    @Test
    void noOutputDependsCombinationallyOnAnInputByStructure() {
        Design d = Elaborator.elaborate(() -> new SyncFifo(new FifoParams(8, 16)));
        SyncFifo top = (SyncFifo) d.top();
        for (Output out : List.of(top.full, top.empty, top.count, top.popData)) {
            assertEquals(Set.of(), CombinationalCone.inputsReaching(d, out), "inputs reaching " + out.name() + " combinationally");
        }
    }

    @Test
    void storageIsAnArrayWrittenOnTheClockWithARegisteredRead() {
        Design d = Elaborator.elaborate(() -> new SyncFifo(new FifoParams(8, 512)));
        String v = d.verilog().get(d.topName());
        assertTrue(v.contains("reg  [7:0] storage [0:511];"), "storage declared as an array:\n" + v);
        String memBlock = v.substring(v.lastIndexOf("always @(posedge clk)"));
        assertTrue(memBlock.contains("storage[wrPtr] <= pushData;"), "write in the clocked block:\n" + memBlock);
        assertTrue(memBlock.contains("if (fetch) ramHead <= storage[rdPtr];"), "registered read in the clocked block:\n" + memBlock);
        assertEquals(1, count(v, "storage[wrPtr] <="), "storage written in exactly one place:\n" + v);
        assertFalse(v.contains("rst) begin\n            storage"), "storage is not reset:\n" + v);
    }

    @Test
    void synthesisesToIce40BlockRam() throws Exception {
        FifoParams p = new FifoParams(8, 512);
        Design d = Elaborator.elaborate(() -> new SyncFifo(p));
        Path out = tmp.resolve("fifo");
        DesignWriter.write(d, out, "sync-fifo", Generator.values(p));
        String script = "read_verilog " + out.resolve(d.topName() + ".v") + "; synth_ice40 -top " + d.topName() + "; stat";
        ToolResult r = ExternalTool.YOSYS.run(List.of("-p", script), tmp, Duration.ofMinutes(2), tmp.resolve("synth.log"));
        assertTrue(r.ok(), "yosys synth_ice40 failed; log: " + r.log());
        int rams = lastCellCount(r.output(), "SB_RAM40_4K");
        int flops = lastCellCount(r.output(), "SB_DFF\\w*");
        assertEquals(1, rams, "SB_RAM40_4K cells for a 512x8 FIFO (4 kbit, one block); log: " + r.log());
        assertTrue(flops < 100, "flip-flops for a 512x8 FIFO in block RAM (storage must not be in flops): " + flops + "; log: " + r.log());
    }

    @Test
    void rejectsDepthsThatAreNotPowersOfTwoOrOutOfRange() {
        ParamException e = assertThrows(ParamException.class, () -> new FifoParams(8, 24));
        assertTrue(e.getMessage().contains("16 or 32"), "message names the nearest powers of two: " + e.getMessage());
        assertThrows(ParamException.class, () -> new FifoParams(8, 1));
        assertThrows(ParamException.class, () -> new FifoParams(8, 131072));
        assertThrows(ParamException.class, () -> new FifoParams(0, 16));
    }

    @Test
    void interpreterStartsEmptyAfterReset() {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new SyncFifo(new FifoParams(4, 2))));
        sim.reset(1);
        assertEquals(1, sim.peek("empty"), "empty after reset");
        assertEquals(0, sim.peek("full"), "full after reset");
        assertEquals(0, sim.peek("count"), "count after reset");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }

    /** The count of a cell type (a regex) in the last statistics table of a yosys log; several matching types are summed. */
    private static int lastCellCount(String log, String cellRegex) {
        String lastStat = log.substring(log.lastIndexOf("Number of cells:"));
        Matcher m = Pattern.compile("^\\s+" + cellRegex + "\\s+(\\d+)\\s*$", Pattern.MULTILINE).matcher(lastStat);
        int n = 0;
        while (m.find()) n += Integer.parseInt(m.group(1));
        return n;
    }
}
