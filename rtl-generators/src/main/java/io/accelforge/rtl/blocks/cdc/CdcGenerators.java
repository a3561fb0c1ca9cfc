package io.accelforge.rtl.blocks.cdc;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import java.util.List;

/** Clock-domain crossing blocks. */
public final class CdcGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        return List.of();
    }
}
