package io.accelforge.fpga.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.fpga.fixture.TestAccelerator;
import io.accelforge.fpga.fixture.TestAcceleratorParams;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Command and response words wider than 32 bits travel as 32-bit chunks and come back whole. */
class WideWordsTest {
    @Test void a128BitCommandAndA384BitResponseRoundTrip() {
        TestAcceleratorParams acc = new TestAcceleratorParams(16, 8, 24, 4);
        long seed = System.nanoTime();
        System.out.println("WideWordsTest: seed " + seed);
        Random rnd = new Random(seed);
        try (ShellClient c = ShellClient.connect(SimShells.open(acc))) {
            assertEquals(128, c.info().cmdWidth());
            assertEquals(384, c.info().rspWidth());
            List<BigInteger> a = new ArrayList<>(), b = new ArrayList<>();
            for (int i = 0; i < acc.depth(); i++) {
                a.add(new BigInteger(128, rnd));
                b.add(i == 0 ? BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE) : new BigInteger(128, rnd));
            }
            c.writeWords(TestAccelerator.WRITE_A, 0, a);
            c.writeWords(TestAccelerator.WRITE_B, 0, b);
            c.command(TestAccelerator.COMPUTE, acc.depth());
            List<BigInteger> got = c.readWords(TestAccelerator.READ_C, 0, acc.depth());
            for (int i = 0; i < acc.depth(); i++) {
                for (int j = 0; j < 16; j++) {
                    long x = a.get(i).shiftRight(8 * j).intValue() & 0xFF, y = b.get(i).shiftRight(8 * j).intValue() & 0xFF;
                    long lane = got.get(i).shiftRight(24 * j).longValue() & 0xFFFFFF;
                    assertEquals(x + y, lane, "C[" + i + "] lane " + j + " = " + x + " + " + y + " (seed " + seed + ")");
                }
            }
        }
    }
}
