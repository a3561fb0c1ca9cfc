package io.accelforge.rtl.blocks.uart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UartRxTest {
    /** What the receiver reported, and in which cycle (counted from the first line cycle driven). */
    record Event(long cycle, int data, boolean framingError) {
        @Override public String toString() { return (framingError ? "framing error" : "0x" + Integer.toHexString(data)) + "@" + cycle; }
    }

    private static Interpreter rx(int clocksPerBit) {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new UartRx(new UartParams(clocksPerBit))));
        sim.poke("rxd", 1);
        sim.reset(2);
        return sim;
    }

    /** Drives {@code line} into rxd, one level per cycle, then holds it high for {@code tail} cycles; returns every report. */
    private static List<Event> drive(Interpreter sim, List<Boolean> line, int tail) {
        List<Event> events = new ArrayList<>();
        for (int c = 0; c < line.size() + tail; c++) {
            sim.poke("rxd", c < line.size() && !line.get(c) ? 0 : 1);
            sim.step();
            if (sim.peek("valid") == 1) events.add(new Event(c, (int) sim.peek("data"), false));
            if (sim.peek("framingError") == 1) events.add(new Event(c, (int) sim.peek("data"), true));
        }
        return events;
    }

    private static List<Integer> bytes(List<Event> events) {
        return events.stream().map(e -> e.framingError() ? -1 : e.data()).toList();
    }

    private static List<Boolean> idle(int cycles) { return new ArrayList<>(Collections.nCopies(cycles, true)); }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 16})
    void receivesBackToBackFramesFromTheTransmitter(int clocksPerBit) {
        Random rnd = Stimulus.random("UART loopback cpb" + clocksPerBit);
        List<Integer> sent = UartTxTest.randomBytes(rnd, 40);
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new Loopback(new UartParams(clocksPerBit))));
        sim.reset(2);
        List<Integer> received = new ArrayList<>();
        int next = 0, idleCycles = 0;
        for (int cycle = 0; idleCycles < 20 * clocksPerBit; cycle++) {
            sim.poke("valid", next < sent.size() ? 1 : 0);
            sim.poke("data", next < sent.size() ? sent.get(next) : 0);
            if (next < sent.size() && sim.peek("ready") == 1) next++;
            sim.step();
            if (sim.peek("rxValid") == 1) received.add((int) sim.peek("rxData"));
            if (sim.peek("rxFramingError") == 1) received.add(-1);
            idleCycles = next == sent.size() ? idleCycles + 1 : 0;
        }
        assertEquals(sent, received, "bytes received over the loopback (-1: framing error), " + clocksPerBit + " cycles per bit");
    }

    @ParameterizedTest(name = "{0} cycles per bit, sender {1}%")
    @CsvSource({"4, -2", "4, 2", "16, -2", "16, 2", "87, -2", "87, 2"})
    void toleratesTwoPercentBaudMismatchOnBackToBackFrames(int clocksPerBit, int percent) {
        Random rnd = Stimulus.random("UartRx baud " + percent + "% cpb" + clocksPerBit);
        List<Integer> sent = UartTxTest.randomBytes(rnd, 30);
        double senderPeriod = clocksPerBit * (1 + percent / 100.0);
        // start at a random fraction of a cycle, so the start edges fall anywhere between clock edges
        List<Boolean> line = idle(5 + rnd.nextInt(clocksPerBit));
        line.addAll(UartFrame.waveform(sent, senderPeriod));
        List<Event> events = drive(rx(clocksPerBit), line, 4 * clocksPerBit);
        assertEquals(sent, bytes(events), "bytes received with the sender's bit period " + senderPeriod + " cycles (receiver " + clocksPerBit
                + "); events " + events);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 9})
    void matchesTheCycleModelOnARandomLine(int clocksPerBit) {
        Random rnd = Stimulus.random("UartRx model cpb" + clocksPerBit);
        Interpreter sim = rx(clocksPerBit);
        UartRxModel model = new UartRxModel(new UartParams(clocksPerBit));
        boolean level = true;
        int runLeft = 0;
        for (int cycle = 0; cycle < 30_000; cycle++) {
            if (runLeft-- <= 0) {
                level = !level;
                // runs from a glitch up to a few bits: false starts, frames, breaks
                runLeft = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 12 * clocksPerBit : 2 * clocksPerBit);
            }
            sim.poke("rxd", level ? 1 : 0);
            String at = "cycle " + cycle + " (rxd=" + (level ? 1 : 0) + ")";
            assertEquals(model.valid() ? 1 : 0, sim.peek("valid"), "valid at " + at);
            assertEquals(model.framingError() ? 1 : 0, sim.peek("framingError"), "framingError at " + at);
            assertEquals(model.data(), sim.peek("data"), "data at " + at);
            sim.step();
            model.step(level);
        }
    }

    @Test
    void reportsTheByteTwoSynchronizerCyclesAfterTheMiddleOfTheStopBit() {
        int cpb = 16;
        List<Boolean> line = idle(10);
        line.addAll(UartFrame.waveform(List.of(0xA7), cpb));
        List<Event> events = drive(rx(cpb), line, 3 * cpb);
        // start edge driven in cycle 10; seen 2 cycles later; sampled at half a bit, then 9 bit periods on; reported the next cycle
        long expected = 10 + 2 + cpb / 2 + 9 * cpb;
        assertEquals(List.of(new Event(expected, 0xA7, false)), events, "report for one frame of 0xA7 at " + cpb + " cycles per bit");
    }

    @Test
    void flagsAFramingErrorWhenTheStopBitIsLow() {
        int cpb = 8;
        List<Boolean> bits = new ArrayList<>();
        for (boolean b : UartFrame.bits(0x3C, false)) bits.add(b);
        List<Boolean> line = idle(10);
        line.addAll(UartFrame.levels(bits, cpb));
        line.addAll(idle(2 * cpb));
        line.addAll(UartFrame.waveform(List.of(0x5A), cpb));
        List<Event> events = drive(rx(cpb), line, 3 * cpb);
        assertEquals(List.of(-1, 0x5A), bytes(events), "a frame with a low stop bit, then a good frame; events " + events);
        assertEquals(0x3C, events.getFirst().data(), "data shown with the framing error");
    }

    @Test
    void aBreakGivesOneFramingErrorAndTheReceiverWaitsForTheLineToGoHigh() {
        int cpb = 8;
        List<Boolean> line = idle(10);
        line.addAll(Collections.nCopies(40 * cpb, false));
        line.addAll(idle(cpb));
        line.addAll(UartFrame.waveform(List.of(0x81), cpb));
        List<Event> events = drive(rx(cpb), line, 3 * cpb);
        assertEquals(List.of(-1, 0x81), bytes(events), "a 40-bit break, then a good frame; events " + events);
    }

    @Test
    void ignoresALowGlitchShorterThanHalfABit() {
        int cpb = 16;
        List<Boolean> line = idle(10);
        line.addAll(Collections.nCopies(cpb / 2 - 2, false));
        line.addAll(idle(3 * cpb));
        line.addAll(UartFrame.waveform(List.of(0x42), cpb));
        List<Event> events = drive(rx(cpb), line, 3 * cpb);
        assertEquals(List.of(0x42), bytes(events), "a glitch of " + (cpb / 2 - 2) + " cycles, then a good frame; events " + events);
    }

    @Test
    void idleLineReportsNothing() {
        assertEquals(List.of(), drive(rx(4), idle(1000), 0), "reports on an idle line");
    }
}
