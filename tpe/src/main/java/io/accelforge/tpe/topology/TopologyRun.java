package io.accelforge.tpe.topology;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.Gemm;
import io.accelforge.tpe.Precision;
import io.accelforge.tpe.engine.GemmDriver;
import io.accelforge.tpe.engine.GemmEngine;
import io.accelforge.tpe.engine.GemmEngineParams;
import io.accelforge.tpe.model.CycleModel;
import io.accelforge.tpe.model.EngineCycleModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A topology on a GEMM engine: every layer through the analytic models (SCALE-Sim's compute
 * report and the engine cycle model), and optionally through the engine's RTL in Verilator,
 * one model for all layers, each layer's operands random from its own seed
 * ({@link #layerSeed}), its C checked against the golden GEMM and its cycles against the model.
 */
public final class TopologyRun {
    private TopologyRun() {}

    /** Every layer through the models only. */
    public static List<LayerRun> model(GemmEngineParams p, Topology t) {
        List<LayerRun> out = new ArrayList<>();
        List<ComputeReport.Row> rows = ComputeReport.of(p.architecture(), p.rows(), p.cols(), t);
        CycleModel model = CycleModel.of(p.architecture(), p.rows(), p.cols());
        for (int id = 0; id < rows.size(); id++) {
            Topology.Layer l = t.layers().get(id);
            out.add(new LayerRun(id, l, model.computeCycles(l.m(), l.k(), l.n()), rows.get(id), EngineCycleModel.gemm(p, l.m(), l.k(), l.n()), null));
        }
        return out;
    }

    /** Every layer through the models and the RTL; {@code progress} hears one line per step. */
    public static List<LayerRun> rtl(GemmEngineParams p, Topology t, long seed, Consumer<String> progress) {
        List<LayerRun> modelled = model(p, t);
        progress.accept("elaborating " + p.tag() + " and building its Verilator model (cached after the first time) ...");
        Design d = Elaborator.elaborate(() -> new GemmEngine(p));
        List<LayerRun> out = new ArrayList<>();
        try (VerilatorSim sim = VerilatorSim.open(d)) {
            sim.reset(1);
            GemmDriver driver = new GemmDriver(sim, p);
            for (LayerRun r : modelled) {
                Topology.Layer l = r.layer();
                progress.accept(String.format(Locale.ROOT, "layer %d of %d: %s, GEMM %s in Verilator ...", r.layerId() + 1, modelled.size(), l.name(), l.shape()));
                LayerRun.Rtl rtl = verify(driver, p, l.m(), l.k(), l.n(), layerSeed(seed, r.layerId()));
                out.add(new LayerRun(r.layerId(), l, r.computeCycles(), r.scaleSim(), r.engine(), rtl));
            }
        }
        return out;
    }

    /**
     * One GEMM of random operands from {@code seed} on the engine behind {@code driver}: C
     * compared element by element with the golden GEMM, and the engine's cycle count.
     */
    public static LayerRun.Rtl verify(GemmDriver driver, GemmEngineParams p, int m, int k, int n, long seed) {
        Random rnd = new Random(seed);
        long[][] a = random(p, m, k, rnd), b = random(p, k, n, rnd);
        return compare(p, a, b, driver.multiply(a, b), seed);
    }

    /** The seed of layer {@code id}'s operands: the same run seed and layer always give the same operands. */
    public static long layerSeed(long seed, int id) { return seed * 1_000_003L + id; }

    private static LayerRun.Rtl compare(GemmEngineParams p, long[][] a, long[][] b, GemmDriver.Result res, long seed) {
        long[][] golden = Gemm.multiply(a, b);
        long mismatches = 0;
        String first = "";
        for (int i = 0; i < golden.length; i++) {
            for (int j = 0; j < golden[i].length; j++) {
                long want = Gemm.wrap(golden[i][j], p.acc(), p.signed());
                if (res.c()[i][j] != want) {
                    if (mismatches++ == 0) first = "C[" + i + "][" + j + "] expected " + want + ", actual " + res.c()[i][j];
                }
            }
        }
        return new LayerRun.Rtl(seed, res.cycles(), mismatches, first);
    }

    /** Uniform operands over the engine's precision and signedness. */
    static long[][] random(GemmEngineParams p, int rows, int cols, Random rnd) {
        Precision pr = p.precision();
        long lo = pr.min(p.signed()), span = pr.max(p.signed()) - lo + 1;
        long[][] x = new long[rows][cols];
        for (long[] row : x) for (int j = 0; j < cols; j++) row[j] = lo + rnd.nextLong(span);
        return x;
    }
}
