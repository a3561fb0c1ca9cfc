package io.accelforge.sim.build;

import io.accelforge.rtl.tools.ToolResult;
import io.accelforge.rtl.util.CacheRoot;
import io.accelforge.rtl.util.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A plain C++ Verilator testbench executable for a model — the baseline the Java paths are
 * measured against. Same Verilator flags, same compiler flags, runtime linked statically.
 * It pokes the given inputs with the same per-cycle pattern as the Java benchmark
 * ({@link #pattern}), or (batched) keeps them constant, and prints nanoseconds per cycle.
 */
public final class RawTestbench {
    private RawTestbench() {}

    /** The value a benchmark pokes into input k at cycle i, as a raw bit pattern of the port's width. */
    public static long pattern(long i, int k, int width) {
        long v = i * (2L * k + 3) + k;
        return width >= 64 ? v : v & ((1L << width) - 1);
    }

    /**
     * Builds (cached) the executable. {@code inputs}: ports poked every cycle; {@code sink}:
     * an output read every cycle; {@code constants}: ports set to 1 once (enables).
     */
    public static Path build(BuildRequest req, List<PortSpec> inputs, List<String> constants, String sink, String clock,
                             Consumer<String> progress) throws IOException {
        Toolchain tc = Toolchain.find();
        RuntimeLibrary.Built rt = RuntimeLibrary.ensure(tc, TlsModel.INITIAL_EXEC, progress);
        Sha256 h = new Sha256().add("rawtb1").add(tc.verilatorVersion()).add(tc.cxxVersion()).add(req.top()).add(sink).add(clock);
        for (PortSpec p : inputs) h.add(p.toString());
        for (String c : constants) h.add(c);
        for (var e : req.sources().entrySet()) h.add(e.getKey()).add(e.getValue());
        String key = h.hex().substring(0, 24);
        CacheEntry entry = new CacheEntry(CacheRoot.resolve().resolve("bench").resolve(key), "tb");
        entry.ensure(tmp -> {
            progress.accept("bench: building the raw C++ testbench for " + req.top() + " ...");
            Path src = Files.createDirectories(tmp.resolve("src"));
            Path obj = Files.createDirectories(tmp.resolve("obj"));
            List<String> files = new ArrayList<>();
            for (var e : req.sources().entrySet()) {
                Files.writeString(src.resolve(e.getKey()), e.getValue());
                files.add(e.getKey());
            }
            List<String> args = new ArrayList<>(List.of("--cc", "-O3", "--x-assign", "unique", "--x-initial", "unique",
                    "-Wno-fatal", "-Wno-lint", "-Wno-style", "--Mdir", obj.toString(), "--top-module", req.top()));
            args.addAll(files);
            ToolResult r = tc.verilator(args, src, tmp.resolve("verilator.log"));
            if (!r.ok()) throw new BuildException("Verilator cannot compile " + req.top() + ":\n" + r.output());
            Files.writeString(obj.resolve("tb_main.cpp"), mainCpp(req.top(), inputs, constants, sink, clock));
            List<String> cpps;
            try (Stream<Path> s = Files.list(obj)) {
                cpps = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cpp")).sorted().toList();
            }
            List<List<String>> cmds = new ArrayList<>();
            List<String> objs = new ArrayList<>();
            for (String cpp : cpps) {
                boolean slow = cpp.contains("__Slow") || cpp.contains("__Syms");
                List<String> c = new ArrayList<>(tc.cxxFlags(TlsModel.INITIAL_EXEC, Trace.NONE));
                String o = cpp.replace(".cpp", ".o");
                c.addAll(List.of(slow ? "-O1" : "-O2", "-I.", "-c", cpp, "-o", o));
                cmds.add(c);
                objs.add(o);
            }
            tc.compileAll(cmds, obj, obj);
            List<String> link = new ArrayList<>(List.of("-o", tmp.resolve("tb").toString()));
            link.addAll(objs);
            try (Stream<Path> s = Files.list(rt.dir())) {
                s.map(Path::toString).filter(n -> n.endsWith(".o")).sorted().forEach(link::add);
            }
            link.addAll(List.of("-pthread", "-latomic", "-lz"));
            tc.link(link, obj, obj.resolve("link.log"));
            CacheEntry.deleteTree(obj);
        });
        return entry.main();
    }

    private static String mainCpp(String top, List<PortSpec> inputs, List<String> constants, String sink, String clock) {
        StringBuilder pokes = new StringBuilder();
        for (int k = 0; k < inputs.size(); k++) {
            PortSpec p = inputs.get(k);
            long mult = 2L * k + 3;
            String mask = p.width() >= 64 ? "" : " & 0x" + Long.toHexString((1L << p.width()) - 1) + "ULL";
            pokes.append("            top.").append(p.name()).append(" = (uint64_t)(((uint64_t)i * ").append(mult).append("ULL + ").append(k)
                 .append("ULL)").append(mask).append(");\n");
        }
        StringBuilder consts = new StringBuilder();
        for (String c : constants) consts.append("    top.").append(c).append(" = 1;\n");
        return """
                // Generated by AccelForge: the plain C++ baseline for 'forge bench sim'.
                #include "V%1$s.h"
                #include "verilated.h"
                #include <chrono>
                #include <cstdio>
                #include <cstdlib>

                int main(int argc, char** argv) {
                    const long n = std::atol(argv[1]);
                    const bool perCycle = std::atoi(argv[2]) != 0;
                    VerilatedContext ctx;
                    V%1$s top(&ctx, "TOP");
                %2$s    top.eval();
                    uint64_t sink = 0;
                    auto t0 = std::chrono::steady_clock::now();
                    for (long i = 0; i < n; i++) {
                        if (perCycle) {
                %3$s        }
                        top.%5$s = 1; top.eval();
                        top.%5$s = 0; top.eval();
                        if (perCycle) sink += (uint64_t)top.%4$s;
                    }
                    auto t1 = std::chrono::steady_clock::now();
                    double ns = std::chrono::duration<double, std::nano>(t1 - t0).count() / (double)n;
                    std::printf("%%.3f %%llu\\n", ns, (unsigned long long)sink);
                    top.final();
                    return 0;
                }
                """.formatted(top, consts, pokes, sink, clock);
    }
}
