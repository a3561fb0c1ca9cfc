package io.accelforge.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.Registry;
import io.accelforge.sim.VerilatorSim;
import io.accelforge.tpe.array.SparseGenerators;
import io.accelforge.tpe.array.SparseMatrixParams;
import io.accelforge.tpe.pe.SparseColumnParams;
import io.accelforge.tpe.pe.SparseDigitModel;
import io.accelforge.tpe.pe.SparseDigitPeParams;
import io.accelforge.tpe.pe.SparseLockstep;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The sparsity-encoding generators at their defaults and corners, in Verilator, cycle-exact
 * against the golden model under random handshakes. (Lint of every generator is the tests
 * module's AllGeneratorsLintTest.)
 */
class SparseGeneratorsTest {
    @Test void registryListsTheSparsityEncodingGenerators() {
        Registry r = Registry.load();
        for (Generator<?> g : SparseGenerators.all()) assertEquals(g.description(), r.get(g.name()).description(), g.name());
    }

    @TestFactory
    Stream<DynamicTest> lintCleanAndCycleExactInVerilatorAtDefaultsAndCorners() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Generator<?> g : SparseGenerators.all()) {
            List<Record> configs = new ArrayList<>();
            configs.add(g.defaults());
            configs.addAll(g.corners());
            for (Record p : configs) tests.add(DynamicTest.dynamicTest(g.name() + " " + p, () -> check(g, p)));
        }
        return tests.stream();
    }

    private void check(Generator<?> g, Record p) {
        Design d = Elaborator.elaborate(() -> g.buildUnchecked(p));
        try (VerilatorSim sim = VerilatorSim.open(d)) {
            switch (p) {
                case SparseDigitPeParams pe -> SparseLockstep.pe().run(sim, SparseDigitModel.of(pe), pe.precision(), pe.signed(),
                        SparseLockstep.random(g.name() + " " + p), 1500, 0.7, 0.06, g.name() + " " + p);
                case SparseColumnParams c -> SparseLockstep.column(c.n()).run(sim, SparseDigitModel.of(c), c.precision(), c.signed(),
                        SparseLockstep.random(g.name() + " " + p), 1500, 0.7, 0.06, g.name() + " " + p);
                case SparseMatrixParams m -> SparseLockstep.matrix(m.rows(), m.cols()).run(sim,
                        new SparseDigitModel(m.rows(), m.cols(), m.precision(), m.signed(), m.acc()), m.precision(), m.signed(),
                        SparseLockstep.random(g.name() + " " + p), 1500, 0.7, 0.04, g.name() + " " + p);
                default -> throw new IllegalStateException("no golden model for " + p);
            }
        }
    }
}
