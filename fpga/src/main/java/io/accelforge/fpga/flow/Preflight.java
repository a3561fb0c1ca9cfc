package io.accelforge.fpga.flow;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Device;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks made before any tool runs, all reported together: the tools are installed; every
 * port bit has a pin and every pin is a user IO of the board's package, used once; the IOs and
 * block RAMs fit the device; no DSP blocks on a part without them; and the PLL is the
 * primitive the board's clock pin can feed. Multipliers that need more DSP blocks than the
 * device has are not a problem: the flow then builds them in logic ({@link Ice40Flow#multipliers}).
 */
public final class Preflight {
    private Preflight() {}

    /** The problems found; empty when the build may start. */
    public static List<String> problems(Board b, Device d, FlowDesign fd, double targetMhz) {
        if (!b.isOpenFlow()) return List.of(b.name() + " uses the " + b.flow().id() + " flow, which AccelForge writes scripts for but does not run");
        List<String> out = new ArrayList<>(Tools.missing());
        if (!(targetMhz > 0)) out.add("the target frequency must be positive, got " + targetMhz + " MHz");
        List<String> sites = d.sites(b.packageName());
        Set<String> bits = new HashSet<>();
        List<String> unmapped = new ArrayList<>();
        for (Port p : fd.ports()) {
            for (String bit : p.bitNames()) {
                bits.add(bit);
                if (!fd.pcf().entries().containsKey(bit)) unmapped.add(bit);
            }
        }
        if (!unmapped.isEmpty()) {
            out.add("no pin for " + (unmapped.size() > 8 ? unmapped.size() + " port bits (" + String.join(", ", unmapped.subList(0, 8)) + ", ...)"
                    : String.join(", ", unmapped)) + " of " + fd.top() + "; add set_io lines to the PCF"
                    + (fd.ioBits() > sites.size() ? " (the design has " + fd.ioBits() + " IO bits: it needs the board shell or fewer ports)" : ""));
        }
        Map<String, String> bySite = new HashMap<>();
        for (Map.Entry<String, Pcf.Entry> e : fd.pcf().entries().entrySet()) {
            String where = e.getValue().line() > 0 ? " (PCF line " + e.getValue().line() + ")" : "";
            if (!bits.contains(e.getKey())) out.add("the PCF constrains '" + e.getKey() + "'" + where + ", which is not a port of " + fd.top());
            String site = e.getValue().site();
            if (!sites.contains(site)) {
                out.add("'" + e.getKey() + "' is on site '" + site + "'" + where + ", not a user IO of " + d.name() + "-" + b.packageName()
                        + io.accelforge.rtl.util.NearestNames.suggestion(site, sites));
            }
            String other = bySite.put(site, e.getKey());
            if (other != null) out.add("'" + other + "' and '" + e.getKey() + "' are both on site " + site);
        }
        if (fd.ioBits() > sites.size()) {
            out.add(fd.top() + " has " + fd.ioBits() + " IO bits; " + d.name() + "-" + b.packageName() + " has " + sites.size() + " user IOs ("
                    + (fd.ioBits() - sites.size()) + " over): put the design behind the board shell (drop --no-shell)");
        }
        ResourceEstimate est = fd.estimate();
        if (est != null) {
            over(out, "block RAMs (SB_RAM40_4K, estimated from " + est.memories() + " memories)", est.bram(), d.available("BRAM"));
        }
        if (!d.dsp() && fd.instantiatesDsp()) out.add(fd.top() + " instantiates SB_MAC16 DSP blocks; " + d.name() + " has none");
        String pll = fd.pllPrimitive();
        if (pll != null && !b.pll().contains(pll)) {
            out.add(b.pll().isEmpty() ? b.name() + " has no PLL in its board data, but the design uses " + pll
                    : "the design uses " + pll + ", but " + b.name() + "'s clock pin (" + b.pin(b.clock().pin()).site() + ") feeds only "
                      + String.join(" or ", b.pll()) + (b.pll().contains("SB_PLL40_PAD") ? " (the clock is on the PLL's own pad)" : ""));
        }
        return out;
    }

    private static void over(List<String> out, String what, int need, int have) {
        if (need > have) out.add("does not fit: " + need + " " + what + ", the device has " + have + " (" + (need - have) + " over)");
    }
}
