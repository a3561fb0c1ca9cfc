package io.accelforge.sim.build;

import io.accelforge.rtl.tools.ToolResult;
import io.accelforge.rtl.util.CacheRoot;
import io.accelforge.rtl.util.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds a Verilator model into a shared library, cached by the SHA-256 of everything that
 * goes into it (sources, top, ports, clocks, flags, tool versions, wrapper version). The
 * Verilator runtime is compiled once per version and linked, not rebuilt per model.
 */
public final class ModelBuilder {
    private static final List<String> VERILATOR_FLAGS = List.of("--cc", "-O3", "--x-assign", "unique", "--x-initial", "unique",
            "-Wno-fatal", "-Wno-lint", "-Wno-style");

    private final Toolchain tc;
    private final Consumer<String> progress;
    private final boolean quick;

    private ModelBuilder(Toolchain tc, Consumer<String> progress, boolean quick) {
        this.tc = tc;
        this.progress = progress;
        this.quick = quick;
    }

    /** Progress lines go to standard error. */
    public static ModelBuilder create() { return create(line -> System.err.println(line)); }

    public static ModelBuilder create(Consumer<String> progress) { return new ModelBuilder(Toolchain.find(), progress, false); }

    /**
     * This builder, compiling the model's C++ without optimisation, as one unity translation
     * unit per core: several times faster to build, slower to run. For designs that run for
     * few cycles, such as fuzzing batches.
     */
    public ModelBuilder quickCompile() { return new ModelBuilder(tc, progress, true); }

    public Toolchain toolchain() { return tc; }

    public BuiltModel build(BuildRequest req) { return build(req, TlsModel.preferred()); }

    public BuiltModel build(BuildRequest req, TlsModel tls) {
        long t0 = System.nanoTime();
        try {
            RuntimeLibrary.Built rt = RuntimeLibrary.ensure(tc, tls, progress);
            String key = key(req, tls);
            CacheEntry entry = new CacheEntry(CacheRoot.resolve().resolve("models").resolve(key.substring(0, 24)), "libmodel.so");
            boolean built = entry.ensure(tmp -> compile(req, tls, rt, tmp));
            List<PortSpec> ports = PortFile.read(entry.dir().resolve(PortFile.NAME));
            double secs = (System.nanoTime() - t0) / 1e9;
            if (built) progress.accept(String.format("sim: built %s in %.1f s (cache %s)", req.top(), secs, key.substring(0, 12)));
            return new BuiltModel(req.top(), entry.main(), ports, clocks(req, ports), req.trace(), tls, key, built, secs);
        } catch (IOException e) {
            throw new BuildException("cannot build " + req.top() + ": " + e.getMessage());
        }
    }

    private String key(BuildRequest req, TlsModel tls) {
        Sha256 h = new Sha256().add("wrapper" + WrapperSource.VERSION).add(RuntimeLibrary.VERSION)
                .add(tc.verilatorVersion()).add(tc.cxxVersion()).add(tls.name()).add(req.trace().name())
                .add(String.join(" ", VERILATOR_FLAGS)).add(String.join(" ", tc.cxxFlags(tls, req.trace())))
                .add(req.top()).add(req.clocks() == null ? "<auto clock>" : String.join(",", req.clocks()));
        if (quick) h.add("quick compile -O0, unity");
        if (req.ports() != null) for (PortSpec p : req.ports()) h.add(p.toString());
        for (Map.Entry<String, String> e : req.sources().entrySet()) h.add(e.getKey()).add(e.getValue());
        return h.hex();
    }

