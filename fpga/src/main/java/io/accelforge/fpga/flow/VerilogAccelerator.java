package io.accelforge.fpga.flow;

import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.BlackBox;
import java.util.List;
import java.util.Map;

/**
 * An imported Verilog module as the shell's accelerator: a black box whose ports are the
 * module's own. It must have {@code clk}, {@code rst} (active high, synchronous) and the
 * engine command interface; its files are written beside the shell's.
 */
public final class VerilogAccelerator extends BlackBox {
    public VerilogAccelerator(String top, List<Port> ports, Map<String, String> sources) {
        super(top);
        boolean clk = ports.stream().anyMatch(p -> p.name().equals("clk") && p.input() && p.width() == 1);
        boolean rst = ports.stream().anyMatch(p -> p.name().equals("rst") && p.input() && p.width() == 1);
        if (!clk || !rst) {
            throw new FlowException("Verilog top '" + top + "' needs 1-bit inputs clk and rst (active high) to sit behind the shell"
                    + "; or map its ports straight to pins with --no-shell --pcf F");
        }
        clockDomain();
        for (Port p : ports) {
            if (p.name().equals("clk") || p.name().equals("rst")) continue;
            if (p.input()) input(UInt(p.width())).named(p.name());
            else output(UInt(p.width())).named(p.name());
        }
        sources.forEach(this::source);
    }
}
