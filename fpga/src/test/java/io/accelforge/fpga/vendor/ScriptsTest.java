package io.accelforge.fpga.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Boards;
import io.accelforge.fpga.board.Pin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Vendor scripts say what to run, constrain every pin and the clock, and write a bitstream only when timing is met. */
class ScriptsTest {
    private final Boards boards = Boards.builtIn();
    private final List<String> ports = List.of("clk", "uart_rx", "uart_tx", "led_0");

    @Test void vivadoRunsTheNonProjectFlowAndWritesTheBitstreamOnlyWithNonNegativeWns() {
        Board arty = boards.get("arty-a7-35t");
        VendorDesign d = VendorDesign.forBoard(arty, List.of("ShellTop.v", "ShellCore.v"), "ShellTop", ports);
        String tcl = VivadoScript.tcl(arty, d);
        List<String> order = List.of("set_part $part", "read_verilog [list ShellTop.v ShellCore.v]", "read_xdc top.xdc", "synth_design -top $top -part $part",
                "opt_design", "place_design", "phys_opt_design", "route_design", "report_utilization", "report_timing_summary", "if {$wns eq \"\" || $wns < 0}",
                "exit 1", "write_bitstream");
        int at = -1;
        for (String step : order) {
            int i = tcl.indexOf(step, at + 1);
            assertTrue(i > at, "'" + step + "' after the previous step in:\n" + tcl);
            at = i;
        }
        assertTrue(tcl.contains("set part xc7a35ticsg324-1L"));
        assertTrue(tcl.contains("not run by AccelForge"), "the script claims no result");
    }

    @Test void theXdcPlacesEveryPortAndConstrainsTheClockPeriod() {
        Board arty = boards.get("arty-a7-35t");
        String xdc = VivadoScript.xdc(VendorDesign.forBoard(arty, List.of("a.v"), "top", ports));
        assertTrue(xdc.contains("set_property -dict {PACKAGE_PIN E3 IOSTANDARD LVCMOS33} [get_ports {clk}]"), xdc);
        assertTrue(xdc.contains("set_property -dict {PACKAGE_PIN A9 IOSTANDARD LVCMOS33} [get_ports {uart_rx}]"), xdc);
        assertTrue(xdc.contains("create_clock -name clk -period 10.000 [get_ports {clk}]"), xdc);
    }

    @Test void ecp5UsesSynthEcp5NextpnrEcp5AndEcppackForTheUlx3s() {
        Board ulx3s = boards.get("ulx3s");
        VendorDesign d = VendorDesign.forBoard(ulx3s, List.of("top.v"), "top", ports);
        String sh = Ecp5Script.script(ulx3s, d);
        assertTrue(sh.contains("set -euo pipefail"), "a timing miss (nextpnr exit != 0) stops before ecppack");
        assertTrue(sh.contains("synth_ecp5 -top top -json top.json"), sh);
        assertTrue(sh.contains("nextpnr-ecp5 --85k --package CABGA381 --speed 6 --lpf top.lpf --json top.json --textcfg top.config --freq 25.000"), sh);
        assertTrue(sh.indexOf("ecppack --compress top.config top.bit") > sh.indexOf("nextpnr-ecp5"), sh);
        String lpf = Ecp5Script.lpf(d);
        assertTrue(lpf.contains("LOCATE COMP \"clk\" SITE \"G2\";\nIOBUF PORT \"clk\" IO_TYPE=LVCMOS33;"), lpf);
        assertTrue(lpf.contains("FREQUENCY PORT \"clk\" 25.000 MHZ;"), lpf);
    }

    @Test void quartusCompilesAndDeletesTheSofOnATimingMiss() {
        VendorDesign d = new VendorDesign(List.of("top.v"), "top", "clk", 50, Map.of("clk", new Pin("P11", "3.3-V LVTTL", false, false)));
        String tcl = QuartusScript.tcl("MAX 10", "10M50DAF484C7G", d);
        assertTrue(tcl.contains("set_global_assignment -name DEVICE 10M50DAF484C7G"), tcl);
        assertTrue(tcl.contains("set_location_assignment PIN_P11 -to clk"), tcl);
        assertTrue(tcl.indexOf("file delete -force top.sof") > tcl.indexOf("execute_flow -compile"), tcl);
        assertEquals("create_clock -name clk -period 20.000 [get_ports {clk}]\nderive_clock_uncertainty\n", QuartusScript.sdc(d));
    }

    @Test void vitisLinksForTheU280PlatformAndProgramsThroughXrt() {
        Board u280 = boards.get("alveo-u280");
        String sh = VitisScript.script(u280, "accel", 300);
        assertTrue(sh.contains("v++ --link --target hw --platform xilinx_u280_gen3x16_xdma_1_202211_1 --config link.cfg --kernel_frequency 300 -o accel.xclbin accel.xo"), sh);
        assertTrue(sh.contains("xbutil program --device"), sh);
        assertEquals("[connectivity]\nnk=accel:1:accel_1\nsp=accel_1.m_axi_gmem:HBM[0]\n", VitisScript.connectivity("accel"));
    }
}
