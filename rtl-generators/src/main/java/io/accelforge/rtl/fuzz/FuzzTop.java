package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.ClockDomain;
import io.accelforge.rtl.hcl.Hcl;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.NameSource;
import io.accelforge.rtl.hcl.Output;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Many circuits side by side in one top module, so that one Verilator build covers them
 * all. Circuit k is instance c&lt;k&gt; with top ports c&lt;k&gt;_i&lt;id&gt; and c&lt;k&gt;_o&lt;id&gt;; all share
 * the clock {@code clk} and the synchronous reset {@code rst}; circuits with an
 * asynchronous-reset domain get the same clock and the reset input {@code arst}.
 */
public final class FuzzTop extends Module {
    private final String name;
    private final List<CircuitModule> circuits = new ArrayList<>();
    private final JavaText java = new JavaText();

    public FuzzTop(String name, List<Circuit> list) {
        this.name = name;
        ClockDomain clock = clockDomain();
        java.line("ClockDomain clock = clockDomain();");
        Input arst = null;
        if (list.stream().anyMatch(Circuit::needsAsyncDomain)) {
            arst = input(Hcl.Bool()).named("arst");
            java.line("Input arst = input(Bool()).named(\"arst\");");
        }
        for (int k = 0; k < list.size(); k++) {
            Circuit c = list.get(k);
            String inst = "c" + k;
            String cls = JavaSource.className(c.name());
            CircuitModule m = instance(new CircuitModule(c));
            m.body().nameInstanceIfWeaker(inst, NameSource.EXPLICIT);
            circuits.add(m);
            java.line(cls + " " + inst + " = instance(new " + cls + "());");
            java.line(inst + ".body().nameInstanceIfWeaker(\"" + inst + "\", NameSource.EXPLICIT);");
            if (m.asyncDomain() != null) {
                m.asyncDomain().clock().set(clock.clock());
                m.asyncDomain().reset().set(arst);
                java.line(inst + ".a.clock().set(clock.clock());");
                java.line(inst + ".a.reset().set(arst);");
            }
            for (var e : m.inputs().entrySet()) {
                String port = inputName(k, e.getKey());
                Input in = input(e.getValue().type()).named(port);
                e.getValue().set(in);
                java.line(inst + ".i" + e.getKey() + ".set(input(" + Term.type(in.type()) + ").named(\"" + port + "\"));");
            }
            for (var e : m.outputs().entrySet()) {
                String port = outputName(k, e.getKey());
                Output out = output(e.getValue().type()).named(port);
                out.set(e.getValue());
                java.line("output(" + Term.type(out.type()) + ").<Output>named(\"" + port + "\").set(" + inst + ".o" + e.getKey() + ");");
            }
        }
    }

    @Override public String moduleName() { return name; }

    /** The circuits' modules, in order. */
    public List<CircuitModule> circuits() { return Collections.unmodifiableList(circuits); }

    public static String inputName(int circuit, int id) { return "c" + circuit + "_i" + id; }

    public static String outputName(int circuit, int id) { return "c" + circuit + "_o" + id; }

    String constructorBody(int extra) { return java.text(extra); }
}
