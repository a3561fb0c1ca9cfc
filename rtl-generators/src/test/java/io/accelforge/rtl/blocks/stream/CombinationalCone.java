package io.accelforge.rtl.blocks.stream;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.rtl.lower.Drivers;
import io.accelforge.rtl.lower.ValueWalk;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;

/** Structural check: which input ports of a flat top module reach a signal through combinational logic only. */
final class CombinationalCone {
    private CombinationalCone() {}

    static Set<String> inputsReaching(Design d, Signal target) {
        Module top = d.top();
        Set<String> inputs = new TreeSet<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Signal> todo = new ArrayDeque<>();
        todo.push(target);
        while (!todo.isEmpty()) {
            Signal s = todo.pop();
            if (!seen.add(s)) continue;
            if (s instanceof Input in) {
                inputs.add(in.name());
                continue;
            }
            if (!(s instanceof Wire || s instanceof Output)) continue;   // a register or memory read ends the cone
            ValueWalk.leaves(Drivers.combinational(d.index(top), top.body().root(), s), Collections.newSetFromMap(new IdentityHashMap<>()),
                    leaf -> { if (leaf instanceof Signal x) todo.push(x); });
        }
        return inputs;
    }
}
