package io.accelforge.rtl.blocks.stream;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import java.util.List;

/** FIFOs and ready/valid buffers. */
public final class StreamGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        return List.of();
    }
}
