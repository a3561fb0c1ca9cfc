package io.accelforge.rtl.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The clock and I/O constraints OpenSTA gets, derived from the design's clock ports. */
class StaConstraintsTest {
    @Test void aDesignWithoutClocksIsTimedInToOutAgainstAVirtualClock() {
        assertEquals("""
                create_clock -name virtual_clock -period 10
                set_input_delay 0 -clock virtual_clock [all_inputs]
                set_output_delay 0 -clock virtual_clock [all_outputs]""", StaFlow.constraints(List.of(), 10.0));
    }

    @Test void aClockedDesignTimesItsInputsAndOutputsAgainstItsClock() {
        assertEquals("""
                create_clock -name clk -period 2.5 [get_ports {clk}]
                set_input_delay 0 -clock clk [delete_from_list [all_inputs] [get_ports {clk}]]
                set_output_delay 0 -clock clk [all_outputs]""", StaFlow.constraints(List.of("clk"), 2.5));
    }

    @Test void clocksOfDifferentPortsAreAsynchronousToEachOther() {
        assertEquals("""
                create_clock -name clk -period 4 [get_ports {clk}]
                create_clock -name fast_clk -period 4 [get_ports {fast_clk}]
                set_clock_groups -asynchronous -group {clk} -group {fast_clk}
                set_input_delay 0 -clock clk [delete_from_list [all_inputs] [get_ports {clk fast_clk}]]
                set_output_delay 0 -clock clk [all_outputs]""", StaFlow.constraints(List.of("clk", "fast_clk"), 4.0));
    }
}
