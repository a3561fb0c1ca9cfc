package io.accelforge.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.blocks.arith.AdderParams;
import io.accelforge.rtl.blocks.arith.PrefixAdder;
import io.accelforge.rtl.blocks.arith.PrefixAdderParams;
import io.accelforge.rtl.blocks.arith.PrefixNetwork;
import io.accelforge.rtl.blocks.arith.RippleAdder;
import io.accelforge.rtl.elab.Elaborator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flow sees what adder theory says: a 64-bit carry chain is slow and deep, a prefix network fast and no smaller. */
class AdderPpaTest {
    @Test void rippleCarryIsSlowerAndDeeperThanKoggeStoneWhichIsLargerOrSimilar(@TempDir Path cache) {
        PpaOptions o = new ProgressLog().options(cache);
        PpaReport ripple = Ppa.run(Elaborator.elaborate(() -> new RippleAdder(new AdderParams(64))), o);
        PpaReport ks = Ppa.run(Elaborator.elaborate(() -> new PrefixAdder(new PrefixAdderParams(64, PrefixNetwork.KOGGE_STONE))), o);
        String both = "\n  " + ripple.summary() + "\n  " + ks.summary();
        assertTrue(ripple.fmaxMhz() < ks.fmaxMhz(), "ripple slower:" + both);
        assertTrue(ripple.logicDepth() > 2 * ks.logicDepth(), "ripple depth grows with the width, prefix with its log:" + both);
        assertTrue(ks.cellAreaUm2() > 0.9 * ripple.cellAreaUm2(), "prefix larger or similar:" + both);
    }
}
