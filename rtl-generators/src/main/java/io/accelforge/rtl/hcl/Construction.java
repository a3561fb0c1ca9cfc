package io.accelforge.rtl.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * The modules under construction on this thread. A module's constructor pushes it; the
 * parent's {@code instance(child)} pops it; statements go to the module on top.
 */
public final class Construction {
    private static final ThreadLocal<Construction> CURRENT = new ThreadLocal<>();

    private final Deque<Module> stack = new ArrayDeque<>();

    private Construction() {}

    /** Builds a module tree; fails with every module that was built but never instantiated. */
    public static <M extends Module> M build(Supplier<M> top) {
        if (CURRENT.get() != null) {
            throw new HclException("elaboration started while another one is running on this thread",
                    "elaborate designs one after the other, not from inside a module constructor");
        }
        Construction c = new Construction();
        CURRENT.set(c);
        try {
            M m = top.get();
            if (c.stack.peekFirst() == m && c.stack.size() == 1) return m;
            List<String> lost = new ArrayList<>();
            for (Module x : c.stack) if (x != m) lost.add(x.getClass().getSimpleName() + " built at " + x.body().builtAt());
            throw new HclException(m.body().loc(), "module(s) built but never instantiated: " + String.join(", ", lost),
                    "wrap each submodule construction in instance(new ...) right away");
        } finally {
            CURRENT.remove();
        }
    }

    static ModuleBody current() {
        Construction c = CURRENT.get();
        if (c == null || c.stack.isEmpty()) {
            throw new HclException("hardware statement outside a module under construction",
                    "build modules inside Elaborator.elaborate(() -> new Top(...))");
        }
        return c.stack.peekFirst().body();
    }

    static void enter(Module m) {
        Construction c = CURRENT.get();
        if (c == null) {
            throw new HclException("module " + m.getClass().getSimpleName() + " constructed outside an elaboration",
                    "build it with Elaborator.elaborate(() -> new " + m.getClass().getSimpleName() + "(...))");
        }
        if (!c.stack.isEmpty()) m.body().setParent(c.stack.peekFirst());
        c.stack.push(m);
    }

    static void leave(Module parent, Module child) {
        Construction c = CURRENT.get();
        if (c == null || c.stack.peekFirst() != child || child.body().parent() != parent) {
            throw new HclException("instance() of a " + child.getClass().getSimpleName() + " that was not just built by this module",
                    "write instance(new " + child.getClass().getSimpleName() + "(...)) so that construction and instantiation are one step");
        }
        c.stack.pop();
    }
}
