package io.accelforge.sim.build;

import io.accelforge.rtl.util.CacheRoot;
import io.accelforge.rtl.util.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * verilated.h (and the waveform writer's header) precompiled once per flag set: parsing it
 * is most of the cost of each of a model's translation units (0.4 s down to 0.1 s each).
 * Models compile with {@code -include} of it and exactly the same flags.
 */
final class PrecompiledHeader {
    private PrecompiledHeader() {}

    /** The header to pass to -include (its .gch sits beside it). */
    static Path ensure(Toolchain tc, TlsModel tls, Trace trace, String opt, Consumer<String> progress) throws IOException {
        List<String> flags = flags(tc, tls, trace, opt);
        String key = new Sha256().add("pch1").add(tc.verilatorVersion()).add(tc.cxxVersion()).add(String.join(" ", flags)).hex().substring(0, 16);
        CacheEntry entry = new CacheEntry(CacheRoot.resolve().resolve("pch").resolve(key), "af_pch.h.gch");
        entry.ensure(tmp -> {
            progress.accept("sim: precompiling verilated.h once for these flags ...");
            String text = "#include \"verilated.h\"\n" + switch (trace) {
                case NONE -> "";
                case VCD -> "#include \"verilated_vcd_c.h\"\n";
                case FST -> "#include \"verilated_fst_c.h\"\n";
            };
            Files.writeString(tmp.resolve("af_pch.h"), text);
            List<String> cmd = new ArrayList<>(flags);
            cmd.addAll(List.of("-x", "c++-header", "af_pch.h", "-o", "af_pch.h.gch"));
            tc.compileAll(List.of(cmd), tmp, tmp);
        });
        return entry.dir().resolve("af_pch.h");
    }

    /** The flags models are compiled with at optimisation level {@code opt}; the header must be built with the same. */
    static List<String> flags(Toolchain tc, TlsModel tls, Trace trace, String opt) {
        List<String> f = new ArrayList<>(tc.cxxFlags(tls, trace));
        f.add(opt);
        return f;
    }
}
