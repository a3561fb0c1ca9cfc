package io.accelforge.fpga.flow;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.shell.Clocking;
import io.accelforge.fpga.shell.PllConfig;
import io.accelforge.fpga.shell.ShellParams;
import io.accelforge.fpga.shell.ShellTop;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The board shell around an accelerator for one board: the clock (the board's own, or its
 * PLL's nearest frequency to the one asked for), the UART bit period for the baud rate, the
 * LEDs and their polarity, and the pin constraints from the board data.
 */
public final class ShellBuilds {
    public static final int DEFAULT_BAUD = 115_200;
    public static final int TIMEOUT_LOG2 = 24;

    private ShellBuilds() {}

    /** How the shell is clocked on {@code b} for {@code mhz} (null: the board clock). */
    public static Clocking clocking(Board b, Double mhz) {
        double boardMhz = b.clock().mhz();
        if (mhz == null || Math.abs(mhz - boardMhz) < 1e-6 * boardMhz) return Clocking.direct();
        String prim = b.shellPll();
        if (prim == null) throw new FlowException(b.name() + " has no PLL in its board data; build at its clock, " + boardMhz + " MHz");
        try {
            return Clocking.pll(prim, PllConfig.solve(boardMhz, mhz));
        } catch (IllegalArgumentException e) {
            throw new FlowException(e.getMessage());
        }
    }

    /** The shell clock in Hz for this clocking. */
    public static long clockHz(Board b, Clocking c) { return c.usesPll() ? c.pll().achievedHz() : b.clock().hz(); }

    public static ShellParams params(Board b, Clocking c, int baud) {
        long hz = clockHz(b, c);
        int cpb = (int) Math.round((double) hz / baud);
        double error = Math.abs((double) hz / cpb - baud) / baud;
        if (cpb < 4 || error > 0.02) {
            throw new FlowException(String.format("%d baud is %.1f%% off at a %.3f MHz shell clock; choose another baud rate or clock", baud, 100 * error, hz / 1e6));
        }
        int leds = Math.min(8, b.leds());
        int activeLow = 0;
        for (int i = 0; i < leds; i++) if (b.pin("led_" + i).activeLow()) activeLow |= 1 << i;
        return new ShellParams(cpb, hz, TIMEOUT_LOG2, leds, activeLow);
    }

    /** Elaborates the shell around {@code accelerator} for {@code b}. */
    public static Design elaborate(Board b, Clocking c, int baud, Supplier<? extends Module> accelerator) {
        if (!b.hasUart()) throw new FlowException(b.name() + " has no UART pins in its board data; the shell needs uart_rx and uart_tx");
        ShellParams p = params(b, c, baud);
        try {
            return Elaborator.elaborate(() -> new ShellTop(p, c, accelerator));
        } catch (IllegalArgumentException e) {
            throw new FlowException(e.getMessage());
        }
    }

    /** The flow input for an elaborated shell (pins from the board). */
    public static FlowDesign flowDesign(Board b, Design shell, Clocking c, String description) {
        List<Port> ports = ports(shell);
        List<String> bits = new ArrayList<>();
        for (Port p : ports) bits.addAll(p.bitNames());
        return new FlowDesign(sources(shell), shell.topName(), ports, Pcf.forBoard(b, bits), c.pllPrimitive(), ResourceEstimate.of(shell), description);
    }

    /** A generated design with its own pins ({@code --no-shell}). */
    public static FlowDesign flowDesign(Design d, Pcf pcf, String description) {
        return new FlowDesign(sources(d), d.topName(), ports(d), pcf, FlowDesign.scanPll(d.externalSources()), ResourceEstimate.of(d), description);
    }

    static Map<String, String> sources(Design d) {
        Map<String, String> src = new LinkedHashMap<>();
        d.verilog().forEach((name, text) -> src.put(name + ".v", text));
        src.putAll(d.externalSources());
        return src;
    }

    static List<Port> ports(Design d) {
        return d.portDescriptions().stream().map(p -> new Port(p.name(), p.direction().equals("input"), p.width())).toList();
    }
}
