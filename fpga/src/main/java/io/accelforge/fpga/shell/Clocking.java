package io.accelforge.fpga.shell;

/**
 * How the shell gets its clock: straight from the board clock pin (simulation, or a build at
 * the board frequency), or through an iCE40 PLL primitive with the given settings.
 */
public record Clocking(String pllPrimitive, PllConfig pll) {
    public Clocking {
        if ((pllPrimitive == null) != (pll == null)) throw new IllegalArgumentException("a PLL needs both its primitive and its settings");
    }

    public static Clocking direct() { return new Clocking(null, null); }

    public static Clocking pll(String primitive, PllConfig c) { return new Clocking(primitive, c); }

    public boolean usesPll() { return pll != null; }
}
