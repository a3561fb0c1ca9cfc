package io.accelforge.sim.build;

import java.nio.file.Path;
import java.util.List;

/** A compiled model in the cache: its shared library, ports, clocks, and whether this call built it. */
public record BuiltModel(String top, Path library, List<PortSpec> ports, List<String> clocks, Trace trace,
                         TlsModel tls, String key, boolean built, double seconds) {}
