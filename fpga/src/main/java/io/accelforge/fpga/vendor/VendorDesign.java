package io.accelforge.fpga.vendor;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Pin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a vendor script builds: Verilog file names (written beside the script), the top module,
 * the clock port and its frequency, and the top's 1-bit ports mapped to board pins.
 */
public record VendorDesign(List<String> files, String top, String clockPort, double clockMhz, Map<String, Pin> pins) {
    public VendorDesign {
        files = List.copyOf(files);
        pins = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pins));
    }

    /** The board's pins for the given top ports (port name = board pin name), clocked by the board oscillator. */
    public static VendorDesign forBoard(Board b, List<String> files, String top, List<String> ports) {
        Map<String, Pin> pins = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String p : ports) {
            Pin pin = b.pin(p);
            if (pin == null) missing.add(p);
            else pins.put(p, pin);
        }
        if (!missing.isEmpty()) throw new IllegalArgumentException(b.name() + " has no pins named " + missing);
        return new VendorDesign(files, top, b.clock().pin(), b.clock().mhz(), pins);
    }

    public double periodNs() { return 1000.0 / clockMhz; }
}
