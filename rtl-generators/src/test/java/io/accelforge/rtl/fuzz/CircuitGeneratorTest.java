package io.accelforge.rtl.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.ReadUnderWrite;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The random-circuit generator: deterministic per seed, always elaborates, and covers the whole HCL. */
class CircuitGeneratorTest {
    private static Design elaborate(Circuit c) { return Elaborator.elaborate(() -> new FuzzTop("top", List.of(c))); }

    @Test void theSameSeedGivesTheSameCircuitAndTheSameVerilog() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            Circuit a = CircuitGenerator.generate(seed, "c");
            Circuit b = CircuitGenerator.generate(seed, "c");
            assertEquals(a, b, "seed " + seed);
            assertEquals(elaborate(a).verilog(), elaborate(b).verilog(), "Verilog of seed " + seed);
        }
    }

    @Test void differentSeedsGiveDifferentCircuits() {
        assertNotEquals(CircuitGenerator.generate(1, "c"), CircuitGenerator.generate(2, "c"));
    }

    @Test void everyCircuitOfTheFirst500SeedsPassesTheElaborationChecks() {
        List<String> failures = new ArrayList<>();
        for (long seed = 0; seed < 500; seed++) {
            Circuit c = CircuitGenerator.generate(seed, "c" + seed);
            try {
                elaborate(c);
            } catch (RuntimeException e) {
                failures.add("seed " + seed + ": " + e.getMessage().lines().limit(3).toList());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of 500 seeds do not elaborate:\n" + String.join("\n", failures.stream().limit(10).toList()));
    }

    /** What a set of circuits uses, as names: operators, statement forms, state, hierarchy. */
    private static Set<String> features(Circuit c) {
        Set<String> f = new TreeSet<>();
        for (Node n : c.nodes()) {
            switch (n) {
                case Node.Expr e -> f.add("op " + e.op());
                case Node.Const k -> f.add("constant");
                case Node.Wire w -> f.add("wire");
                case Node.Reg r -> f.add(r.init() == null ? "register without reset" : r.async() ? "register with async reset" : "register with reset");
                case Node.Mem m -> f.add("memory " + m.readUnderWrite() + (m.async() ? " async domain" : ""));
                case Node.SyncRead r -> f.add(r.enable() < 0 ? "sync read" : "sync read with enable");
                case Node.AsyncRead r -> f.add("async read");
                case Node.Instance i -> f.add("instance");
            }
            if (n instanceof Node.Instance i && c.nodes().stream().filter(x -> x instanceof Node.Instance j && j.sub() == i.sub()).count() > 1) {
                f.add("sub-circuit instantiated twice");
            }
        }
        statements(c.body(), f);
        for (Circuit s : c.subs()) f.addAll(features(s));
        return f;
    }

    private static void statements(List<Statement> ss, Set<String> f) {
        for (Statement s : ss) {
            switch (s) {
                case Statement.Assign a -> f.add(a.whole() ? "whole assignment" : a.hi() == a.lo() ? "bit assignment" : "partial assignment");
                case Statement.If i -> {
                    f.add(i.otherwise().isEmpty() ? "when" : i.otherwise().size() == 1 && i.otherwise().getFirst() instanceof Statement.If
                            ? "elseWhen" : "otherwise");
                    statements(i.then(), f);
                    statements(i.otherwise(), f);
                }
                case Statement.Switch sw -> {
                    f.add(sw.otherwise() == null ? "switch without otherwise" : "switch with otherwise");
                    for (Statement.Case k : sw.cases()) statements(k.body(), f);
                    if (sw.otherwise() != null) statements(sw.otherwise(), f);
                }
                case Statement.Write w -> f.add(w.mask() < 0 ? "write" : "masked write");
            }
        }
    }

    @Test void aFewHundredCircuitsUseEveryOperatorStatementFormAndKindOfState() {
        Set<String> seen = new TreeSet<>();
        for (long seed = 0; seed < 300; seed++) seen.addAll(features(CircuitGenerator.generate(seed, "c")));
        List<String> expected = new ArrayList<>();
        for (OpCode op : EnumSet.allOf(OpCode.class)) expected.add("op " + op);
        expected.addAll(List.of("constant", "wire", "register without reset", "register with reset", "register with async reset",
                "memory " + ReadUnderWrite.READ_FIRST, "memory " + ReadUnderWrite.WRITE_FIRST, "sync read", "sync read with enable",
                "async read", "instance", "sub-circuit instantiated twice", "whole assignment", "bit assignment", "partial assignment",
                "when", "elseWhen", "otherwise", "switch without otherwise", "switch with otherwise", "write", "masked write"));
        List<String> missing = expected.stream().filter(x -> !seen.contains(x)).toList();
        if (!missing.isEmpty()) fail("never generated in 300 seeds: " + missing);
    }

    @Test void declaredWidthsRangeFromOneTo130BitsSignedAndUnsigned() {
        Set<Integer> widths = new TreeSet<>();
        boolean signed = false;
        boolean unsigned = false;
        for (long seed = 0; seed < 300; seed++) {
            for (Circuit.Port p : CircuitGenerator.generate(seed, "c").inputs()) {
                widths.add(p.type().width());
                signed |= p.type().signed();
                unsigned |= !p.type().signed();
            }
        }
        assertTrue(widths.contains(1) && widths.contains(64) && widths.contains(65) && widths.contains(130), "widths seen: " + widths);
        assertTrue(widths.stream().allMatch(w -> w >= 1 && w <= 130), "widths seen: " + widths);
        assertTrue(signed && unsigned, "both signednesses");
    }
}
