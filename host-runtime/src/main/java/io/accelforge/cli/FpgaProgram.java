package io.accelforge.cli;

import io.accelforge.fpga.board.Board;
import io.accelforge.fpga.program.BoardProgrammer;
import io.accelforge.fpga.program.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** forge fpga program: check the bitstream against the board, then openFPGALoader, its answer mapped to a cause and a fix. */
final class FpgaProgram {
    private FpgaProgram() {}

    static int run(Board b, Path file, boolean flash, boolean dryRun, Console io) throws IOException {
        BoardProgrammer.Plan plan = BoardProgrammer.plan(b, file, flash);
        if (dryRun) {
            io.out().println(plan.commandLine());
            return Exit.OK;
        }
        io.progress("programming " + b.name() + " (" + (flash ? "flash" : "SRAM") + "): " + plan.commandLine());
        Path log = Files.createTempFile("accelforge-openfpgaloader", ".log");
        BoardProgrammer.Result r = BoardProgrammer.run(plan, log);
        if (r.outcome() == Outcome.OK) {
            io.out().println("programmed " + b.name() + " (" + (flash ? "flash" : "SRAM") + ") with " + file);
            return Exit.OK;
        }
        String first = r.output().lines().filter(l -> !l.isBlank()).reduce((x, y) -> y).orElse("(no output)").trim();
        io.err().println("error: " + r.outcome().meaning + " (openFPGALoader exit " + r.exitCode() + ": " + first + "; log " + log + ")");
        io.err().println("       fix: " + r.outcome().fix);
        return r.outcome().exitCode;
    }
}
