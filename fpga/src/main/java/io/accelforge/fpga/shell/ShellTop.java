package io.accelforge.fpga.shell;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.FALSE;
import static io.accelforge.rtl.hcl.Hcl.TRUE;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.Vec;
import java.util.function.Supplier;

/**
 * The board shell: the top module of an FPGA build. Its ports are board pins: {@code clk}
 * (the oscillator), {@code uart_rx}, {@code uart_tx} and {@code led_<i>}. It clocks the
 * {@link ShellCore} (and the accelerator inside it) from the pin directly or through an
 * {@link Ice40Pll}, and holds it in reset until the PLL has locked ({@link ResetSync}).
 *
 * <p>The accelerator is a constructor argument: any module with the engine command interface
 * ({@link CommandPorts}), e.g. {@code new ShellTop(p, Clocking.direct(), () -> new TestAccelerator(tp))}.
 */
public final class ShellTop extends Module {
    public final Input clk, uartRx;
    public final Output uartTx;
    public final Vec<Output> led;
    public final ShellCore core;
    private final ResetSync resetSync;
    private final Ice40Pll pll;

    public ShellTop(ShellParams p, Clocking clocking, Supplier<? extends Module> accelerator) {
        clk = input(Bool()).named("clk");
        uartRx = input(Bool()).named("uart_rx");
        uartTx = output(Bool()).named("uart_tx");
        led = p.leds() == 0 ? null : outputs(p.leds(), Bool());

        Signal clock = clk;
        if (clocking.usesPll()) {
            pll = instance(new Ice40Pll(clocking.pllPrimitive(), clocking.pll()));
            pll.clockIn.set(clk);
            pll.RESETB.set(TRUE());
            pll.BYPASS.set(FALSE());
            clock = pll.PLLOUTGLOBAL;
        } else {
            pll = null;
        }
        resetSync = instance(new ResetSync());
        resetSync.sys.clock().set(clock);
        resetSync.sys.reset().set(FALSE());
        resetSync.ready.set(pll == null ? TRUE() : pll.LOCK);

        core = instance(new ShellCore(p, accelerator));
        core.sys.clock().set(clock);
        core.sys.reset().set(resetSync.rst);
        core.rx.set(uartRx);
        uartTx.set(core.tx);
        for (int i = 0; i < p.leds(); i++) {
            boolean activeLow = (p.ledActiveLow() >> i & 1) == 1;
            led.get(i).set(activeLow ? core.leds.bit(i).not() : core.leds.bit(i));
        }
    }

    @Override public String moduleName() { return "ShellTop"; }
}
