package io.accelforge.fpga.shell;

import io.accelforge.rtl.hcl.BlackBox;
import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.NameSource;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Signal;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine command interface of an accelerator (tpe/DESIGN.md, "GEMM engine command
 * interface"), found on a just-built module by port name: inputs cmdValid (1 bit), cmdOp
 * (up to 8 bits), cmdAddr (up to 16 bits), cmdData; outputs cmdReady (1 bit), rspValid
 * (1 bit), rspData. Ports are named by their Java fields (generated modules) or explicitly
 * (imported Verilog). The widths of cmdOp, cmdAddr, cmdData and rspData are the module's own.
 */
public record CommandPorts(Input cmdValid, Input cmdOp, Input cmdAddr, Input cmdData,
                           Output cmdReady, Output rspValid, Output rspData) {
    public static final List<String> NAMES = List.of("cmdValid", "cmdOp", "cmdAddr", "cmdData", "cmdReady", "rspValid", "rspData");
    /** Largest words a single request frame can carry (255-byte payload). */
    public static final int MAX_CMD_BITS = 8 * 248, MAX_RSP_BITS = 8 * 252;

    /** Finds and checks the interface; fails with every problem and what the port should be. */
    public static CommandPorts of(Module m) {
        Map<String, Signal> ports = portsByName(m);
        String who = m.getClass().getSimpleName() + " (" + m.moduleName() + ")";
        List<String> problems = new ArrayList<>();
        Input cmdValid = in(ports, "cmdValid", 1, 1, problems);
        Input cmdOp = in(ports, "cmdOp", 1, 8, problems);
        Input cmdAddr = in(ports, "cmdAddr", 1, 16, problems);
        Input cmdData = in(ports, "cmdData", 1, MAX_CMD_BITS, problems);
        Output cmdReady = out(ports, "cmdReady", 1, 1, problems);
        Output rspValid = out(ports, "rspValid", 1, 1, problems);
        Output rspData = out(ports, "rspData", 1, MAX_RSP_BITS, problems);
        ClockDomain d = m.body().defaultDomainOrNull();
        if (d == null) problems.add("no clk/rst: the accelerator must run in its default clock domain");
        if (m.body().domains().size() > 1) problems.add("more than one clock domain: the shell drives one clock");
        for (Signal s : m.body().ports()) {
            String n = nameOf(s, ports);
            boolean isDomainPort = d != null && (s == d.clock() || s == d.reset());
            if (s instanceof Input && !isDomainPort && !NAMES.contains(n)) {
                problems.add("input '" + n + "' is not part of the command interface, and the shell would leave it undriven");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(who + " cannot sit behind the board shell:\n  " + String.join("\n  ", problems)
                    + "\n  the shell drives the engine command interface of tpe/DESIGN.md; to map a design's ports straight to pins, use --no-shell --pcf F");
        }
        return new CommandPorts(cmdValid, cmdOp, cmdAddr, cmdData, cmdReady, rspValid, rspData);
    }

    /** Whether {@code m} has the interface (no exception). */
    public static boolean present(Module m) {
        try {
            of(m);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Ports by explicit name, else by the name of the field that holds them. */
    static Map<String, Signal> portsByName(Module m) {
        Map<String, Signal> out = new LinkedHashMap<>();
        for (Signal s : m.body().ports()) if (s.nameSource() == NameSource.EXPLICIT) out.put(s.name(), s);
        for (Class<?> c = m.getClass(); c != null && c != Module.class && c != BlackBox.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || !Signal.class.isAssignableFrom(f.getType())) continue;
                try {
                    f.setAccessible(true);
                    if (f.get(m) instanceof Signal s && s.owner() == m) out.putIfAbsent(f.getName(), s);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a field we cannot read cannot be an interface port either
                }
            }
        }
        return out;
    }

    private static String nameOf(Signal s, Map<String, Signal> ports) {
        for (Map.Entry<String, Signal> e : ports.entrySet()) if (e.getValue() == s) return e.getKey();
        return s.name() == null ? "?" : s.name();
    }

    private static Input in(Map<String, Signal> ports, String name, int min, int max, List<String> problems) {
        Signal s = ports.get(name);
        if (!(s instanceof Input i)) {
            problems.add(s == null ? "no input '" + name + "' (UInt(" + range(min, max) + "))" : "'" + name + "' must be an input");
            return null;
        }
        return checkWidth(i, name, min, max, problems) ? i : null;
    }

    private static Output out(Map<String, Signal> ports, String name, int min, int max, List<String> problems) {
        Signal s = ports.get(name);
        if (!(s instanceof Output o)) {
            problems.add(s == null ? "no output '" + name + "' (UInt(" + range(min, max) + "))" : "'" + name + "' must be an output");
            return null;
        }
        return checkWidth(o, name, min, max, problems) ? o : null;
    }

    private static boolean checkWidth(Signal s, String name, int min, int max, List<String> problems) {
        if (s.signed() || s.width() < min || s.width() > max) {
            problems.add("'" + name + "' is " + s.type() + "; it must be UInt(" + range(min, max) + ")");
            return false;
        }
        return true;
    }

    private static String range(int min, int max) { return min == max ? String.valueOf(min) : min + ".." + max; }
}
