package io.accelforge.fpga.board;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which tool flow a board's device goes through. Only {@link #ICE40} runs here; the others generate scripts. */
public enum Flow {
    /** yosys synth_ice40, nextpnr-ice40, icepack: run by AccelForge. */
    ICE40,
    /** AMD/Xilinx Vivado non-project batch Tcl. */
    VIVADO,
    /** yosys synth_ecp5, nextpnr-ecp5, ecppack. */
    ECP5,
    /** Intel Quartus Prime (quartus_sh --flow compile). */
    QUARTUS,
    /** AMD Vitis v++ linking for an Alveo platform, loaded through XRT. */
    VITIS;

    @JsonValue public String id() { return name().toLowerCase(Locale.ROOT); }

    @JsonCreator public static Flow of(String id) {
        for (Flow f : values()) if (f.id().equals(id)) return f;
        throw new IllegalArgumentException("unknown flow '" + id + "' (ice40, vivado, ecp5, quartus, vitis)");
    }
}
