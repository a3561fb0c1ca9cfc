package io.accelforge.rtl.synth;

import java.nio.file.Path;

/** What Yosys measured: mapped area and cells, the generic netlist's size and depth, and the mapped netlist. */
record Synthesis(double cellAreaUm2, int cells, int genericCells, int flipFlops, long transistors, boolean transistorsLowerBound,
                 int logicDepth, Path netlist, double seconds) {}
