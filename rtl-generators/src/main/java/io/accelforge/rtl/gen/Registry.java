package io.accelforge.rtl.gen;

import io.accelforge.rtl.util.NearestNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Every generator on the class path, sorted by name. */
public final class Registry {
    private final List<Generator<?>> all;

    private Registry(List<Generator<?>> all) { this.all = all; }

    public static Registry load() {
        List<Generator<?>> all = new ArrayList<>();
        for (GeneratorProvider p : ServiceLoader.load(GeneratorProvider.class)) all.addAll(p.generators());
        all.sort(Comparator.comparing(Generator::name));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).name().equals(all.get(i - 1).name())) throw new IllegalStateException("two generators named " + all.get(i).name());
        }
        return new Registry(List.copyOf(all));
    }

    public List<Generator<?>> all() { return all; }

    /** The generator called {@code name}; fails with the nearest names. */
    public Generator<?> get(String name) {
        for (Generator<?> g : all) if (g.name().equals(name)) return g;
        throw new ParamException("unknown generator '" + name + "'" + NearestNames.suggestion(name, all.stream().map(Generator::name).toList())
                + " (forge list shows them all)");
    }
}
