package io.accelforge.rtl.hcl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/** A fixed-size indexed collection of signals, values, bundles or modules; a field {@code a} names them a_0, a_1, ... */
public final class Vec<T> implements Iterable<T> {
    private final List<T> items;

    private Vec(List<T> items) { this.items = List.copyOf(items); }

    public static <T> Vec<T> of(int n, IntFunction<T> make) {
        if (n < 1) throw new HclException("a Vec needs at least one element, got " + n, null);
        List<T> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(make.apply(i));
        return new Vec<>(l);
    }

    public static <T> Vec<T> of(List<T> items) {
        if (items.isEmpty()) throw new HclException("a Vec needs at least one element", null);
        return new Vec<>(items);
    }

    public T get(int i) { return items.get(i); }
    public int size() { return items.size(); }
    public List<T> asList() { return items; }
    public Stream<T> stream() { return items.stream(); }
    @Override public Iterator<T> iterator() { return items.iterator(); }

    /** Element {@code index} as a mux tree; the elements must be values. */
    public Value read(Value index) { return Hcl.select(index, values()); }

    /** Drives element {@code index} with {@code v} (a case statement); the elements must be signals. */
    public void write(Value index, Value v) {
        Value.requireUnsigned("Vec index", index);
        ModuleBody b = Construction.current();
        Stmt.Switch sw = b.addSwitch(index, SourceLoc.capture());
        SwitchBuilder sb = new SwitchBuilder(b, sw);
        for (int i = 0; i < items.size() && (index.width() >= 63 || i < (1L << index.width())); i++) {
            if (!(items.get(i) instanceof Signal s)) throw new HclException("write() into a Vec of " + items.get(i).getClass().getSimpleName(), "use a Vec of signals");
            sb.is(i, () -> s.set(v));
        }
    }

    private List<Value> values() {
        List<Value> vs = new ArrayList<>(items.size());
        for (T t : items) {
            if (!(t instanceof Value v)) throw new HclException("read() from a Vec of " + t.getClass().getSimpleName(), "use a Vec of values");
            vs.add(v);
        }
        return vs;
    }
}
