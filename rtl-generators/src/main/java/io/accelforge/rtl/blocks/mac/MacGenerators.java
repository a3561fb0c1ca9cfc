package io.accelforge.rtl.blocks.mac;

import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.GeneratorProvider;
import java.util.List;

/** MAC cell and grid generators. */
public final class MacGenerators implements GeneratorProvider {
    @Override public List<Generator<?>> generators() {
        return List.of(
                new Generator<>("mac-cell", "output-stationary signed MAC cell (acc += a*b)", MacCellParams.class,
                        new MacCellParams(8, 32), List.of(new MacCellParams(2, 4), new MacCellParams(32, 128)), MacCell::new),
                new Generator<>("mac-grid", "rows x cols grid of MAC cells, A flowing right and B flowing down", MacGridParams.class,
                        new MacGridParams(4, 4, 8, 32), List.of(new MacGridParams(1, 1, 2, 4), new MacGridParams(2, 3, 16, 40)), MacGrid::new));
    }
}
