package io.accelforge.sim.fuzz;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.fuzz.Circuit;
import io.accelforge.rtl.fuzz.FuzzTop;
import io.accelforge.rtl.fuzz.Node;
import io.accelforge.rtl.fuzz.OpCode;
import io.accelforge.rtl.interp.Interpreter;
import java.util.ArrayList;
import java.util.List;

/** Deliberately wrong references, to test that the fuzzer finds, isolates and shrinks a difference. */
final class Mutants {
    private Mutants() {}

    /** The circuit with every XOR built as an OR. */
    static Circuit xorAsOr(Circuit c) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : c.nodes()) {
            nodes.add(n instanceof Node.Expr e && e.op() == OpCode.XOR ? new Node.Expr(e.id(), OpCode.OR, e.args(), e.p(), e.q(), e.k()) : n);
        }
        return new Circuit(c.name(), c.inputs(), c.outputs(), nodes, c.body(), c.subs().stream().map(Mutants::xorAsOr).toList());
    }

    /** The interpreter of the same circuits with XOR built as OR: wrong wherever an XOR matters. */
    static final BatchRunner.Reference XOR_AS_OR = (d, name, circuits) ->
            new Interpreter(Elaborator.elaborate(() -> new FuzzTop(name, circuits.stream().map(Mutants::xorAsOr).toList())));

    static boolean hasXor(Circuit c) {
        return c.nodes().stream().anyMatch(n -> n instanceof Node.Expr e && e.op() == OpCode.XOR) || c.subs().stream().anyMatch(Mutants::hasXor);
    }
}
