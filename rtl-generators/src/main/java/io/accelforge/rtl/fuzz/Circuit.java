package io.accelforge.rtl.fuzz;

import io.accelforge.rtl.hcl.HwType;
import java.util.List;

/**
 * A random circuit as data, so that it can be built, shrunk and printed. Every port, node
 * and instance port has an id that stays the same while the circuit shrinks; nodes and
 * statements refer to values by id. Nodes only read values declared before them (so
 * combinational logic cannot loop); statements may read any value, but a combinational
 * target's statements only read values declared before it (see {@link Ranks}).
 *
 * @param name   the Verilog module name, unique within a design
 * @param inputs input ports
 * @param outputs output ports, driven by statements
 * @param nodes  declarations in order: constants, operators, wires, registers, memories, instances
 * @param body   the statements, in order (later assignments win)
 * @param subs   circuits that {@link Node.Instance} nodes instantiate, by index
 */
public record Circuit(String name, List<Port> inputs, List<Port> outputs, List<Node> nodes, List<Statement> body, List<Circuit> subs) {
    public Circuit {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        nodes = List.copyOf(nodes);
        body = List.copyOf(body);
        subs = List.copyOf(subs);
    }

    /** An input or output port. */
    public record Port(int id, HwType type) {}

    /** Whether this circuit declares the asynchronous-reset domain 'a' (its own registers or memories, or an instance's need it). */
    public boolean needsAsyncDomain() {
        for (Node n : nodes) {
            switch (n) {
                case Node.Reg r when r.async() -> { return true; }
                case Node.Mem m when m.async() -> { return true; }
                case Node.Instance i when subs.get(i.sub()).needsAsyncDomain() -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    public Circuit withName(String n) { return new Circuit(n, inputs, outputs, nodes, body, subs); }

    public Circuit withBody(List<Statement> b) { return new Circuit(name, inputs, outputs, nodes, b, subs); }

    public Circuit withNodes(List<Node> ns) { return new Circuit(name, inputs, outputs, ns, body, subs); }

    /**
     * A size for shrinking: 64 per port, node, statement and sub-circuit, plus every declared
     * bit (so narrowing counts), plus the extras of registers and memories.
     */
    public int size() {
        int s = 64 * (inputs.size() + outputs.size() + nodes.size() + subs.size()) + Statement.size(body);
        for (Port p : inputs) s += p.type().width() + (p.type().signed() ? 1 : 0);
        for (Port p : outputs) s += p.type().width() + (p.type().signed() ? 1 : 0);
        for (Node n : nodes) s += n.weight();
        for (Circuit c : subs) s += c.size();
        return s;
    }

    /** The module names of this circuit and its sub-circuits, outermost first. */
    public List<String> moduleNames() {
        List<String> out = new java.util.ArrayList<>();
        out.add(name);
        for (Circuit c : subs) out.addAll(c.moduleNames());
        return out;
    }
}
