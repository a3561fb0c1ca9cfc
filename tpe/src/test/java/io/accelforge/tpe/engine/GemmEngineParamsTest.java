package io.accelforge.tpe.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.accelforge.rtl.gen.ParamException;
import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.Precision;
import org.junit.jupiter.api.Test;

class GemmEngineParamsTest {
    private static GemmEngineParams engine(Architecture arch, int rows, int cols, int a, int b, int c) {
        return GemmEngineParams.of(arch, rows, cols, Precision.INT8, true, PeKind.PLAIN).withDepths(a, b, c);
    }

    @Test void rejectsAPeKindTheArchitectureIsNotBuiltWithNamingThoseItIs() {
        ParamException e = assertThrows(ParamException.class, () -> GemmEngineParams.of(Architecture.SYSTOLIC_OS, 4, 4, Precision.INT8, true, PeKind.OPT2));
        assertEquals("parameter 'pe' = opt2 does not apply to the systolic_os engine; use one of: plain, opt1", e.getMessage());
    }

    @Test void rejectsAnArchitectureThatHasNoEngineNamingThoseThatDo() {
        ParamException e = assertThrows(ParamException.class, () -> GemmEngineParams.of(Architecture.CUBE, 4, 4, Precision.INT8, true, PeKind.PLAIN));
        assertEquals("parameter 'architecture' = cube has no GEMM engine; use one of: systolic_os, systolic_ws, systolic_is, matrix_2d", e.getMessage());
    }

    @Test void the2dMatrixEngineIsBuiltOfSparsityEncodingPes() {
        ParamException e = assertThrows(ParamException.class, () -> GemmEngineParams.of(Architecture.MATRIX_2D, 4, 4, Precision.INT8, true, PeKind.PLAIN));
        assertEquals("parameter 'pe' = plain does not apply to the matrix_2d engine; use one of: opt4, opt3", e.getMessage());
        e = assertThrows(ParamException.class, () -> GemmEngineParams.of(Architecture.MATRIX_2D, 65, 4, Precision.INT8, true, PeKind.OPT4));
        assertEquals("parameter 'rows' = 65 is out of range 1..64", e.getMessage());
    }

    @Test void rejectsAScratchpadDepthThatIsNotAPowerOfTwo() {
        ParamException e = assertThrows(ParamException.class, () -> engine(Architecture.SYSTOLIC_OS, 4, 4, 12, 0, 0));
        assertEquals("parameter 'aDepth' = 12 must be 0 (default) or a power of two from 2 to 65536", e.getMessage());
    }

    @Test void rejectsAStationaryScratchpadShorterThanThePreload() {
        ParamException e = assertThrows(ParamException.class, () -> engine(Architecture.SYSTOLIC_WS, 8, 4, 0, 4, 0));
        assertEquals("parameter 'bDepth' = 4 is too small: the preload of 8 rows of B needs at least 8 words", e.getMessage());
        e = assertThrows(ParamException.class, () -> engine(Architecture.SYSTOLIC_IS, 8, 4, 4, 0, 0));
        assertEquals("parameter 'aDepth' = 4 is too small: the preload of 8 columns of A needs at least 8 words", e.getMessage());
    }

    @Test void rejectsAnOutputStationaryCScratchpadShorterThanTheDrain() {
        ParamException e = assertThrows(ParamException.class, () -> engine(Architecture.SYSTOLIC_OS, 8, 4, 0, 0, 4));
        assertEquals("parameter 'cDepth' = 4 is too small: the drain of 8 rows needs at least 8 words", e.getMessage());
    }

    @Test void rejectsACLaneNarrowerThanAProduct() {
        ParamException e = assertThrows(ParamException.class,
                () -> new GemmEngineParams(Architecture.SYSTOLIC_WS, 4, 4, Precision.INT8, true, PeKind.PLAIN, 15, 65536, 0, 0, 0));
        assertEquals("parameter 'accWidth' = 15 must be 0 (derived) or at least 2 x INT8 = 16", e.getMessage());
    }

    @Test void derivesTheCLaneFromKMaxUnlessGiven() {
        assertEquals(32, GemmEngineParams.of(Architecture.SYSTOLIC_WS, 16, 16, Precision.INT8, true, PeKind.PLAIN).acc());
        assertEquals(42, new GemmEngineParams(Architecture.SYSTOLIC_IS, 4, 4, Precision.INT16, false, PeKind.OPT1, 0, 1024, 0, 0, 0).acc());
        assertEquals(62, new GemmEngineParams(Architecture.SYSTOLIC_OS, 4, 4, Precision.INT16, true, PeKind.PLAIN, 0, 1 << 30, 0, 0, 0).acc(),
                "the longest kMax at the widest precision still fits a Java long");
        assertEquals(20, new GemmEngineParams(Architecture.SYSTOLIC_OS, 4, 4, Precision.INT8, false, PeKind.OPT1, 20, 1024, 0, 0, 0).acc());
    }

    @Test void defaultDepthsHoldAStreamOf256StepsAndTheArraysPreloadOrDrain() {
        assertEquals(new Scratchpads(16, 12, 12, 256, 256, 16), engine(Architecture.SYSTOLIC_OS, 16, 12, 0, 0, 0).scratchpads());
        assertEquals(new Scratchpads(16, 12, 12, 256, 16, 256), engine(Architecture.SYSTOLIC_WS, 16, 12, 0, 0, 0).scratchpads());
        assertEquals(new Scratchpads(12, 16, 12, 16, 256, 256), engine(Architecture.SYSTOLIC_IS, 16, 12, 0, 0, 0).scratchpads());
        assertEquals(new Scratchpads(3, 5, 5, 256, 256, 4), engine(Architecture.SYSTOLIC_OS, 3, 5, 0, 0, 0).scratchpads());
        assertEquals(new Scratchpads(1, 1, 1, 256, 2, 256), engine(Architecture.SYSTOLIC_WS, 1, 1, 0, 0, 0).scratchpads());
    }

    @Test void commandWordsAreTheWiderOperandWordAndAtLeast32BitsOfAnswer() {
        GemmEngineParams os = engine(Architecture.SYSTOLIC_OS, 16, 12, 0, 0, 0);
        assertEquals(16 * 8, os.cmdDataBits());
        assertEquals(12 * 32, os.rspDataBits());
        GemmEngineParams tiny = new GemmEngineParams(Architecture.SYSTOLIC_WS, 1, 1, Precision.INT4, true, PeKind.PLAIN, 8, 1, 0, 0, 0);
        assertEquals(4, tiny.cmdDataBits());
        assertEquals(32, tiny.rspDataBits());
    }

    @Test void moduleNamesCarryWhatDistinguishesTheHardwareInFewCharacters() {
        assertEquals("os_16x16_int8s_plain_acc32_a256_b256_c16", GemmEngineParams.of(Architecture.SYSTOLIC_OS, 16, 16, Precision.INT8, true, PeKind.PLAIN).tag());
        assertEquals("is_4x4_int16u_opt1_acc48_a16_b16_c16",
                GemmEngineParams.of(Architecture.SYSTOLIC_IS, 4, 4, Precision.INT16, false, PeKind.OPT1).withDepths(16, 16, 16).tag());
    }
}
