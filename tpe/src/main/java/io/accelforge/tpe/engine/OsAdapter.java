package io.accelforge.tpe.engine;

import io.accelforge.tpe.Architecture;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.model.ComputeCycles;
import io.accelforge.tpe.model.OsCycleModel;
import java.util.List;

/** Output-stationary systolic engine, in the {@link OutputStationaryLayout}. */
final class OsAdapter extends OutputStationaryLayout {
    @Override public Architecture architecture() { return Architecture.SYSTOLIC_OS; }

    @Override public List<PeKind> kinds() { return List.of(PeKind.PLAIN, PeKind.OPT1); }

    @Override public ComputeCycles computeCycles(GemmEngineParams p, Fold f, long[][] a, long[][] b) {
        OsCycleModel array = new OsCycleModel(p.rows(), p.cols());
        return new ComputeCycles(array.foldCycles(f.m(), f.k(), f.n()), array.drainCycles(), 3);
    }

    @Override public TileUnit unit(GemmEngineParams p) { return new OsTile(p); }
}
