package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.Construction;
import io.accelforge.rtl.hcl.HwType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The built type of every value and target of a circuit and its sub-circuits, by module name. */
public final class Types {
    private Types() {}

    /** Builds the circuit (without the elaboration checks) and reads off what the HCL made. */
    public static Map<String, Map<Integer, HwType>> of(Circuit c) {
        FuzzTop top = Construction.build(() -> new FuzzTop("types", List.of(c)));
        Map<String, Map<Integer, HwType>> out = new HashMap<>();
        for (CircuitModule m : top.circuits()) collect(m, out);
        return out;
    }

    private static void collect(CircuitModule m, Map<String, Map<Integer, HwType>> out) {
        if (out.putIfAbsent(m.moduleName(), m.types()) != null) return;
        for (CircuitModule child : m.children()) collect(child, out);
    }
}
