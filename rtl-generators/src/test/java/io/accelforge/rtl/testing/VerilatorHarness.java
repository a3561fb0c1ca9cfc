package io.accelforge.rtl.testing;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.DesignWriter;
import io.accelforge.rtl.elab.Manifest;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolResult;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs an elaborated design's emitted Verilog in Verilator, for differential tests against
 * the interpreter. One build per design: a small generated C++ testbench reads one line of
 * input values per cycle, settles, prints every output, then clocks every clock once (the
 * same order as poke, peek, step on the interpreter). Values cross as hex bit patterns.
 */
public final class VerilatorHarness {
    private final Path exe;
    private final Path dir;
    private final List<Design.Port> inputs;
    private final List<Design.Port> outputs;

    private VerilatorHarness(Path exe, Path dir, List<Design.Port> inputs, List<Design.Port> outputs) {
        this.exe = exe;
        this.dir = dir;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** Builds with every Verilator warning fatal. */
    public static VerilatorHarness build(Design d, Path work) throws IOException { return build(d, work, true); }

    /**
     * Writes the design under {@code work}/rtl and builds it with {@code verilator --cc --exe --build};
     * fails with the log. {@code strictLint} false lets constant comparisons through (random designs).
     */
    public static VerilatorHarness build(Design d, Path work, boolean strictLint) throws IOException {
        Path rtl = work.resolve("rtl");
        Manifest m = DesignWriter.write(d, rtl, "verilator-harness", Map.of());
        Set<String> clocks = d.clocks().stream().map(Design.Clock::clock).collect(Collectors.toSet());
        List<Design.Port> ins = new ArrayList<>();
        List<Design.Port> outs = new ArrayList<>();
        for (Design.Port p : d.portDescriptions()) {
            if (p.direction().equals("output")) outs.add(p);
            else if (!clocks.contains(p.name())) ins.add(p);
        }
        Path tb = work.resolve("tb.cpp");
        Files.writeString(tb, testbench(d.topName(), ins, outs, List.copyOf(clocks)), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("--cc", "--exe", "--build", "-j", "2", "--top-module", d.topName(),
                "-Mdir", work.resolve("obj").toString(), "-o", "sim",
                // a differential test needs a correct model fast, not a fast model
                "-MAKEFLAGS", "OPT_FAST=-O0 OPT_SLOW=-O0 OPT_GLOBAL=-O0",
                // Verilator 5.006's wide-word expansion miscompiles c ? {0.., b} : all-ones (word 0
                // becomes ~c || b); found by this test, fixed upstream later (cf. its issue 4837)
                "-fno-expand"));
        // Random designs hold logic that Verilator's simplifier proves constant (x & 0 >= y):
        // lint concerns for generators, not semantics; every other warning stays fatal.
        if (!strictLint) args.addAll(List.of("-Wno-UNSIGNED", "-Wno-CMPCONST"));
        args.add(tb.toString());
        for (Path f : DesignWriter.files(rtl, m)) args.add(f.toString());
        Path log = work.resolve("verilator-build.log");
        ToolResult r = ExternalTool.VERILATOR.run(args, work, Duration.ofMinutes(5), log);
        if (!r.ok()) throw new AssertionError("verilator build failed (exit " + r.exitCode() + "), log " + log + ":\n" + tail(r.output()));
        return new VerilatorHarness(work.resolve("obj").resolve("sim"), work, List.copyOf(ins), List.copyOf(outs));
    }

    /** Inputs in vector order: every input port except the clocks (resets included). */
    public List<Design.Port> inputs() { return inputs; }

    public List<Design.Port> outputs() { return outputs; }

    /**
     * Runs one cycle per vector (input values as numbers, in {@link #inputs()} order) and
     * returns the outputs seen before each cycle's clock edge, as numbers.
     */
    public List<BigInteger[]> run(List<BigInteger[]> vectors) throws IOException {
        Path in = dir.resolve("vectors.txt");
        Path out = dir.resolve("outputs.txt");
        StringBuilder sb = new StringBuilder();
        for (BigInteger[] v : vectors) {
            for (int i = 0; i < inputs.size(); i++) {
                sb.append(i == 0 ? "" : " ").append(Ref.pattern(v[i], inputs.get(i).width()).toString(16));
            }
            sb.append('\n');
        }
        Files.writeString(in, sb.toString(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(exe.toString(), in.toString(), out.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sim.log").toFile()).start();
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("Verilator model timed out; log " + dir.resolve("sim.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) throw new AssertionError("Verilator model exited with " + p.exitValue() + ": " + Files.readString(dir.resolve("sim.log")));
        List<BigInteger[]> result = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            String[] toks = line.trim().split(" ");
            BigInteger[] row = new BigInteger[outputs.size()];
            for (int i = 0; i < row.length; i++) {
                Design.Port port = outputs.get(i);
                // Verilator 5.006 can leave junk above the port's width in its C++ word (seen with
                // a 35-bit output in a QData); the port's value is its low bits
                row[i] = Ref.value(Ref.pattern(new BigInteger(toks[i], 16), port.width()), new HwType(port.width(), port.signed()));
            }
            result.add(row);
        }
        if (result.size() != vectors.size()) throw new AssertionError("Verilator model printed " + result.size() + " cycles for " + vectors.size());
        return result;
    }

    private static String testbench(String top, List<Design.Port> ins, List<Design.Port> outs, List<String> clocks) {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                #include "V%1$s.h"
                #include "verilated.h"
                #include <cstdint>
                #include <cstdio>
                #include <fstream>
                #include <sstream>
                #include <string>

                template <typename T> static void setHex(T& port, const std::string& h) { port = (T)std::stoull(h, nullptr, 16); }
                template <std::size_t N> static void setHex(VlWide<N>& port, const std::string& h) {
                    for (std::size_t i = 0; i < N; i++) {
                        std::size_t end = h.size() > 8 * i ? h.size() - 8 * i : 0;
                        std::size_t start = end > 8 ? end - 8 : 0;
                        port[i] = end == 0 ? 0 : (uint32_t)std::stoul(h.substr(start, end - start), nullptr, 16);
                    }
                }
                template <typename T> static void putHex(std::ostream& o, const T& v) {
                    char buf[20];
                    std::snprintf(buf, sizeof buf, "%%llx", (unsigned long long)v);
                    o << buf;
                }
                template <std::size_t N> static void putHex(std::ostream& o, const VlWide<N>& v) {
                    char buf[12];
                    for (std::size_t i = N; i-- > 0;) {
                        std::snprintf(buf, sizeof buf, "%%08x", (unsigned)v[i]);
                        o << buf;
                    }
                }

                int main(int argc, char** argv) {
                    VerilatedContext* ctx = new VerilatedContext;
                    V%1$s* top = new V%1$s{ctx};
                    std::ifstream in(argv[1]);
                    std::ofstream out(argv[2]);
                    std::string line, tok;
                """.formatted(top));
        for (String c : clocks) sb.append("    top->").append(c).append(" = 0;\n");
        // settle once with every input low: Verilator takes its first eval's values as the
        // baseline for edges, so an asynchronous reset high in the first vector is a posedge
        sb.append("    top->eval();\n");
        sb.append("    while (std::getline(in, line)) {\n        std::istringstream ls(line);\n");
        for (Design.Port p : ins) sb.append("        ls >> tok; setHex(top->").append(p.name()).append(", tok);\n");
        sb.append("        top->eval();\n");
        for (int i = 0; i < outs.size(); i++) {
            sb.append("        putHex(out, top->").append(outs.get(i).name()).append("); out << ").append(i + 1 < outs.size() ? "' '" : "'\\n'").append(";\n");
        }
        if (!clocks.isEmpty()) {
            for (String c : clocks) sb.append("        top->").append(c).append(" = 1;\n");
            sb.append("        top->eval();\n");
            for (String c : clocks) sb.append("        top->").append(c).append(" = 0;\n");
            sb.append("        top->eval();\n");
        }
        sb.append("    }\n    top->final();\n    delete top;\n    delete ctx;\n    return 0;\n}\n");
        return sb.toString();
    }

    private static String tail(String s) {
        List<String> lines = s.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
