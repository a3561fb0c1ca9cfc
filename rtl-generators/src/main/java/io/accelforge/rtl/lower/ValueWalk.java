package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.AsyncRead;
import io.accelforge.rtl.hcl.Literal;
import io.accelforge.rtl.hcl.Op;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.Value;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Consumer;

/** Walks a value tree down to the signals (and memories, for asynchronous reads) it reads. */
public final class ValueWalk {
    private ValueWalk() {}

    /**
     * Calls {@code leaf} once per signal or memory reached; {@code visited} (identity) lets
     * one walk span several roots without revisiting shared subtrees.
     */
    public static void leaves(Value root, Set<Value> visited, Consumer<Object> leaf) {
        Deque<Value> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Value v = todo.pop();
            if (!visited.add(v)) continue;
            switch (v) {
                case Signal s -> leaf.accept(s);
                case Literal l -> { }
                case Op op -> { for (Value a : op.args()) todo.push(a); }
                case AsyncRead r -> {
                    leaf.accept(r.mem());
                    todo.push(r.addr());
                }
            }
        }
    }
}
