package io.accelforge.rtl.blocks.uart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.ParamException;
import io.accelforge.rtl.interp.Interpreter;
import io.accelforge.rtl.testing.Stimulus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UartTxTest {
    private static Interpreter tx(int clocksPerBit) {
        Interpreter sim = new Interpreter(Elaborator.elaborate(() -> new UartTx(new UartParams(clocksPerBit))));
        sim.reset(2);
        return sim;
    }

    static List<Integer> randomBytes(Random rnd, int n) {
        List<Integer> bytes = new ArrayList<>(List.of(0x00, 0xFF, 0x55, 0xAA, 0x01, 0x80));
        while (bytes.size() < n) bytes.add(rnd.nextInt(256));
        return bytes;
    }

    /** Holds valid high and sends {@code bytes} back to back; returns txd from the cycle after the first byte is taken. */
    private static List<Boolean> sendBackToBack(Interpreter sim, List<Integer> bytes, int clocksPerBit) {
        List<Boolean> line = new ArrayList<>();
        int next = 0;
        boolean started = false;
        int cycles = bytes.size() * UartFrame.BITS * clocksPerBit;
        while (line.size() < cycles) {
            sim.poke("valid", next < bytes.size() ? 1 : 0);
            sim.poke("data", next < bytes.size() ? bytes.get(next) : 0);
            boolean taken = next < bytes.size() && sim.peek("ready") == 1;
            sim.step();
            if (taken) {
                next++;
                started = true;
            }
            if (started) line.add(sim.peek("txd") == 1);
        }
        return line;
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 16})
    void backToBackWaveformEqualsTheEncodersBitStream(int clocksPerBit) {
        Random rnd = Stimulus.random("UartTx waveform cpb" + clocksPerBit);
        List<Integer> bytes = randomBytes(rnd, 24);
        List<Boolean> line = sendBackToBack(tx(clocksPerBit), bytes, clocksPerBit);
        List<Boolean> want = UartFrame.waveform(bytes, clocksPerBit);
        for (int c = 0; c < want.size(); c++) {
            int frame = c / (UartFrame.BITS * clocksPerBit), bit = c / clocksPerBit % UartFrame.BITS;
            assertEquals(want.get(c), line.get(c), "txd at cycle " + c + " (frame " + frame + " = 0x" + Integer.toHexString(bytes.get(frame))
                    + ", bit " + bit + " of start, d0..d7, stop; " + clocksPerBit + " cycles per bit)");
        }
    }

    @Test
    void decoderRecoversTheBytesSent() {
        Random rnd = Stimulus.random("UartTx decode");
        List<Integer> bytes = randomBytes(rnd, 16);
        List<UartFrame.Received> got = UartFrame.decode(sendBackToBack(tx(8), bytes, 8), 8);
        List<UartFrame.Received> want = bytes.stream().map(b -> new UartFrame.Received(b, true)).toList();
        assertEquals(want, got, "bytes decoded from txd");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 7})
    void matchesTheCycleModelOnRandomValidAndData(int clocksPerBit) {
        Random rnd = Stimulus.random("UartTx model cpb" + clocksPerBit);
        Interpreter sim = tx(clocksPerBit);
        UartTxModel model = new UartTxModel(new UartParams(clocksPerBit));
        for (int cycle = 0; cycle < 20_000; cycle++) {
            // valid comes in bursts and gaps; data changes every cycle to catch a byte that is not held
            boolean valid = (cycle / 300) % 3 != 2 && rnd.nextInt(4) == 0;
            int data = rnd.nextInt(256);
            sim.poke("valid", valid ? 1 : 0);
            sim.poke("data", data);
            String at = "cycle " + cycle + " (valid=" + valid + " data=0x" + Integer.toHexString(data) + ")";
            assertEquals(model.ready() ? 1 : 0, sim.peek("ready"), "ready at " + at);
            assertEquals(model.txd() ? 1 : 0, sim.peek("txd"), "txd at " + at);
            sim.step();
            model.step(valid, data);
        }
    }

    @Test
    void idlesHighAndReadyAfterReset() {
        Interpreter sim = tx(16);
        for (int cycle = 0; cycle < 50; cycle++) {
            assertEquals(1, sim.peek("txd"), "txd while idle, cycle " + cycle);
            assertEquals(1, sim.peek("ready"), "ready while idle, cycle " + cycle);
            sim.step();
        }
    }

    @Test
    void rejectsFewerThanFourClocksPerBit() {
        assertThrows(ParamException.class, () -> new UartParams(3));
    }
}
