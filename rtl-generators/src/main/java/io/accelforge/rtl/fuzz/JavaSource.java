package io.accelforge.rtl.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a built {@link FuzzTop} as one standalone Java file: the top class, and each
 * distinct circuit as a nested class, each constructor being the transcript of the HCL calls
 * that built it. Elaborating the printed class gives the same Verilog.
 */
public final class JavaSource {
    private JavaSource() {}

    /** The Java class name for a module name: its first letter in upper case. */
    public static String className(String moduleName) {
        return Character.toUpperCase(moduleName.charAt(0)) + moduleName.substring(1);
    }

    /** The file text; {@code comment} lines go in the class comment. */
    public static String of(FuzzTop top, List<String> comment) {
        Map<String, CircuitModule> distinct = new LinkedHashMap<>();
        for (CircuitModule c : top.circuits()) collect(c, distinct);
        String cls = className(top.moduleName());
        StringBuilder sb = new StringBuilder();
        sb.append("import static io.accelforge.rtl.hcl.Hcl.*;\n\n");
        for (String imp : List.of("ClockDomain", "Input", "Mem", "Module", "NameSource", "Output", "ReadUnderWrite", "Reg", "ResetKind",
                "SyncRead", "Value", "Wire")) {
            sb.append("import io.accelforge.rtl.hcl.").append(imp).append(";\n");
        }
        sb.append("import java.math.BigInteger;\nimport java.util.List;\n\n");
        sb.append("/**\n");
        for (String l : comment) sb.append(" * ").append(l).append('\n');
        sb.append(" * Build it with Elaborator.elaborate(").append(cls).append("::new).\n */\n");
        sb.append("public final class ").append(cls).append(" extends Module {\n");
        sb.append("    public ").append(cls).append("() {\n").append(top.constructorBody(2)).append("    }\n\n");
        sb.append("    @Override public String moduleName() { return \"").append(top.moduleName()).append("\"; }\n");
        for (CircuitModule c : distinct.values()) sb.append('\n').append(nested(c));
        sb.append("}\n");
        return sb.toString();
    }

    private static void collect(CircuitModule m, Map<String, CircuitModule> out) {
        if (out.putIfAbsent(m.moduleName(), m) != null) return;
        for (CircuitModule c : m.children()) collect(c, out);
    }

    private static String nested(CircuitModule m) {
        String cls = className(m.moduleName());
        StringBuilder sb = new StringBuilder();
        sb.append("    static final class ").append(cls).append(" extends Module {\n");
        if (m.asyncDomain() != null) sb.append("        final ClockDomain a;\n");
        for (int id : m.inputs().keySet()) sb.append("        final Input i").append(id).append(";\n");
        for (int id : m.outputs().keySet()) sb.append("        final Output o").append(id).append(";\n");
        sb.append('\n');
        sb.append("        ").append(cls).append("() {\n").append(m.constructorBody(3)).append("        }\n\n");
        sb.append("        @Override public String moduleName() { return \"").append(m.moduleName()).append("\"; }\n");
        sb.append("    }\n");
        return sb.toString();
    }
}
