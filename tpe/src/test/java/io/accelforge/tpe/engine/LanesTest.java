package io.accelforge.tpe.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.tpe.Operands;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanesTest {
    @Test void packsLaneZeroIntoTheLowBitsKeepingEachLanesOwnBits() {
        assertEquals(new BigInteger("0302FF", 16), Lanes.pack(new long[] {-1, 2, 3}, 8));
        assertEquals(0x0302FFL, Lanes.chunks(new long[] {-1, 2, 3}, 8)[0]);
    }

    @Test void unpackSignExtendsSignedLanesAndNotUnsignedOnes() {
        long[] out = new long[3];
        Lanes.unpack(new BigInteger("0302FF", 16), 8, true, out);
        assertArrayEquals(new long[] {-1, 2, 3}, out);
        Lanes.unpack(new BigInteger("0302FF", 16), 8, false, out);
        assertArrayEquals(new long[] {255, 2, 3}, out);
    }

    @Test void lanesThatStraddle64BitChunksRoundTrip() {
        Random rnd = Operands.random("LanesTest");
        for (int bits : new int[] {4, 20, 24, 42, 48, 63}) {
            for (int lanes : new int[] {1, 3, 5, 16}) {
                long[] in = new long[lanes], back = new long[lanes], viaChunks = new long[lanes];
                for (int l = 0; l < lanes; l++) in[l] = rnd.nextLong() >> (64 - bits);
                Lanes.unpack(Lanes.pack(in, bits), bits, true, back);
                Lanes.unpack(Lanes.chunks(in, bits), bits, true, viaChunks);
                assertArrayEquals(in, back, bits + "-bit lanes x " + lanes + " through a BigInteger");
                assertArrayEquals(in, viaChunks, bits + "-bit lanes x " + lanes + " through 64-bit chunks");
            }
        }
    }
}
