package io.accelforge.fpga.program;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.board.Boards;
import io.accelforge.fpga.board.Device;
import io.accelforge.fpga.flow.Bitstream;
import io.accelforge.fpga.flow.FlowException;
import io.accelforge.rtl.tools.ExternalTool;
import io.accelforge.rtl.tools.ToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Programs a board with openFPGALoader, after checking what can be checked without it: the
 * file exists, an iCE40 bitstream has the size and header of the board's device, and the board
 * can take the requested target (SRAM by default, flash with {@code flash}). The board's
 * openFPGALoader name comes from the board data (the iCEBreaker is {@code ice40_generic}).
 */
public final class BoardProgrammer {
    public static final ExternalTool OPENFPGALOADER = new ExternalTool("openFPGALoader", "openfpgaloader", List.of("--Version"));

    /** The checked command: what will run, and the bitstream it loads. */
    public record Plan(Board board, Path file, boolean flash, List<String> command) {
        public String commandLine() { return String.join(" ", command); }
    }

    /** The programmer's answer, classified. */
    public record Result(Outcome outcome, int exitCode, String output, Path log) {}

    private BoardProgrammer() {}

    public static Plan plan(Board b, Path file, boolean flash) throws IOException {
        if (!b.programmer().isOpenFpgaLoader()) {
            throw new ProgramException(b.name() + " is programmed with " + b.programmer().tool() + ", not openFPGALoader"
                    + (b.notes().isEmpty() ? "" : " (" + b.notes().getLast() + ")"), true);
        }
        if (!Files.isRegularFile(file)) throw new ProgramException(file + ": no such bitstream file", true);
        Device d = Boards.builtIn().deviceOf(b);
        if (d.bitstreamBytes() > 0) {
            List<Device> ice40 = new ArrayList<>();
            for (String n : List.of("up5k", "hx1k", "hx8k")) ice40.add(Boards.builtIn().device(n));
            try {
                Bitstream.check(file, d, ice40);
            } catch (FlowException e) {
                throw new ProgramException(e.getMessage() + "; not programming " + b.name(), false);
            }
        }
        if (flash && !b.programmer().flash()) throw new ProgramException(b.name() + " has no configuration flash that openFPGALoader can write", true);
        if (!flash && !b.programmer().sram()) {
            throw new ProgramException(b.name() + " cannot load a bitstream into SRAM; write its flash with --flash", true);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(OPENFPGALOADER.name());
        if (b.programmer().board() != null) cmd.addAll(List.of("-b", b.programmer().board()));
        else cmd.addAll(List.of("-c", b.programmer().cable()));
        cmd.add(flash ? "-f" : "-m");
        cmd.add(file.toString());
        return new Plan(b, file, flash, List.copyOf(cmd));
    }

    /** Runs the plan; the outcome names what went wrong and how to fix it. */
    public static Result run(Plan p, Path log) {
        ToolResult r = OPENFPGALOADER.run(p.command().subList(1, p.command().size()), null, Duration.ofMinutes(10), log);
        return new Result(Outcome.classify(r.exitCode(), r.output()), r.exitCode(), r.output(), log);
    }
}
