package io.accelforge.tpe.engine;

import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Vec;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-lane delay lines: lane i is delayed by i cycles ({@code rising}: the input skew of a
 * systolic array, lane i meets the array one cycle after lane i-1) or by lanes-1-i cycles
 * (the output deskew: lanes that left the array early wait for the last). Data registers
 * only, no reset.
 */
public final class Skew extends Module {
    /** lanes lanes of width bits each. */
    public record Shape(int lanes, int width, boolean rising) {}

    public final Vec<Input> in;
    public final Vec<Output> out;
    private final List<List<Reg>> delay;

    public Skew(Shape s) {
        super(s);
        in = inputs(s.lanes(), UInt(s.width()));
        out = outputs(s.lanes(), UInt(s.width()));
        delay = new ArrayList<>();
        for (int i = 0; i < s.lanes(); i++) {
            int d = s.rising() ? i : s.lanes() - 1 - i;
            List<Reg> line = new ArrayList<>(d);
            for (int t = 0; t < d; t++) {
                Reg r = reg(UInt(s.width()));
                r.set(t == 0 ? in.get(i) : line.get(t - 1));
                line.add(r);
            }
            delay.add(line);
            out.get(i).set(d == 0 ? in.get(i) : line.get(d - 1));
        }
    }
}
