package io.accelforge.fpga.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.fpga.fixture.TestAccelerator;
import io.accelforge.fpga.fixture.TestAcceleratorParams;
import io.accelforge.fpga.flow.Port;
import io.accelforge.fpga.flow.VerilogAccelerator;
import io.accelforge.fpga.flow.VerilogImport;
import io.accelforge.fpga.shell.Clocking;
import io.accelforge.fpga.shell.ShellParams;
import io.accelforge.fpga.shell.ShellTop;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An accelerator imported as Verilog (ports read by Yosys) sits behind the shell like a generated one and answers over the link. */
class VerilogAcceleratorTest {
    @TempDir Path tmp;

    @Test void importedVerilogWithTheCommandInterfaceRunsBehindTheShell() throws Exception {
        TestAcceleratorParams p = new TestAcceleratorParams(2, 8, 32, 4);
        Design generated = Elaborator.elaborate(() -> new TestAccelerator(p));
        Map<String, String> sources = new LinkedHashMap<>();
        // the shell has its own SplitCounter: the imported copy is renamed, as a user would rename a clashing module
        generated.verilog().forEach((name, text) -> sources.put(name.replace("SplitCounter", "ImportedCounter") + ".v",
                text.replace("SplitCounter", "ImportedCounter")));
        List<Port> ports = VerilogImport.ports(sources, generated.topName(), tmp);
        assertEquals(new Port("cmdData", true, 16), ports.stream().filter(x -> x.name().equals("cmdData")).findFirst().orElseThrow());

        Design shell = Elaborator.elaborate(() -> new ShellTop(new ShellParams(8, 12_000_000, 12, 0, 0), Clocking.direct(),
                () -> new VerilogAccelerator(generated.topName(), ports, sources)));
        try (ShellClient c = ShellClient.connect(SimulatedLink.open(shell, 8, 200_000))) {
            assertEquals(16, c.info().cmdWidth());
            assertEquals(64, c.info().rspWidth());
            c.writeWords(TestAccelerator.WRITE_A, 0, List.of(BigInteger.valueOf(0x0102), BigInteger.valueOf(0xFFFF)));
            c.writeWords(TestAccelerator.WRITE_B, 0, List.of(BigInteger.valueOf(0x1020), BigInteger.valueOf(0x0101)));
            c.command(TestAccelerator.COMPUTE, 2);
            List<BigInteger> got = c.readWords(TestAccelerator.READ_C, 0, 2);
            assertEquals(BigInteger.valueOf(0x11).shiftLeft(32).or(BigInteger.valueOf(0x22)), got.get(0), "C[0] lanes 0x22, 0x11");
            assertEquals(BigInteger.valueOf(0x100).shiftLeft(32).or(BigInteger.valueOf(0x100)), got.get(1), "C[1] lanes 0xFF + 0x01 without wrap");
        }
    }
}
