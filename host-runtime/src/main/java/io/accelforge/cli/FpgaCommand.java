package io.accelforge.cli;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Boards;
import io.accelforge.fpga.board.UnknownBoardException;
import io.accelforge.fpga.flow.FlowException;
import io.accelforge.fpga.program.ProgramException;
import io.accelforge.rtl.util.NearestNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** forge fpga: build a bitstream for a board, program a board, list the boards. */
final class FpgaCommand implements Command {
    static final Set<String> BUILD_OPTIONS = Set.of("board", "generator", "param", "verilog", "top", "freq", "baud", "seed", "allow-timing-fail", "no-shell", "pcf", "out");
    static final Set<String> PROGRAM_OPTIONS = Set.of("board", "flash", "dry-run");

    @Override public String name() { return "fpga"; }
    @Override public String summary() { return "build an FPGA bitstream for a board (shell + accelerator), program a board, list boards"; }
    @Override public String usage() {
        return "forge fpga build --board B (--generator G [--param k=v]... | --verilog f.v... --top T) [--freq MHz] [--seed N] [--allow-timing-fail] "
                + "[--no-shell --pcf F] [-o DIR]  |  forge fpga program --board B file.bin [--flash] [--dry-run]  |  forge fpga boards";
    }
    @Override public String description() {
        return "build: puts the design behind the board shell (clock/PLL, reset, UART host link; the design needs the engine command interface) "
                + "unless --no-shell maps its ports to pins with --pcf, checks everything it can before any tool runs, then runs yosys synth_ice40, "
                + "nextpnr-ice40 and icepack and writes DIR/report.json (Fmax per clock, utilisation, worst paths, tool versions, times, bitstream "
                + "sha256). A timing miss exits 1 with no bitstream unless --allow-timing-fail. Boards of other flows (Vivado, ECP5, Vitis) get "
                + "scripts, which are not run here. program: checks the file against the board's device and runs openFPGALoader (SRAM unless "
                + "--flash); exit codes 0 ok, 1 failed, 2 usage, 3 no cable, 4 no device, 5 permission (udev), 6 board unknown to openFPGALoader.";
    }

    @Override public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("board").hasArg().argName("B").desc("board name (forge fpga boards lists them)").get());
        o.addOption(Option.builder().longOpt("generator").hasArg().argName("G").desc("registered generator to build (forge list)").get());
        o.addOption(Option.builder("p").longOpt("param").hasArg().argName("name=value").desc("generator parameter (repeatable)").get());
        o.addOption(Option.builder().longOpt("verilog").hasArgs().argName("FILE").desc("Verilog sources instead of a generator").get());
        o.addOption(Option.builder().longOpt("top").hasArg().argName("MODULE").desc("top module of the Verilog sources").get());
        o.addOption(Option.builder().longOpt("freq").hasArg().argName("MHz").desc("target clock (default: the board clock; otherwise through the PLL)").get());
        o.addOption(Option.builder().longOpt("baud").hasArg().argName("N").desc("UART baud rate of the shell (default 115200)").get());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("N").desc("nextpnr placement seed (default 1)").get());
        o.addOption(Option.builder().longOpt("allow-timing-fail").desc("write the bitstream even when timing is missed").get());
        o.addOption(Option.builder().longOpt("no-shell").desc("map the design's ports straight to pins (needs --pcf)").get());
        o.addOption(Option.builder().longOpt("pcf").hasArg().argName("FILE").desc("pin constraints for --no-shell").get());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output directory (default out/fpga-<board>)").get());
        o.addOption(Option.builder().longOpt("flash").desc("program: write the configuration flash instead of SRAM").get());
        o.addOption(Option.builder().longOpt("dry-run").desc("program: print the openFPGALoader command and stop").get());
        return o;
    }

    @Override public int run(CommandLine cl, Console io) throws Exception {
        List<String> args = cl.getArgList();
        if (args.isEmpty()) throw new UsageException("missing the subcommand: build, program or boards");
        String sub = args.getFirst();
        try {
            return switch (sub) {
                case "build" -> {
                    only(cl, BUILD_OPTIONS, sub);
                    if (args.size() > 1) throw new UsageException("unexpected arguments " + args.subList(1, args.size()));
                    yield FpgaBuild.run(cl, board(cl), io);
                }
                case "program" -> {
                    only(cl, PROGRAM_OPTIONS, sub);
                    if (args.size() != 2) throw new UsageException(args.size() < 2 ? "missing the bitstream file" : "expected one bitstream file, got " + args.subList(1, args.size()));
                    yield FpgaProgram.run(board(cl), Path.of(args.get(1)), cl.hasOption("flash"), cl.hasOption("dry-run"), io);
                }
                case "boards" -> {
                    only(cl, Set.of(), sub);
                    yield boards(io);
                }
                default -> throw new UsageException("unknown subcommand '" + sub + "'" + NearestNames.suggestion(sub, List.of("build", "program", "boards")));
            };
        } catch (FlowException e) {
            io.err().println("error: " + e.getMessage());
            return Exit.FAILED;
        } catch (ProgramException e) {
            if (e.usage()) throw new UsageException(e.getMessage());
            io.err().println("error: " + e.getMessage());
            return Exit.FAILED;
        }
    }

    private static Board board(CommandLine cl) throws UsageException {
        String name = cl.getOptionValue("board");
        if (name == null) throw new UsageException("missing --board B (forge fpga boards lists them)");
        try {
            return Boards.builtIn().get(name);
        } catch (UnknownBoardException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void only(CommandLine cl, Set<String> allowed, String sub) throws UsageException {
        for (Option o : cl.getOptions()) {
            String n = o.getLongOpt();
            if (!allowed.contains(n)) throw new UsageException("--" + n + " does not apply to 'forge fpga " + sub + "'");
        }
    }

    private static int boards(Console io) {
        Boards all = Boards.builtIn();
        io.out().printf("%-14s %-8s %-22s %-10s %s%n", "board", "flow", "device", "clock", "programmer");
        for (Board b : all.all()) {
            String dev = b.packageName() != null ? b.device() + "-" + b.packageName() : b.part();
            String prog = b.programmer().tool() + (b.programmer().board() != null ? " -b " + b.programmer().board() : b.programmer().cable() != null ? " -c " + b.programmer().cable() : "");
            io.out().printf("%-14s %-8s %-22s %-10s %s%n", b.name(), b.flow().id(), dev, b.clock().mhz() + " MHz", prog);
        }
        return Exit.OK;
    }
}
