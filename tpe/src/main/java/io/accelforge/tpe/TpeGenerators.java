package io.accelforge.tpe;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import java.util.ArrayList;
import java.util.List;

/** The tensor-engine generators, as listed by 'forge list'. */
public final class TpeGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        List<Generator<?>> all = new ArrayList<>();
        return all;
    }
}
