package io.accelforge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.sim.bench.TwoRegisters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Where dlopen refuses the initial-exec TLS build, the model still runs, from the general-dynamic build. */
class TlsFallbackTest {
    /** Run in a JVM started without the TLS tunable, asked for the initial-exec build. */
    public static void main(String[] args) {
        try (VerilatorSim sim = VerilatorSim.open(Elaborator.elaborate(() -> new TwoRegisters(3)))) {
            sim.poke("d", 11);
            sim.step();
            sim.step();
            System.out.println("q=" + sim.peek("q") + " tls=" + sim.built().tls());
        }
    }

    @Test void aJvmWithoutStaticTlsRoomFallsBackToTheGeneralDynamicBuild() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Daccelforge.tls=initial-exec",
                "-cp", System.getProperty("java.class.path"), TlsFallbackTest.class.getName()));
        pb.environment().remove("GLIBC_TUNABLES");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("no static TLS room in this JVM"), out);
        assertTrue(out.contains("q=11 tls=GLOBAL_DYNAMIC"), out);
    }
}
