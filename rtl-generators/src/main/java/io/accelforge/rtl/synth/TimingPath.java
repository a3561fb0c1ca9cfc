package io.accelforge.rtl.synth;

/**
 * One timed path as OpenSTA reports it: where it starts and ends (a port or a flip-flop,
 * with OpenSTA's description, e.g. "input port clocked by clk"), its path group (the
 * capturing clock), and its data arrival, required time and slack in ns.
 */
public record TimingPath(String startpoint, String startpointKind, String endpoint, String endpointKind, String pathGroup,
                         double arrivalNs, double requiredNs, double slackNs) {}
