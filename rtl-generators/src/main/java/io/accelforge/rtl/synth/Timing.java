package io.accelforge.rtl.synth;

/** What OpenSTA measured: the worst path (null when none is timed) and the power table. */
record Timing(TimingPath worstPath, StaReports.PowerTable power, double seconds) {}
