package io.accelforge.tpe.engine;

import io.accelforge.rtl.gen.ParamException;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The engine adapters: one per architecture and set of PE kinds. */
public final class EngineAdapters {
    private static final List<EngineAdapter> ALL = List.of(new OsAdapter(), new WsAdapter(), new IsAdapter(), new SparseAdapter());

    private EngineAdapters() {}

    public static List<EngineAdapter> all() { return ALL; }

    /**
     * The adapter of {@code arch} built with {@code pe}; a {@link ParamException} naming the
     * architectures that have an engine, or the PE kinds this one takes.
     */
    public static EngineAdapter of(Architecture arch, PeKind pe) {
        List<PeKind> kinds = new ArrayList<>();
        for (EngineAdapter a : ALL) {
            if (a.architecture() != arch) continue;
            if (a.kinds().contains(pe)) return a;
            kinds.addAll(a.kinds());
        }
        if (kinds.isEmpty()) throw new ParamException("parameter 'architecture' = " + lower(arch) + " has no GEMM engine; use one of: " + names());
        throw new ParamException("parameter 'pe' = " + lower(pe) + " does not apply to the " + lower(arch) + " engine; use one of: "
                + String.join(", ", kinds.stream().map(EngineAdapters::lower).toList()));
    }

    static String names() {
        Set<String> archs = new LinkedHashSet<>();
        for (EngineAdapter a : ALL) archs.add(lower(a.architecture()));
        return String.join(", ", archs);
    }

    static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }
}
