package io.accelforge.rtl.blocks.cdc;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import java.util.List;

/** Clock-domain crossing blocks. */
public final class CdcGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        return List.of(
                new Generator<>("synchronizer", "flop-chain synchroniser for single bits or Gray-coded values", SynchronizerParams.class,
                        SynchronizerParams.bit(2, false),
                        List.of(SynchronizerParams.bit(4, true), new SynchronizerParams(8, 3, false), new SynchronizerParams(64, 2, true)),
                        Synchronizer::new));
    }
}
