package io.accelforge.rtl.blocks.uart;

import java.util.ArrayList;
import java.util.List;

/**
 * The 8N1 line format at bit level: a low start bit, eight data bits LSB first, a high stop
 * bit; the line idles high. Encodes bytes to line levels per clock cycle at any (even
 * fractional) bit period, and decodes a sampled line back to bytes.
 */
public final class UartFrame {
    public static final int BITS = 10;

    private UartFrame() {}

    /** A received byte and whether its stop bit was high. */
    public record Received(int data, boolean stopBitHigh) {}

    /** The ten line levels of one frame, in order on the line. */
    public static boolean[] bits(int data, boolean stopBit) {
        if (data < 0 || data > 255) throw new IllegalArgumentException("a UART frame carries one byte, got " + data);
        boolean[] b = new boolean[BITS];
        b[0] = false;
        for (int i = 0; i < 8; i++) b[1 + i] = (data >> i & 1) == 1;
        b[9] = stopBit;
        return b;
    }

    /** Line levels, one per clock cycle, of frames sent back to back with {@code cyclesPerBit} per bit (may be fractional). */
    public static List<Boolean> waveform(List<Integer> bytes, double cyclesPerBit) {
        List<Boolean> bits = new ArrayList<>();
        for (int b : bytes) for (boolean x : bits(b, true)) bits.add(x);
        return levels(bits, cyclesPerBit);
    }

    /** A line that shows bit {@code k} of {@code bits} during cycles [k*period, (k+1)*period). */
    public static List<Boolean> levels(List<Boolean> bits, double cyclesPerBit) {
        int cycles = (int) Math.ceil(bits.size() * cyclesPerBit);
        List<Boolean> line = new ArrayList<>(cycles);
        for (int c = 0; c < cycles; c++) line.add(bits.get(Math.min(bits.size() - 1, (int) Math.floor(c / cyclesPerBit))));
        return line;
    }

    /**
     * Decodes a line sampled once per clock: after each falling edge, samples the middle of
     * the start bit (a high there is a glitch), of the eight data bits and of the stop bit;
     * after a low stop bit it waits for the line to go high again.
     */
    public static List<Received> decode(List<Boolean> line, int cyclesPerBit) {
        List<Received> out = new ArrayList<>();
        int c = 0;
        boolean waitHigh = false;
        while (c < line.size()) {
            if (waitHigh || line.get(c)) {
                if (line.get(c)) waitHigh = false;
                c++;
                continue;
            }
            int mid = c + cyclesPerBit / 2;
            int stop = mid + 9 * cyclesPerBit;
            if (stop >= line.size()) break;
            if (line.get(mid)) {
                c = mid + 1;
                continue;
            }
            int data = 0;
            for (int i = 0; i < 8; i++) if (line.get(mid + (1 + i) * cyclesPerBit)) data |= 1 << i;
            boolean stopHigh = line.get(stop);
            out.add(new Received(data, stopHigh));
            waitHigh = !stopHigh;
            c = stop + 1;
        }
        return out;
    }
}
