package io.accelforge.rtl.lower;

import io.accelforge.rtl.hcl.BlackBox;
import io.accelforge.rtl.hcl.Bundle;
import io.accelforge.rtl.hcl.Mem;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.NameSource;
import io.accelforge.rtl.hcl.Names;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.SourceLoc;
import io.accelforge.rtl.hcl.Stmt;
import io.accelforge.rtl.hcl.SyncRead;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.hcl.Wire;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every signal, memory and instance of a module a Verilog name: explicit names first,
 * then Java field names (Vec elements and bundle members get _i / _member suffixes), then
 * names derived from what a signal drives or copies. Explicit and field names must be
 * unique; derived ones are made unique.
 */
final class Naming {
    private Naming() {}

    /** Reflection is only for naming: fields of the module's own classes, down to Module. */
    static void nameFields(Module m) {
        Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Class<?> c = m.getClass(); c != Module.class && c != BlackBox.class && c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.getType().isPrimitive()) continue;
                visit(m, f.getName(), read(f, m), visited, 0);
            }
        }
    }

    private static void visit(Module m, String name, Object v, Set<Object> visited, int depth) {
        if (v == null || depth > 8 || !visited.add(v)) return;
        switch (v) {
            case Signal s when s.owner() == m -> s.nameIfWeaker(Names.sanitize(name), NameSource.FIELD);
            case Mem mem when mem.owner() == m -> mem.nameIfWeaker(Names.sanitize(name), NameSource.FIELD);
            case Module child when child.body().parent() == m ->
                    child.body().nameInstanceIfWeaker(Names.sanitize(name), NameSource.FIELD);
            case Vec<?> vec -> {
                for (int i = 0; i < vec.size(); i++) visit(m, name + "_" + i, vec.get(i), visited, depth + 1);
            }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) visit(m, name + "_" + i, list.get(i), visited, depth + 1);
            }
            case Object[] arr -> {
                for (int i = 0; i < arr.length; i++) visit(m, name + "_" + i, arr[i], visited, depth + 1);
            }
            case Bundle b -> {
                for (Class<?> c = b.getClass(); c != Bundle.class && c != null; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || f.getType().isPrimitive()) continue;
                        visit(m, name + "_" + f.getName(), read(f, b), visited, depth + 1);
                    }
                }
            }
            default -> { }
        }
    }

    private static Object read(Field f, Object o) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Names whatever is still unnamed, then checks that names are unique within the module. */
    static void nameRest(Module m, Diagnostics diags) {
        Map<Signal, String> hints = derivedHints(m);
        Map<String, Integer> counters = new HashMap<>();
        for (Signal s : m.body().locals()) {
            if (s.nameSource() != NameSource.NONE) continue;
            String hint = hints.get(s);
            if (hint == null) {
                String kind = switch (s) {
                    case Reg r -> "reg";
                    case Wire w -> "wire";
                    case SyncRead r -> r.mem().name() == null ? "mem_rdata" : r.mem().name() + "_rdata";
                    default -> "sig";
                };
                hint = kind + "_" + (counters.merge(kind, 1, Integer::sum) - 1);
            }
            s.nameIfWeaker(Names.sanitize(hint), NameSource.DERIVED);
        }
        for (Signal s : m.body().ports()) {
            if (s.nameSource() == NameSource.NONE) s.nameIfWeaker("port_" + (counters.merge("port", 1, Integer::sum) - 1), NameSource.DERIVED);
        }
        int memN = 0;
        for (Mem mem : m.body().mems()) if (mem.nameSource() == NameSource.NONE) mem.nameIfWeaker("mem_" + memN++, NameSource.DERIVED);
        Map<String, Integer> perClass = new HashMap<>();
        for (Module c : m.body().children()) {
            if (c.body().instanceNameSource() != NameSource.NONE) continue;
            String base = Names.sanitize(lowerFirst(c.getClass().getSimpleName()));
            c.body().nameInstanceIfWeaker(base + "_" + (perClass.merge(base, 1, Integer::sum) - 1), NameSource.DERIVED);
        }
        makeUnique(m, diags);
    }

    /** reg/wire assigned from a named signal y: y_d / y_w; a value driving named x wholesale: x_q / x_w. */
    private static Map<Signal, String> derivedHints(Module m) {
        Map<Signal, String> hints = new IdentityHashMap<>();
        for (Stmt s : m.body().root().stmts()) {
            if (!(s instanceof Stmt.Assign a) || !a.isFull()) continue;
            Signal t = a.target();
            if (a.value() instanceof Signal src && src.owner() == m && src.nameSource() == NameSource.NONE
                    && t.nameSource() != NameSource.NONE && t.owner() == m) {
                hints.putIfAbsent(src, t.name() + (src instanceof Reg ? "_q" : "_w"));
            }
            if (t.nameSource() == NameSource.NONE && t.owner() == m && a.value() instanceof Signal src
                    && src.nameSource() != NameSource.NONE && src.owner() == m) {
                hints.putIfAbsent(t, src.name() + (t instanceof Reg ? "_d" : "_w"));
            }
        }
        return hints;
    }

    private record Named(String name, NameSource source, SourceLoc loc, Runnable rename) {}

    private static void makeUnique(Module m, Diagnostics diags) {
        List<Named> all = new ArrayList<>();
        for (Signal s : m.body().ports()) all.add(new Named(s.name(), s.nameSource(), s.loc(), null));
        for (Signal s : m.body().locals()) all.add(new Named(s.name(), s.nameSource(), s.loc(), null));
        for (Mem mem : m.body().mems()) all.add(new Named(mem.name(), mem.nameSource(), mem.loc(), null));
        for (Module c : m.body().children()) all.add(new Named(c.body().instanceName(), c.body().instanceNameSource(), c.body().instanceLoc(), null));
        Map<String, Named> strong = new HashMap<>();
        for (Named n : all) {
            if (n.source() == NameSource.DERIVED) continue;
            Named prev = strong.putIfAbsent(n.name(), n);
            if (prev != null) {
                diags.add(DiagnosticKind.NAME_COLLISION, n.loc(),
                        "'" + n.name() + "' in " + m.moduleName() + " is also the name of something built at " + prev.loc(),
                        "rename one of them (field name or .named(...))");
            }
        }
        UniqueNames used = new UniqueNames();
        for (String s : strong.keySet()) used.reserve(s);
        for (Signal s : m.body().locals()) if (s.nameSource() == NameSource.DERIVED) s.nameIfWeaker(used.fresh(s.name()), NameSource.DERIVED);
        for (Signal s : m.body().ports()) if (s.nameSource() == NameSource.DERIVED) s.nameIfWeaker(used.fresh(s.name()), NameSource.DERIVED);
        for (Mem mem : m.body().mems()) if (mem.nameSource() == NameSource.DERIVED) mem.nameIfWeaker(used.fresh(mem.name()), NameSource.DERIVED);
        for (Module c : m.body().children()) {
            if (c.body().instanceNameSource() == NameSource.DERIVED) c.body().nameInstanceIfWeaker(used.fresh(c.body().instanceName()), NameSource.DERIVED);
        }
    }

    private static String lowerFirst(String s) { return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1); }
}