    private void compile(BuildRequest req, TlsModel tls, RuntimeLibrary.Built rt, Path tmp) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Path obj = Files.createDirectories(tmp.resolve("obj"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : req.sources().entrySet()) {
            Files.writeString(src.resolve(e.getKey()), e.getValue());
            files.add(e.getKey());
        }
        progress.accept("sim: verilating " + req.top() + " (" + files.size() + " files) ...");
        List<String> args = new ArrayList<>(VERILATOR_FLAGS);
        if (req.trace() != Trace.NONE) args.add(req.trace().verilatorFlag());
        args.addAll(List.of("--Mdir", obj.toString(), "--top-module", req.top()));
        args.addAll(files);
        ToolResult r = tc.verilator(args, src, tmp.resolve("verilator.log"));
        if (!r.ok()) throw new BuildException(verilatorErrors(r.output(), req.top()));

        List<PortSpec> ports = req.ports();
        if (ports == null) {
            List<String> xml = new ArrayList<>(List.of("--xml-only", "--xml-output", tmp.resolve("ports.xml").toString(),
                    "-Wno-fatal", "-Wno-lint", "-Wno-style", "--top-module", req.top()));
            xml.addAll(files);
            ToolResult x = tc.verilator(xml, src, tmp.resolve("verilator-xml.log"));
            if (!x.ok()) throw new BuildException(verilatorErrors(x.output(), req.top()));
            ports = XmlPorts.read(tmp.resolve("ports.xml"), req.top());
        }
        clocks(req, ports);
        PortFile.write(tmp.resolve(PortFile.NAME), ports);
        Files.writeString(obj.resolve("af_wrapper.cpp"), WrapperSource.cpp(req.top(), ports, req.trace()));

        List<String> cpps;
        try (Stream<Path> s = Files.list(obj)) {
            cpps = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cpp")).sorted().toList();
        }
        if (quick) cpps = unity(obj, cpps);
        progress.accept("sim: compiling " + cpps.size() + " C++ files ...");
        // quick builds compile at -O0; a precompiled header is only used with the flags it was built with
        String opt = quick ? "-O0" : "-O2";
        Path pch = PrecompiledHeader.ensure(tc, tls, req.trace(), opt, progress);
        List<List<String>> cmds = new ArrayList<>();
        List<String> objs = new ArrayList<>();
        for (String cpp : cpps) {
            List<String> c = new ArrayList<>(PrecompiledHeader.flags(tc, tls, req.trace(), opt));
            String o = cpp.replace(".cpp", ".o");
            c.addAll(List.of("-include", pch.toString(), "-I.", "-c", cpp, "-o", o));
            cmds.add(c);
            objs.add(o);
        }
        tc.compileAll(cmds, obj, obj);
        List<String> link = new ArrayList<>(List.of("-shared", "-Wl,-Bsymbolic", "-o", tmp.resolve("libmodel.so").toString()));
        link.addAll(objs);
        link.addAll(List.of("-L" + rt.dir(), "-l" + rt.libName(), "-Wl,-rpath," + rt.dir(), "-pthread", "-latomic"));
        tc.link(link, obj, obj.resolve("link.log"));
        CacheEntry.deleteTree(obj);   // the library is all that is needed; keep the cache small
    }

    /**
     * The sources as one translation unit per core, each including its share: a small model
     * is some twenty files, and compiling each parses Verilator's headers again (about six
     * times the work of the code itself at -O0).
     */
    private static List<String> unity(Path obj, List<String> cpps) throws IOException {
        int units = Math.max(1, Math.min(cpps.size(), Runtime.getRuntime().availableProcessors()));
        List<StringBuilder> text = new ArrayList<>();
        long[] bytes = new long[units];
        for (int i = 0; i < units; i++) text.add(new StringBuilder("// Generated by AccelForge: a unity build of the model's sources.\n"));
        List<String> bySize = new ArrayList<>(cpps);
        bySize.sort(java.util.Comparator.comparingLong((String f) -> obj.resolve(f).toFile().length()).reversed().thenComparing(f -> f));
        for (String f : bySize) {
            int least = 0;
            for (int i = 1; i < units; i++) if (bytes[i] < bytes[least]) least = i;
            bytes[least] += obj.resolve(f).toFile().length();
            text.get(least).append("#include \"").append(f).append("\"\n");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            String name = "af_unity_" + i + ".cpp";
            Files.writeString(obj.resolve(name), text.get(i));
            out.add(name);
        }
        return out;
    }

    /** Verilator's own error lines (file:line: message), with the build directory taken out. */
    private static String verilatorErrors(String output, String top) {
        List<String> lines = output.lines().filter(l -> l.startsWith("%Error")).limit(30).toList();
        if (lines.isEmpty()) lines = output.lines().limit(30).toList();
        return "Verilator cannot compile " + top + ":\n" + String.join("\n", lines);
    }

    /** The request's clocks, checked; or, when it names none, the 1-bit input called clk or clock (if any). */
    private static List<String> clocks(BuildRequest req, List<PortSpec> ports) {
        if (req.clocks() == null) {
            return ports.stream().filter(p -> p.input() && p.width() == 1 && (p.name().equals("clk") || p.name().equals("clock")))
                    .map(PortSpec::name).limit(1).toList();
        }
        for (String c : req.clocks()) {
            PortSpec p = ports.stream().filter(x -> x.name().equals(c)).findFirst().orElse(null);
            if (p == null || !p.input() || p.width() != 1) {
                throw new BuildException("clock '" + c + "' is not a 1-bit input of " + req.top() + io.accelforge.rtl.util.NearestNames.suggestion(c,
                        ports.stream().filter(PortSpec::input).map(PortSpec::name).toList()));
            }
        }
        return req.clocks();
    }
}
