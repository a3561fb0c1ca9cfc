package io.accelforge.rtl.gen;

import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.util.NearestNames;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A named generator: a parameter record type with defaults, a few corner configurations
 * that tests and lint sweeps exercise, and the function that builds the top module.
 */
public record Generator<P extends Record>(String name, String description, Class<P> paramsType, P defaults,
                                          List<P> corners, Function<P, ? extends Module> build) {
    public Generator {
        corners = List.copyOf(corners);
    }

    public List<ParamSpec> params() {
        List<ParamSpec> out = new ArrayList<>();
        for (RecordComponent rc : paramsType.getRecordComponents()) {
            Param p = rc.getAnnotation(Param.class);
            Long min = p == null || p.min() == Long.MIN_VALUE ? null : p.min();
            Long max = p == null || p.max() == Long.MAX_VALUE ? null : p.max();
            out.add(new ParamSpec(rc.getName(), rc.getType(), valueOf(rc, defaults), min, max, p == null ? "" : p.doc()));
        }
        return out;
    }

    /** The defaults with some values replaced ("name" -> text); every problem is reported. */
    public P parse(Map<String, String> overrides) {
        List<ParamSpec> specs = params();
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec s : specs) values.put(s.name(), s.defaultValue());
        List<String> names = specs.stream().map(ParamSpec::name).toList();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            ParamSpec spec = specs.stream().filter(s -> s.name().equals(e.getKey())).findFirst().orElse(null);
            if (spec == null) {
                problems.add("unknown parameter '" + e.getKey() + "' for generator '" + name + "'" + NearestNames.suggestion(e.getKey(), names));
                continue;
            }
            try {
                values.put(spec.name(), spec.parse(e.getValue()));
            } catch (ParamException ex) {
                problems.add(ex.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new ParamException(String.join("\n", problems));
        return construct(values);
    }

    /** The record's values by name, in component order. */
    public static Map<String, Object> values(Record params) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent rc : params.getClass().getRecordComponents()) out.put(rc.getName(), valueOf(rc, params));
        return out;
    }

    public Module build(P params) { return build.apply(params); }

    @SuppressWarnings("unchecked")
    public Module buildUnchecked(Record params) { return build.apply((P) params); }

    private P construct(Map<String, Object> values) {
        RecordComponent[] rcs = paramsType.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        Object[] args = new Object[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
            args[i] = values.get(rcs[i].getName());
        }
        try {
            Constructor<P> c = paramsType.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) throw new ParamException(iae.getMessage());
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + paramsType.getSimpleName(), e);
        }
    }

    private static Object valueOf(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc.getName(), e);
        }
    }
}
