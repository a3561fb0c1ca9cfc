package io.accelforge.fpga.board;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A board, read from a JSON resource ({@code boards/<name>.json}): its device and package
 * (or the vendor part), the oscillator, the PLL primitives that can take the oscillator's pin
 * (the first one is what the shell uses), named pins ({@code clk}, {@code uart_rx},
 * {@code uart_tx}, {@code led_<i>}, {@code btn_<i>}), the programmer, the USB VID:PID and
 * notes that say which facts are unverified on hardware.
 */
public record Board(String name, String title, Flow flow, String device, String part,
                    @JsonProperty("package") String packageName, String speedGrade, String platform,
                    BoardClock clock, List<String> pll, Map<String, Pin> pins, ProgrammerSpec programmer,
                    String usb, List<String> notes) {
    public static final String UART_RX = "uart_rx";
    public static final String UART_TX = "uart_tx";

    public Board {
        pll = pll == null ? List.of() : List.copyOf(pll);
        pins = pins == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pins));
        notes = notes == null ? List.of() : List.copyOf(notes);
        usb = usb == null ? "" : usb;
    }

    /** The open flow runs here; the other flows generate scripts. */
    public boolean isOpenFlow() { return flow == Flow.ICE40; }

    /** The pin called {@code pinName}, or null. */
    public Pin pin(String pinName) { return pins.get(pinName); }

    /** How many LEDs the board has (pins led_0, led_1, ... without gaps). */
    public int leds() {
        int n = 0;
        while (pins.containsKey("led_" + n)) n++;
        return n;
    }

    /** Whether the shell's UART has pins on this board. */
    public boolean hasUart() { return pins.containsKey(UART_RX) && pins.containsKey(UART_TX); }

    /** The PLL primitive the shell instantiates on this board, or null when it has none. */
    public String shellPll() { return pll.isEmpty() ? null : pll.getFirst(); }
}
