package io.accelforge.fpga.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the open flow builds: Verilog sources (file name to text), the top module and its
 * ports, the pin constraints, the PLL primitive the design instantiates (null: none), and
 * resource estimates when the design was generated here (null for imported Verilog).
 */
public record FlowDesign(Map<String, String> sources, String top, List<Port> ports, Pcf pcf, String pllPrimitive,
                         ResourceEstimate estimate, String description) {
    private static final Pattern PLL = Pattern.compile("\\b(SB_PLL40_PAD|SB_PLL40_CORE|SB_PLL40_2_PAD|SB_PLL40_2F_PAD|SB_PLL40_2F_CORE)\\b");
    private static final Pattern DSP = Pattern.compile("\\bSB_MAC16\\b");

    public FlowDesign {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        ports = List.copyOf(ports);
    }

    /** The PLL primitive named in hand-written sources, or null. */
    static String scanPll(Map<String, String> sources) {
        for (String text : sources.values()) {
            var m = PLL.matcher(text);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    /** Whether the sources instantiate DSP blocks directly. */
    public boolean instantiatesDsp() {
        for (String text : sources.values()) if (DSP.matcher(text).find()) return true;
        return false;
    }

    public int ioBits() { return ports.stream().mapToInt(Port::width).sum(); }
}
