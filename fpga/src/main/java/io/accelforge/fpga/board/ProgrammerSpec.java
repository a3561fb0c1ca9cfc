package io.accelforge.fpga.board;

/**
 * How a board is programmed: the tool (openFPGALoader, or another the board needs), the
 * tool's own name for the board (openFPGALoader -b) or its cable (-c), and whether the board
 * can load a bitstream into SRAM (lost at power-off) and write its configuration flash.
 */
public record ProgrammerSpec(String tool, String board, String cable, boolean sram, boolean flash) {
    public static final String OPENFPGALOADER = "openFPGALoader";

    public ProgrammerSpec {
        if (tool == null || tool.isBlank()) throw new IllegalArgumentException("the programmer needs a 'tool'");
    }

    public boolean isOpenFpgaLoader() { return OPENFPGALOADER.equals(tool); }
}
