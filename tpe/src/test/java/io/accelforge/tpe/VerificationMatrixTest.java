package io.accelforge.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.tpe.array.CubeParams;
import io.accelforge.tpe.array.Matrix2dParams;
import io.accelforge.tpe.array.SparseMatrixParams;
import io.accelforge.tpe.array.TreeParams;
import io.accelforge.tpe.engine.EngineAdapter;
import io.accelforge.tpe.engine.EngineAdapters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verification matrix covers what the generators build, so that no cell can drop out of CI unnoticed. */
class VerificationMatrixTest {
    @Test void itsPeKindsAreExactlyThoseTheGeneratorsTake() {
        for (Architecture arch : Architecture.values()) {
            List<PeKind> built = new ArrayList<>();
            for (EngineAdapter ad : EngineAdapters.all()) if (ad.architecture() == arch) built.addAll(ad.kinds());
            switch (arch) {
                case CUBE -> built.addAll(CubeParams.KINDS);
                case TREE -> built.addAll(TreeParams.KINDS);
                case MATRIX_2D -> {
                    built.addAll(Matrix2dParams.KINDS);
                    built.addAll(SparseMatrixParams.KINDS);
                }
                default -> { }
            }
            assertEquals(Set.copyOf(built), Set.copyOf(VerificationMatrix.KINDS.get(arch)), arch + ": PE kinds of the generators and of the matrix");
        }
    }

    @Test void everyArchitectureAndPeKindRunsAtLeastTwoPrecisions() {
        for (Architecture arch : Architecture.values()) {
            for (PeKind pe : VerificationMatrix.KINDS.get(arch)) {
                Set<String> precisions = new HashSet<>();
                for (VerificationMatrix.Cell c : VerificationMatrix.all()) if (c.arch() == arch && c.pe() == pe) precisions.add(c.precision() + " " + c.signed());
                assertTrue(precisions.size() >= 2, arch + " " + pe + " runs at " + precisions + ": at least two precisions are required");
            }
        }
    }

    @Test void architecturesWithAnEngineRunThroughItAndTheOthersAtArrayLevel() {
        Set<String> engines = new HashSet<>();
        for (EngineAdapter ad : EngineAdapters.all()) for (PeKind pe : ad.kinds()) engines.add(ad.architecture() + " " + pe);
        for (VerificationMatrix.Cell c : VerificationMatrix.engineCells()) assertTrue(engines.contains(c.arch() + " " + c.pe()), c + " has no engine");
        for (VerificationMatrix.Cell c : VerificationMatrix.arrayCells()) assertTrue(!engines.contains(c.arch() + " " + c.pe()), c + " has an engine: run it there");
        assertEquals(EnumSet.allOf(Architecture.class).size(), VerificationMatrix.all().stream().map(VerificationMatrix.Cell::arch).distinct().count());
    }
}
