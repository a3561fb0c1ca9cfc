package io.accelforge.rtl.elab;

import io.accelforge.rtl.hcl.Block;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Stmt;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.lower.ValueWalk;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Size of a design: signals, memories, instances, statements and distinct value nodes over all instances. */
final class NodeCount {
    private NodeCount() {}

    static long of(List<Module> modules) {
        long n = 0;
        Set<Value> values = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Module m : modules) {
            n += m.body().ports().size() + m.body().locals().size() + m.body().mems().size() + m.body().children().size();
            n += statements(m.body().root(), values);
        }
        return n + values.size();
    }

    private static long statements(Block b, Set<Value> values) {
        long n = 0;
        for (Stmt s : b.stmts()) {
            n++;
            switch (s) {
                case Stmt.Assign a -> ValueWalk.leaves(a.value(), values, x -> { });
                case Stmt.When w -> {
                    ValueWalk.leaves(w.cond(), values, x -> { });
                    n += statements(w.then(), values) + statements(w.otherwise(), values);
                }
                case Stmt.Switch sw -> {
                    ValueWalk.leaves(sw.selector(), values, x -> { });
                    for (Stmt.Case c : sw.cases()) n += statements(c.body(), values);
                    n += statements(sw.otherwise(), values);
                }
                case Stmt.MemWrite w -> {
                    ValueWalk.leaves(w.addr(), values, x -> { });
                    ValueWalk.leaves(w.data(), values, x -> { });
                }
            }
        }
        return n;
    }
}
