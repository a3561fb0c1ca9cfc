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
                        PrefixAdder::new),
                new Generator<>("carry-save-adder", "word of 3:2 counters: x + y + z = sum + 2*carry", AdderParams.class,
                        new AdderParams(16), List.of(new AdderParams(1), new AdderParams(130)), CarrySaveAdder::new),
                new Generator<>("compressor-42", "word of 4:2 compressors: x + y + z + w + cin = sum + 2*carry + 2^W*cout",
                        AdderParams.class, new AdderParams(16), List.of(new AdderParams(1), new AdderParams(2), new AdderParams(65)),
                        Compressor42::new),
                new Generator<>("compressor-tree", "exact sum of N operands: Wallace or Dadda tree and a prefix adder",
                        CompressorTreeParams.class, new CompressorTreeParams(8, 16, false, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE),
                        List.of(new CompressorTreeParams(2, 1, false, TreeKind.WALLACE, PrefixNetwork.BRENT_KUNG),
                                new CompressorTreeParams(13, 8, true, TreeKind.DADDA, PrefixNetwork.SKLANSKY),
                                new CompressorTreeParams(3, 64, true, TreeKind.WALLACE, PrefixNetwork.KOGGE_STONE)),
                        MultiOperandAdder::new),
                new Generator<>("booth-partial-products", "radix-4 Booth encoder and partial-product rows: a*b = sum (pp_j + neg_j) * 4^j",
                        BoothParams.class, new BoothParams(8, 8, true),
                        List.of(new BoothParams(1, 1, false), new BoothParams(16, 9, false), new BoothParams(64, 64, true)),
                        BoothPartialProducts::new),
                new Generator<>("pipelined-multiplier", "Booth + compressor tree + prefix adder multiplier with 0..S+2 pipeline registers",
                        MultiplierParams.class, new MultiplierParams(8, 8, true, 3, TreeKind.DADDA, PrefixNetwork.KOGGE_STONE),
                        List.of(new MultiplierParams(1, 1, false, 0, TreeKind.WALLACE, PrefixNetwork.SKLANSKY),
                                new MultiplierParams(16, 16, true, 6, TreeKind.WALLACE, PrefixNetwork.BRENT_KUNG),
                                new MultiplierParams(64, 64, false, 4, TreeKind.DADDA, PrefixNetwork.SKLANSKY)),
                        PipelinedMultiplier::new));
    }
}
