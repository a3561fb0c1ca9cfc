/**
 * The FPGA module: a generated accelerator taken to a board and driven from the host.
 *
 * <ul>
 * <li>{@code board}: boards and devices as JSON data ({@code io/accelforge/fpga/boards/*.json},
 *     {@code devices.json}), loaded and checked by {@link io.accelforge.fpga.board.Boards}.
 * <li>{@code shell}: the board shell {@link io.accelforge.fpga.shell.ShellTop} (clock pin or
 *     iCE40 PLL, power-on and lock reset, UART) around any module with the engine command
 *     interface of tpe/DESIGN.md; its host protocol is defined once in
 *     {@link io.accelforge.fpga.shell.Protocol}.
 * <li>{@code fixture}: {@link io.accelforge.fpga.fixture.TestAccelerator}, a test fixture with
 *     that interface, standing in for a tensor engine in the tests and example builds.
 * <li>{@code link}: {@link io.accelforge.fpga.link.ShellClient}, the host side of the protocol,
 *     over a serial port ({@link io.accelforge.fpga.link.SerialLink}) or the shell's Verilator
 *     model ({@link io.accelforge.fpga.link.SimulatedLink}) with the same code.
 * <li>{@code flow}: the open iCE40 flow {@link io.accelforge.fpga.flow.Ice40Flow} (preflight,
 *     yosys, nextpnr-ice40, icepack, {@link io.accelforge.fpga.flow.FlowReport}) and the
 *     gate-level check {@link io.accelforge.fpga.flow.GateLevelSim}.
 * <li>{@code program}: {@link io.accelforge.fpga.program.BoardProgrammer} (openFPGALoader).
 * <li>{@code vendor}: Vivado, Quartus, ECP5 and Vitis script generators and the Vivado report
 *     parsers; these tools are not run here.
 * </ul>
 *
 * <h2>Putting a tensor engine behind the shell</h2>
 * The shell takes its accelerator as a constructor argument and finds the interface by port
 * name (cmdValid, cmdReady, cmdOp, cmdAddr, cmdData, rspValid, rspData; widths are the
 * engine's own, cmdOp up to 8 bits, cmdAddr up to 16, words up to about 2000 bits):
 * <pre>{@code
 * Design d = ShellBuilds.elaborate(board, ShellBuilds.clocking(board, 36.0), 115200, () -> new GemmEngine(p));
 * FlowReport r = Ice40Flow.run(board, ShellBuilds.flowDesign(board, d, clocking, "gemm"), options);
 * }</pre>
 * or, once the engine is a registered generator, {@code forge fpga build --board icebreaker
 * --generator <engine> --param ...}. In simulation, build the shell without a PLL and talk to it:
 * <pre>{@code
 * Design shell = Elaborator.elaborate(() -> new ShellTop(ShellParams.simulation(), Clocking.direct(), () -> new GemmEngine(p)));
 * try (ShellClient c = ShellClient.connect(SimulatedLink.open(shell, 8, 1_000_000))) {
 *     c.writeWords(WRITE_A, row, aWords);      // one word per cmdAddr, cmdData split into 32-bit chunks
 *     c.writeWords(WRITE_B, col, bWords);
 *     c.command(COMPUTE, k);
 *     while ((c.readWord(READ_STATUS, 0).intValue() & 2) == 0) { }   // done bit
 *     List<BigInteger> cWords = c.readWords(READ_C, 0, rows);
 *     long cycles = c.readWord(READ_CYCLES, 0).longValue() | c.readWord(READ_CYCLES, 1).longValue() << 32;
 * }
 * }</pre>
 * The same client code runs against a board with {@code SerialLink.open("/dev/ttyUSB1", 115200, timeout)}.
 * An engine that keeps cmdReady low while it computes makes READ_STATUS wait (up to
 * 2^timeoutLog2 cycles) instead of answering "busy"; the fixture shows the polling variant.
 * On an iCE40, keep 64-bit counters as two 32-bit halves ({@link io.accelforge.fpga.shell.SplitCounter}):
 * a 64-bit carry chain alone limits a UP5K to about 36 MHz.
 */
package io.accelforge.fpga;
