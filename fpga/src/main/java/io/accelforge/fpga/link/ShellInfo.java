package io.accelforge.fpga.link;

import io.accelforge.fpga.shell.Protocol;

/** What a shell says about itself and its accelerator (registers ID, CMD_WIDTHS, CMD_SHAPE, CLOCK_HZ). */
public record ShellInfo(int id, int cmdWidth, int rspWidth, int opWidth, int addrWidth, int timeoutLog2, long clockHz) {
    public int cmdBytes() { return Protocol.wordBytes(cmdWidth); }

    public int rspBytes() { return Protocol.wordBytes(rspWidth); }

    /** Command words per CMD_WRITE frame and response words per CMD_READ frame. */
    public int writeWordsPerFrame() { return (Protocol.MAX_PAYLOAD - 4) / cmdBytes(); }

    public int readWordsPerFrame() { return Protocol.MAX_PAYLOAD / rspBytes(); }
}
