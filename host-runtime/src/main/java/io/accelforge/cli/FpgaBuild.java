package io.accelforge.cli;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Flow;
import io.accelforge.fpga.flow.FlowDesign;
import io.accelforge.fpga.flow.FlowOptions;
import io.accelforge.fpga.flow.FlowReport;
import io.accelforge.fpga.flow.Ice40Flow;
import io.accelforge.fpga.flow.Pcf;
import io.accelforge.fpga.flow.Port;
import io.accelforge.fpga.flow.ShellBuilds;
import io.accelforge.fpga.flow.VerilogAccelerator;
import io.accelforge.fpga.flow.VerilogImport;
import io.accelforge.fpga.shell.Clocking;
import io.accelforge.fpga.vendor.Ecp5Script;
import io.accelforge.fpga.vendor.VendorDesign;
import io.accelforge.fpga.vendor.VitisScript;
import io.accelforge.fpga.vendor.VivadoScript;
import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.gen.Generator;
import io.accelforge.rtl.gen.Registry;
import io.accelforge.rtl.hcl.Module;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.cli.CommandLine;

/** forge fpga build: the design (generator or Verilog), behind the shell or on its own pins, through the open flow or into vendor scripts. */
final class FpgaBuild {
    private FpgaBuild() {}

    static int run(CommandLine cl, Board b, Console io) throws Exception {
        boolean gen = cl.hasOption("generator"), verilog = cl.hasOption("verilog");
        if (gen == verilog) throw new UsageException("give either --generator G or --verilog FILE... --top T");
        if (verilog && !cl.hasOption("top")) throw new UsageException("--verilog needs --top T");
        boolean noShell = cl.hasOption("no-shell");
        if (noShell != cl.hasOption("pcf")) throw new UsageException(noShell ? "--no-shell needs --pcf F (the design's own pins)" : "--pcf goes with --no-shell");
        Double freq = cl.hasOption("freq") ? positive(cl, "freq") : null;
        int baud = cl.hasOption("baud") ? (int) (double) positive(cl, "baud") : ShellBuilds.DEFAULT_BAUD;
        long seed = cl.hasOption("seed") ? (long) (double) positive(cl, "seed") : FlowOptions.DEFAULT_SEED;
        Path out = Path.of(cl.getOptionValue("out", "out/fpga-" + b.name()));
        Files.createDirectories(out);

        String what;
        Supplier<? extends Module> accelerator;
        Map<String, String> verilogSources = null;
        List<Port> verilogPorts = null;
        Design plain = null;
        if (gen) {
            Generator<?> g = Registry.load().get(cl.getOptionValue("generator"));
            Record params = g.parse(ParamArgs.parse(cl.getOptionValues("param")));
            what = g.name() + " " + Generator.values(params);
            accelerator = () -> g.buildUnchecked(params);
            if (noShell) plain = Elaborator.elaborate(accelerator);
        } else {
            if (cl.hasOption("param")) throw new UsageException("--param goes with --generator");
            String top = cl.getOptionValue("top");
            List<Path> files = new ArrayList<>();
            for (String f : cl.getOptionValues("verilog")) files.add(Path.of(f));
            verilogSources = VerilogImport.read(files);
            verilogPorts = VerilogImport.ports(verilogSources, top, out.resolve("import"));
            what = "Verilog " + top;
            Map<String, String> src = verilogSources;
            List<Port> ports = verilogPorts;
            accelerator = () -> new VerilogAccelerator(top, ports, src);
        }

        if (!b.isOpenFlow()) return vendor(b, freq, baud, noShell, plain, accelerator, verilogSources, cl.getOptionValue("top"), out, what, io);

        FlowDesign fd;
        double target;
        if (noShell) {
            Pcf pcf = Pcf.read(Path.of(cl.getOptionValue("pcf")));
            fd = plain != null ? ShellBuilds.flowDesign(plain, pcf, what)
                    : new FlowDesign(verilogSources, cl.getOptionValue("top"), verilogPorts, pcf, scanPll(verilogSources), null, what);
            target = freq != null ? freq : b.clock().mhz();
        } else {
            Clocking c = ShellBuilds.clocking(b, freq);
            Design shell = ShellBuilds.elaborate(b, c, baud, accelerator);
            fd = ShellBuilds.flowDesign(b, shell, c, "board shell + " + what);
            target = ShellBuilds.clockHz(b, c) / 1e6;
            if (c.usesPll()) io.progress("clock: " + c.pllPrimitive() + " " + c.pll());
        }
        io.progress("building " + fd.description() + " for " + b.name() + " at " + String.format(Locale.ROOT, "%.3f", target) + " MHz in " + out + " ...");
        FlowReport r = Ice40Flow.run(b, fd, new FlowOptions(target, seed, cl.hasOption("allow-timing-fail"), out));
        io.out().print(r.summary());
        io.out().println("report: " + out.resolve("report.json"));
        if (!r.timingMet()) {
            if (cl.hasOption("allow-timing-fail")) {
                io.err().println("warning: timing not met (" + Ice40Flow.timingFailure(r) + "); bitstream written because of --allow-timing-fail");
                return Exit.OK;
            }
            io.err().println("error: timing not met: " + Ice40Flow.timingFailure(r) + "; no bitstream written");
            io.err().println("       fix: lower --freq, try another --seed, or pass --allow-timing-fail to write it anyway");
            return Exit.FAILED;
        }
        return Exit.OK;
    }

