package io.accelforge.tpe;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import io.accelforge.tpe.array.SparseGenerators;
import java.util.ArrayList;
import java.util.List;

/** The tensor-engine generators, as listed by 'forge list'. */
public final class TpeGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        List<Generator<?>> all = new ArrayList<>();
        all.addAll(SparseGenerators.all());
        return all;
    }
}
