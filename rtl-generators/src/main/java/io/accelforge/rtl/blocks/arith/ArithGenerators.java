package io.accelforge.rtl.blocks.arith;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import java.util.List;

/** Adders, compressors, trees, Booth encoding and multipliers. */
public final class ArithGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        return List.of(
                new Generator<>("ripple-adder", "ripple-carry adder with carry in and out", AdderParams.class,
                        new AdderParams(16), List.of(new AdderParams(1), new AdderParams(64), new AdderParams(130)), RippleAdder::new),
                new Generator<>("prefix-adder", "parallel-prefix adder (Kogge-Stone, Sklansky, Brent-Kung) with carry in and out",
                        PrefixAdderParams.class, new PrefixAdderParams(32, PrefixNetwork.KOGGE_STONE),
                        List.of(new PrefixAdderParams(1, PrefixNetwork.BRENT_KUNG), new PrefixAdderParams(37, PrefixNetwork.SKLANSKY),
                                new PrefixAdderParams(130, PrefixNetwork.BRENT_KUNG)),
                        PrefixAdder::new));
    }
}
