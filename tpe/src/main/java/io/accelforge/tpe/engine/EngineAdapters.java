package io.accelforge.tpe.engine;

import io.accelforge.rtl.gen.ParamException;
import io.accelforge.tpe.Architecture;
import java.util.List;
import java.util.Locale;

/** The engine adapter of each architecture that has one. */
public final class EngineAdapters {
    private static final List<EngineAdapter> ALL = List.of(new OsAdapter(), new WsAdapter(), new IsAdapter());

    private EngineAdapters() {}

    public static List<EngineAdapter> all() { return ALL; }

    /** The adapter of {@code arch}; a {@link ParamException} naming those that exist when there is none. */
    public static EngineAdapter of(Architecture arch) {
        for (EngineAdapter a : ALL) if (a.architecture() == arch) return a;
        throw new ParamException("parameter 'architecture' = " + arch.name().toLowerCase(Locale.ROOT) + " has no GEMM engine; use one of: " + names());
    }

    static String names() {
        return String.join(", ", ALL.stream().map(a -> a.architecture().name().toLowerCase(Locale.ROOT)).toList());
    }
}
