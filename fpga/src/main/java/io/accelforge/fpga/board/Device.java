package io.accelforge.fpga.board;

import java.util.List;
import java.util.Map;

/**
 * An FPGA device: its family, resources (LUT4/BRAM/DSP/SPRAM counts for iCE40), the size of
 * its bitstream file (iCE40 .bin files have one fixed size per device), whether it has DSP
 * blocks, and the user IO pins of each package.
 */
public record Device(String name, String family, String title, long bitstreamBytes, boolean dsp,
                     Map<String, Integer> resources, Map<String, List<String>> packages) {
    public Device {
        resources = resources == null ? Map.of() : Map.copyOf(resources);
        packages = packages == null ? Map.of() : Map.copyOf(packages);
    }

    /** How many of {@code resource} the device has; 0 when it has none. */
    public int available(String resource) { return resources.getOrDefault(resource, 0); }

    /** The user IO sites of {@code pkg}, or an empty list when the package is not known. */
    public List<String> sites(String pkg) { return pkg == null ? List.of() : packages.getOrDefault(pkg, List.of()); }
}
