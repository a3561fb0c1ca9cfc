package io.accelforge.fpga.flow;

import java.util.ArrayList;
import java.util.List;

/** A top-level port of a design going to pins. */
public record Port(String name, boolean input, int width) {
    /** The names its bits have in a PCF: {@code name} for one bit, {@code name[i]} otherwise. */
    public List<String> bitNames() {
        if (width == 1) return List.of(name);
        List<String> out = new ArrayList<>(width);
        for (int i = 0; i < width; i++) out.add(name + "[" + i + "]");
        return out;
    }
}