    private static int vendor(Board b, Double freq, int baud, boolean noShell, Design plain, Supplier<? extends Module> accelerator,
                              Map<String, String> verilog, String verilogTop, Path out, String what, Console io) throws Exception {
        if (noShell) throw new UsageException("--no-shell is for the open iCE40 flow; " + b.name() + " gets scripts around the board shell");
        if (freq != null && Math.abs(freq - b.clock().mhz()) > 1e-6) {
            // the shell's clocking for these boards is the board clock itself: no PLL/MMCM is generated for vendor flows
            throw new UsageException("--freq applies to the open iCE40 flow; " + b.name() + "'s scripts run the shell at its " + b.clock().mhz()
                    + " MHz board clock (drop --freq)");
        }
        Map<String, String> files = new LinkedHashMap<>();
        String top;
        if (b.flow() == Flow.VITIS) {
            top = verilogTop != null ? verilogTop : Elaborator.elaborate(accelerator).topName();
            files.put("link.cfg", VitisScript.connectivity(top));
            files.put("build.sh", VitisScript.script(b, top, b.clock().mhz()));
        } else {
            Design shell = ShellBuilds.elaborate(b, Clocking.direct(), baud, accelerator);
            top = shell.topName();
            List<String> sources = new ArrayList<>();
            shell.verilog().forEach((name, text) -> {
                files.put(name + ".v", text);
                sources.add(name + ".v");
            });
            shell.externalSources().forEach((name, text) -> {
                files.put(name, text);
                sources.add(name);
            });
            List<String> ports = shell.portDescriptions().stream().map(Design.Port::name).toList();
            VendorDesign d = VendorDesign.forBoard(b, sources, top, ports);
            if (b.flow() == Flow.VIVADO) {
                files.put("build.tcl", VivadoScript.tcl(b, d));
                files.put("top.xdc", VivadoScript.xdc(d));
            } else if (b.flow() == Flow.ECP5) {
                files.put("build.sh", Ecp5Script.script(b, d));
                files.put("top.lpf", Ecp5Script.lpf(d));
            } else {
                throw new UsageException(b.name() + ": no script generator for the " + b.flow().id() + " flow");
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) Files.writeString(out.resolve(e.getKey()), e.getValue());
        io.out().println("wrote " + b.flow().id() + " scripts for " + what + " on " + b.name() + " to " + out + " (" + String.join(", ", files.keySet()) + ")");
        io.out().println("not run: " + b.flow().id() + " tools are not run by AccelForge, so no timing, utilisation or bitstream is claimed");
        return Exit.OK;
    }

    private static String scanPll(Map<String, String> sources) {
        for (String t : sources.values()) {
            var m = java.util.regex.Pattern.compile("\\b(SB_PLL40_PAD|SB_PLL40_CORE)\\b").matcher(t);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static Double positive(CommandLine cl, String opt) throws UsageException {
        String v = cl.getOptionValue(opt);
        try {
            double d = Double.parseDouble(v.trim());
            if (!(d > 0)) throw new UsageException("--" + opt + " must be positive, got " + v);
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + opt + " '" + v + "' is not a number");
        }
    }

}
