package io.accelforge.rtl.fuzz;

import java.util.HashMap;
import java.util.Map;

/**
 * The rule that keeps generated logic free of combinational loops. Every value has a rank:
 * state and inputs rank lowest ({@link #SOURCE}), other values rank by the position of the
 * node that declares them. A combinational target (wire, output, instance input) may only be
 * driven, and conditioned, by values of lower rank than its own; registers and memory writes
 * may read anything.
 */
public final class Ranks {
    public static final int SOURCE = -1;
    public static final int ANY = Integer.MAX_VALUE;

    private final Map<Integer, Integer> value = new HashMap<>();
    private final Map<Integer, Integer> target = new HashMap<>();

    private Ranks() {}

    public static Ranks of(Circuit c) {
        Ranks r = new Ranks();
        for (Circuit.Port p : c.inputs()) r.value.put(p.id(), SOURCE);
        for (Circuit.Port p : c.outputs()) r.target.put(p.id(), ANY);
        for (int pos = 0; pos < c.nodes().size(); pos++) {
            switch (c.nodes().get(pos)) {
                case Node.Const k -> r.value.put(k.id(), SOURCE);
                case Node.Reg g -> {
                    r.value.put(g.id(), SOURCE);
                    r.target.put(g.id(), ANY);
                }
                case Node.SyncRead s -> r.value.put(s.id(), SOURCE);
                case Node.Expr e -> r.value.put(e.id(), pos);
                case Node.AsyncRead a -> r.value.put(a.id(), pos);
                case Node.Wire w -> {
                    r.value.put(w.id(), pos);
                    r.target.put(w.id(), pos);
                }
                case Node.Instance i -> {
                    for (int id : i.outputs()) r.value.put(id, pos);
                    for (int id : i.inputs()) r.target.put(id, pos);
                }
                case Node.Mem m -> { }
            }
        }
        return r;
    }

    /** The rank of value {@code id}. */
    public int value(int id) {
        Integer v = value.get(id);
        if (v == null) throw new IllegalArgumentException("no value " + id);
        return v;
    }

    /** Values read by statements that drive target {@code id} must rank below this. */
    public int target(int id) {
        Integer t = target.get(id);
        if (t == null) throw new IllegalArgumentException("no target " + id);
        return t;
    }

    public boolean isValue(int id) { return value.containsKey(id); }

    public boolean isTarget(int id) { return target.containsKey(id); }
}
