package io.accelforge.cli;

import static io.accelforge.cli.ForgeRun.forge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forge fpga build / program / boards, as a user runs them (no board is attached here). */
class FpgaCommandTest {
    @TempDir Path tmp;

    private Path bin(int size) throws Exception {
        byte[] b = new byte[size];
        byte[] h = {(byte) 0xff, 0x00, 0x00, (byte) 0xff, 0x7e, (byte) 0xaa, (byte) 0x99, 0x7e};
        System.arraycopy(h, 0, b, 0, h.length);
        return Files.write(tmp.resolve("top.bin"), b);
    }

    @Test void buildsTheTestAcceleratorBehindTheShellForTheIcebreaker() {
        Path out = tmp.resolve("ib");
        ForgeRun r = forge("fpga", "build", "--board", "icebreaker", "--generator", "fpga-test-accelerator", "--param", "lanes=1", "--param", "width=2",
                "--param", "depth=2", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("clock clk") && r.out().contains("met"), r.out());
        assertTrue(Files.exists(out.resolve("report.json")) && Files.exists(out.resolve("top.bin")), "report and bitstream in " + out);
    }

    @Test void aVerilogTopWithoutTheCommandInterfaceNeedsNoShell() throws Exception {
        Path v = Files.writeString(tmp.resolve("blink.v"), "module blink(input wire clk, input wire rst, output wire led);\n  reg [23:0] c;\n"
                + "  always @(posedge clk) c <= rst ? 24'd0 : c + 24'd1;\n  assign led = c[23];\nendmodule\n");
        ForgeRun r = forge("fpga", "build", "--board", "icestick", "--verilog", v.toString(), "--top", "blink", "-o", tmp.resolve("a").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot sit behind the board shell") && r.err().contains("no input 'cmdValid'") && r.err().contains("--no-shell --pcf F"), r.err());

        Path pcf = Files.writeString(tmp.resolve("blink.pcf"), "set_io clk 21\nset_io rst 119\nset_io led 99\n");
        ForgeRun ok = forge("fpga", "build", "--board", "icestick", "--verilog", v.toString(), "--top", "blink", "--no-shell", "--pcf", pcf.toString(),
                "-o", tmp.resolve("b").toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.exists(tmp.resolve("b/top.bin")));
    }

    @Test void anUnknownBoardIsAUsageErrorWithTheNearestNames() {
        ForgeRun r = forge("fpga", "build", "--board", "icebraker", "--generator", "fpga-test-accelerator");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown board 'icebraker'; nearest: icebreaker"), r.err());
    }

    @Test void dryRunPrintsTheExactProgrammerCommand() throws Exception {
        Path f = bin(104090);
        ForgeRun r = forge("fpga", "program", "--board", "icebreaker", f.toString(), "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertEquals("openFPGALoader -b ice40_generic -m " + f + "\n", r.out());
        ForgeRun flash = forge("fpga", "program", "--board", "icebreaker", f.toString(), "--flash", "--dry-run");
        assertEquals("openFPGALoader -b ice40_generic -f " + f + "\n", flash.out());
    }

    @Test void programmingWithNoBoardAttachedSaysNoCableWithAFixAndExitsThree() throws Exception {
        ForgeRun r = forge("fpga", "program", "--board", "icebreaker", bin(104090).toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("error: no programming cable found (openFPGALoader exit 1"), r.err());
        assertTrue(r.err().contains("fix: plug the board in"), r.err());
    }

    @Test void aBitstreamForAnotherDeviceIsRefusedBeforeProgramming() throws Exception {
        ForgeRun r = forge("fpga", "program", "--board", "icebreaker", bin(32220).toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("it is the size of a hx1k bitstream") && r.err().contains("not programming icebreaker"), r.err());
        ForgeRun missing = forge("fpga", "program", "--board", "icebreaker", tmp.resolve("none.bin").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such bitstream file"), missing.err());
    }

    @Test void aVivadoBoardGetsScriptsAndNoClaimedResult() {
        Path out = tmp.resolve("arty");
        ForgeRun r = forge("fpga", "build", "--board", "arty-a7-35t", "--generator", "fpga-test-accelerator", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("not run: vivado tools are not run by AccelForge"), r.out());
        assertTrue(Files.exists(out.resolve("build.tcl")) && Files.exists(out.resolve("top.xdc")) && Files.exists(out.resolve("ShellTop.v")));
        assertFalse(Files.exists(out.resolve("report.json")), "no report for a tool that was not run");
    }

    @Test void boardsListsEveryBoardWithItsProgrammer() {
        ForgeRun r = forge("fpga", "boards");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("icebreaker") && r.out().contains("openFPGALoader -b ice40_generic"), r.out());
        assertTrue(r.out().contains("alveo-u280") && r.out().contains("xbutil"), r.out());
    }

    @Test void optionsOfTheOtherSubcommandAreRefused() {
        ForgeRun r = forge("fpga", "program", "--board", "icebreaker", "x.bin", "--seed", "3");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--seed does not apply to 'forge fpga program'"), r.err());
    }
}
