package io.accelforge.sim.build;

import io.accelforge.rtl.util.CacheRoot;
import io.accelforge.rtl.util.Sha256;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Verilator runtime (verilated.cpp and friends, VCD and FST writers) compiled once per
 * Verilator version and TLS model into one shared library that every model links against:
 * it is most of a small model's build time, and one copy keeps its static TLS use single.
 */
final class RuntimeLibrary {
    static final String VERSION = "rt2";
    private static final List<String> SOURCES = List.of("verilated.cpp", "verilated_threads.cpp", "verilated_vcd_c.cpp", "verilated_fst_c.cpp");

    private RuntimeLibrary() {}

    record Built(Path dir, String libName) {
        Path file() { return dir.resolve("lib" + libName + ".so"); }
    }

    static Built ensure(Toolchain tc, TlsModel tls, Consumer<String> progress) throws IOException {
        String key = new Sha256().add(VERSION).add(tc.verilatorVersion()).add(tc.cxxVersion()).add(tls.name())
                .add(String.join(" ", tc.cxxFlags(tls, Trace.NONE))).hex().substring(0, 16);
        String libName = "afverilated-" + key;
        CacheEntry entry = new CacheEntry(CacheRoot.resolve().resolve("runtime").resolve(key), "lib" + libName + ".so");
        entry.ensure(tmp -> {
            long t0 = System.nanoTime();
            progress.accept("sim: compiling the Verilator runtime once for " + tc.verilatorVersion() + " (" + tls.name().toLowerCase() + " TLS) ...");
            List<List<String>> cmds = new ArrayList<>();
            List<String> objs = new ArrayList<>();
            for (String src : SOURCES) {
                String obj = src.replace(".cpp", ".o");
                List<String> c = new ArrayList<>(tc.cxxFlags(tls, Trace.NONE));
                c.addAll(List.of("-O2", "-c", tc.include().resolve(src).toString(), "-o", obj));
                cmds.add(c);
                objs.add(obj);
            }
            tc.compileAll(cmds, tmp, tmp);
            List<String> link = new ArrayList<>(List.of("-shared", "-Wl,-Bsymbolic", "-Wl,-soname,lib" + libName + ".so", "-o", "lib" + libName + ".so"));
            link.addAll(objs);
            link.addAll(List.of("-pthread", "-latomic", "-lz"));
            tc.link(link, tmp, tmp.resolve("link.log"));
            progress.accept(String.format("sim: runtime ready in %.1f s", (System.nanoTime() - t0) / 1e9));
        });
        return new Built(entry.dir(), libName);
    }
}
