package io.accelforge.tpe.engine;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.model.ComputeCycles;
import java.util.List;

/**
 * What one architecture brings to the GEMM engine: its hardware ({@link TileUnit}: the array
 * with its skew, deskew and sequencing) and the facts the driver and the cycle model need.
 * The engine around it (scratchpads, commands, C accumulation, status, counter) is the same
 * for every architecture.
 *
 * <p>A fold is one COMPUTE: a region of C (m x n at m0, n0) and a reduction chunk (k at k0).
 * The driver writes the fold's A and B regions into scratchpad words 0.. ({@link #aLayout},
 * {@link #bLayout}, zero-padded to {@link #aWords}/{@link #bWords} words), issues COMPUTE with
 * {@link #length}, and reads the results from C words 0.. ({@link #cLayout}).
 */
public interface EngineAdapter {
    Architecture architecture();

    /** The PE kinds this engine is built with. */
    List<PeKind> kinds();

    /**
     * Lanes and depths of the scratchpads of a rows x cols array, depths of 0 replaced by the
     * defaults; fails with a {@link io.accelforge.rtl.gen.ParamException} when a given depth
     * cannot hold one fold.
     */
    Scratchpads scratchpads(int rows, int cols, int aDepth, int bDepth, int cDepth);

    /** The largest fold one COMPUTE runs (m0 = k0 = n0 = 0). */
    Fold maxFold(GemmEngineParams p);

    /** COMPUTE's cmdAddr for fold f: the length of the dimension the array streams. */
    int length(Fold f);

    WordLayout aLayout();

    WordLayout bLayout();

    WordLayout cLayout();

    /** Words of A the unit reads for fold f. */
    int aWords(GemmEngineParams p, Fold f);

    /** Words of B the unit reads for fold f. */
    int bWords(GemmEngineParams p, Fold f);

    /** Words of C that fold f adds into (the words a CLEAR_C before it must zero). */
    int cWords(GemmEngineParams p, Fold f);

    /**
     * Cycles of COMPUTE for fold f, from its command taken to the next command taken.
     * {@code a} and {@code b} are the whole GEMM's operands, for arrays whose cycles depend on
     * the data (the sparse digit-serial array); they are null when only shapes are known, and
     * such an adapter then fails.
     */
    ComputeCycles computeCycles(GemmEngineParams p, Fold f, long[][] a, long[][] b);

    /** The hardware: built inside {@link GemmEngine}'s constructor. */
    TileUnit unit(GemmEngineParams p);
}
