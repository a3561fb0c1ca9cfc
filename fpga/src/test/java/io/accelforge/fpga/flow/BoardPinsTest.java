package io.accelforge.fpga.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Boards;
import io.accelforge.fpga.board.Pin;
import io.accelforge.rtl.tools.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every open-flow board's pins are real IOs of its package for nextpnr-ice40: a design with one
 * port per board pin (inputs XORed into the last one) places and routes with the board's PCF.
 */
class BoardPinsTest {
    @TempDir Path tmp;

    @TestFactory
    Stream<DynamicTest> everyOpenFlowBoardsPinsPlaceInNextpnr() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Board b : Boards.builtIn().all()) if (b.isOpenFlow()) tests.add(DynamicTest.dynamicTest(b.name(), () -> check(b)));
        return tests.stream();
    }

    private void check(Board b) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(b.name()));
        List<String> names = new ArrayList<>(b.pins().keySet());
        StringBuilder v = new StringBuilder("module pins(");
        StringBuilder pcf = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            boolean last = i == names.size() - 1;
            v.append(last ? "output wire " : "input wire ").append(names.get(i)).append(last ? "" : ", ");
            Pin p = b.pin(names.get(i));
            pcf.append("set_io ").append(p.pullUp() ? "-pullup yes " : "").append(names.get(i)).append(' ').append(p.site()).append('\n');
        }
        v.append(");\n  assign ").append(names.getLast()).append(" = ").append(String.join(" ^ ", names.subList(0, names.size() - 1))).append(";\nendmodule\n");
        Files.writeString(dir.resolve("pins.v"), v);
        Files.writeString(dir.resolve("pins.pcf"), pcf);
        ToolResult y = Tools.YOSYS.run(List.of("-q", "-p", "read_verilog pins.v; synth_ice40 -top pins -json pins.json"), dir, Duration.ofMinutes(2), dir.resolve("yosys.log"));
        assertEquals(0, y.exitCode(), "yosys for " + b.name() + ":\n" + y.output());
        String dev = Boards.builtIn().deviceOf(b).name();
        ToolResult n = Tools.NEXTPNR_ICE40.run(List.of("--" + dev, "--package", b.packageName(), "--pcf", "pins.pcf", "--json", "pins.json", "--asc", "pins.asc", "-q"),
                dir, Duration.ofMinutes(2), dir.resolve("nextpnr.log"));
        assertEquals(0, n.exitCode(), "nextpnr-ice40 --" + dev + " --package " + b.packageName() + " with " + b.name() + "'s pins " + pinsOf(b) + ":\n" + n.output());
    }

    private static String pinsOf(Board b) {
        List<String> s = new ArrayList<>();
        for (Map.Entry<String, Pin> e : b.pins().entrySet()) s.add(e.getKey() + "@" + e.getValue().site());
        return s.toString();
    }
}
