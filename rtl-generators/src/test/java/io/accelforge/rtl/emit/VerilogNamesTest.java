package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Bundle;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Signal;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.rtl.testing.LintGate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verilog names come from Java: fields, Vec indices, bundle members; temporaries from the signal they feed. */
class VerilogNamesTest {
    @TempDir Path tmp;

    static final class Flow extends Bundle {
        final Input valid;
        final Input data;

        Flow(Input valid, Input data) {
            this.valid = valid;
            this.data = data;
        }
    }

    static final class Named extends Module {
        final Vec<Input> a = inputs(2, UInt(4));
        final Flow in;
        final Vec<Flow> lanes;
        final Output sum = output(UInt(4)), any = output(Bool());

        Named() {
            in = new Flow(input(Bool()), input(UInt(4)));
            lanes = vec(2, i -> new Flow(input(Bool()), input(UInt(4))));
            sum.set(a.get(0).add(a.get(1)).add(in.data).add(lanes.get(0).data).add(lanes.get(1).data));
            any.set(in.valid.or(lanes.get(0).valid).or(lanes.get(1).valid));
        }
    }

    @Test void vecElementsBundleMembersAndVecsOfBundlesAreNamedFromTheField() {
        Design d = Elaborator.elaborate(Named::new);
        List<String> ports = d.ports().stream().map(Signal::name).toList();
        assertEquals(List.of("a_0", "a_1", "sum", "any", "in_valid", "in_data", "lanes_0_valid", "lanes_0_data", "lanes_1_valid", "lanes_1_data"),
                ports, "port names of Named, in the order the ports were made");
    }

    static final class Temps extends Module {
        final Input a = input(UInt(8)), b = input(UInt(8)), c = input(UInt(8));
        final Output mid = output(UInt(4)), both = output(UInt(8)), also = output(UInt(8)), copy = output(UInt(8));

        Temps() {
            mid.set(a.add(b).bits(5, 2));
            Value shared = a.xor(c).add(b);
            both.set(shared.or(c));
            also.set(shared.and(c));
            Reg r = reg(UInt(8));
            r.set(a);
            copy.set(r);
        }
    }

    @Test void temporariesAndUnnamedSignalsTakeTheirNameFromTheSignalTheyFeedOrCopy() {
        String v = Elaborator.elaborate(Temps::new).verilog().get("Temps");
        assertContains(v, "wire [7:0] mid_add;", "a sum sliced for 'mid' is a temporary named mid_add");
        assertContains(v, "assign mid_add = (a + b);", "its assignment");
        assertContains(v, "assign mid = mid_add[5:2];", "'mid' slices it");
        assertContains(v, "assign both_add = ((a ^ c) + b);", "a value read by 'both' and 'also' is named after the first reader");
        assertContains(v, "assign also = (both_add & c);", "the second reader uses the same temporary");
        assertContains(v, "reg  [7:0] a_d;", "an unnamed register loaded from 'a' is a_d");
    }

    @Test void aTemporaryReadOnlyInPartHasItsOtherBitsGatheredAndLintsClean() throws Exception {
        Design d = Elaborator.elaborate(Temps::new);
        assertContains(d.verilog().get("Temps"), "wire _unused_ok = 1'b0 && &{1'b0, rst, mid_add[7:6], mid_add[1:0], 1'b0};",
                "bits of mid_add that 'mid' does not take (and rst: the register has no reset)");
        LintGate.assertLintClean(d, tmp);
    }

    static final class PartlyRead extends Module {
        final Input wide = input(UInt(8)), ignored = input(UInt(3)), flag = input(Bool());
        final Output low = output(UInt(4));

        PartlyRead() {
            low.set(wide.bits(3, 0).xor(UInt(4).lit(flag.width())));
        }
    }

    @Test void bitsNobodyReadsAreGatheredIntoUnusedOk() {
        String v = Elaborator.elaborate(PartlyRead::new).verilog().get("PartlyRead");
        assertContains(v, "wire _unused_ok = 1'b0 && &{1'b0, wide[7:4], ignored, flag, 1'b0};", "unread bits, in declaration order");
    }

    @Test void aDesignWithUnreadBitsLintsClean() throws Exception {
        LintGate.assertLintClean(Elaborator.elaborate(PartlyRead::new), tmp);
    }

    static void assertContains(String text, String line, String what) {
        assertTrue(text.contains(line), what + ": expected the line\n  " + line + "\nin:\n" + text);
    }
}
