package io.accelforge.rtl.emit;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accelforge.rtl.elab.Design;
import io.accelforge.rtl.elab.Elaborator;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Wire;
import io.accelforge.rtl.testing.LintGate;
import io.accelforge.rtl.testing.VerilatorHarness;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any Java name or .named() text is a usable Verilog name: words that Verilog, SystemVerilog,
 * Icarus or Verilator's C++ reserve get a trailing '_', and the design lints clean and builds
 * in Verilator. The word lists here are written from the standards and the tools, not copied
 * from the HCL's own list.
 */
class ReservedNamesTest {
    @TempDir Path tmp;

    /** IEEE 1364-2005 keywords. */
    static final List<String> VERILOG = List.of("always", "and", "assign", "automatic", "begin", "buf", "bufif0", "bufif1", "case", "casex",
            "casez", "cell", "cmos", "config", "deassign", "default", "defparam", "design", "disable", "edge", "else", "end", "endcase",
            "endconfig", "endfunction", "endgenerate", "endmodule", "endprimitive", "endspecify", "endtable", "endtask", "event", "for",
            "force", "forever", "fork", "function", "generate", "genvar", "highz0", "highz1", "if", "ifnone", "incdir", "include",
            "initial", "inout", "input", "instance", "integer", "join", "large", "liblist", "library", "localparam", "macromodule",
            "medium", "module", "nand", "negedge", "nmos", "nor", "noshowcancelled", "not", "notif0", "notif1", "or", "output",
            "parameter", "pmos", "posedge", "primitive", "pull0", "pull1", "pulldown", "pullup", "pulsestyle_ondetect",
            "pulsestyle_onevent", "rcmos", "real", "realtime", "reg", "release", "repeat", "rnmos", "rpmos", "rtran", "rtranif0",
            "rtranif1", "scalared", "showcancelled", "signed", "small", "specify", "specparam", "strong0", "strong1", "supply0",
            "supply1", "table", "task", "time", "tran", "tranif0", "tranif1", "tri", "tri0", "tri1", "triand", "trior", "trireg",
            "unsigned", "use", "uwire", "vectored", "wait", "wand", "weak0", "weak1", "while", "wire", "wor", "xnor", "xor");

    /** Keywords IEEE 1800-2017 adds (Verilator parses SystemVerilog keywords even in .v files). */
    static final List<String> SYSTEM_VERILOG = List.of("accept_on", "alias", "always_comb", "always_ff", "always_latch", "assert",
            "assume", "before", "bind", "bins", "binsof", "bit", "break", "byte", "chandle", "checker", "class", "clocking", "const",
            "constraint", "context", "continue", "cover", "covergroup", "coverpoint", "cross", "dist", "do", "endchecker", "endclass",
            "endclocking", "endgroup", "endinterface", "endpackage", "endprogram", "endproperty", "endsequence", "enum", "eventually",
            "expect", "export", "extends", "extern", "final", "first_match", "foreach", "forkjoin", "global", "iff", "ignore_bins",
            "illegal_bins", "implements", "implies", "import", "inside", "int", "interconnect", "interface", "intersect", "join_any",
            "join_none", "let", "local", "logic", "longint", "matches", "modport", "nettype", "new", "nexttime", "null", "package",
            "packed", "priority", "program", "property", "protected", "pure", "rand", "randc", "randcase", "randsequence", "ref",
            "reject_on", "restrict", "return", "s_always", "s_eventually", "s_nexttime", "s_until", "s_until_with", "sequence",
            "shortint", "shortreal", "soft", "solve", "static", "string", "strong", "struct", "super", "sync_accept_on",
            "sync_reject_on", "tagged", "this", "throughout", "timeprecision", "timeunit", "type", "typedef", "union", "unique",
            "unique0", "until", "until_with", "untyped", "var", "virtual", "void", "wait_order", "weak", "wildcard", "with", "within");

    /** Icarus Verilog's own keywords, reserved even with -g2005. */
    static final List<String> ICARUS = List.of("bool", "wone", "wreal");

    /**
     * C++ words that Verilator -Wall rejects as top-level port names (SYMRSVDWORD), and the
     * members of a Verilated model class, which a port of the same name breaks in C++.
     */
    static final List<String> VERILATOR_CPP = List.of("alignas", "alignof", "and_eq", "asm", "atomic_cancel", "atomic_commit",
            "atomic_noexcept", "auto", "bitand", "bitor", "catch", "char", "char16_t", "char32_t", "compl", "concept", "constexpr",
            "const_cast", "decltype", "delete", "double", "dynamic_cast", "explicit", "false", "float", "friend", "goto", "inline",
            "long", "mutable", "namespace", "noexcept", "not_eq", "nullptr", "operator", "or_eq", "private", "public", "register",
            "requires", "short", "sizeof", "static_assert", "static_cast", "switch", "synchronized", "template", "thread_local",
            "throw", "true", "try", "typeid", "typename", "using", "volatile", "wchar_t", "xor_eq", "override", "transaction_safe",
            "transaction_safe_dynamic", "abort", "bit_vector", "cdecl", "complex", "const_iterator", "deque", "far", "huge",
            "interrupt", "iterator", "list", "map", "near", "pascal", "queue", "reference", "set", "stack", "type_info", "uint8_t",
            "uint16_t", "uint32_t", "vector", "sc_clock", "sc_in", "sc_inout", "sc_out", "sc_signal", "sensitive", "sensitive_neg",
            "sensitive_pos",
            "eval", "eval_step", "eval_end_step", "eventsPending", "nextTimeSlot", "trace", "name", "hierName", "modelName",
            "threads", "traceConfig", "contextp", "rootp", "vlSymsp");

    /** Words used as Java field names in the test design; the others go through .named(). */
    static final List<String> FIELD_WORDS = List.of("reg", "output", "set", "delete", "begin", "wire", "name");

    static List<String> namedWords() {
        return Stream.of(VERILOG, SYSTEM_VERILOG, ICARUS, VERILATOR_CPP).flatMap(List::stream).distinct()
                .filter(w -> !FIELD_WORDS.contains(w)).toList();
    }

    /** An input port and a wire named after each word; fields named after words Java allows. */
    static final class EveryReservedWord extends Module {
        final Input reg = input(UInt(2)), output = input(UInt(2)), set = input(UInt(2)), delete = input(UInt(2)), begin = input(UInt(2));
        final Output wire = output(UInt(2)), name = output(UInt(2));
        final List<Input> ports = new ArrayList<>();
        final List<Wire> wires = new ArrayList<>();

        EveryReservedWord(List<String> words) {
            Value acc = reg.xor(output).xor(set).xor(delete).xor(begin);
            for (String w : words) {
                Input p = input(Bool()).named(w);
                ports.add(p);
                Wire x = wire(p.not()).named(w + "_w");
                wires.add(x);
                acc = acc.xor(x.zext(2));
            }
            wire.set(acc);
            name.set(acc.not());
        }

        @Override public String moduleName() { return "EveryReservedWord"; }
    }

    @Test void everyReservedWordGetsATrailingUnderscore() {
        List<String> words = namedWords();
        EveryReservedWord[] built = new EveryReservedWord[1];
        Elaborator.elaborate(() -> built[0] = new EveryReservedWord(words));
        List<String> want = words.stream().map(w -> w + "_").toList();
        assertEquals(want, built[0].ports.stream().map(Input::name).toList(), "port names given by .named(word)");
        assertEquals(FIELD_WORDS.stream().map(w -> w + "_").toList(),
                Stream.of(built[0].reg, built[0].output, built[0].set, built[0].delete, built[0].begin, built[0].wire, built[0].name)
                        .map(s -> s.name()).toList(), "names from Java fields");
    }

    @Test void aDesignUsingEveryReservedWordAsANameLintsClean() throws Exception {
        LintGate.assertLintClean(Elaborator.elaborate(() -> new EveryReservedWord(namedWords())), tmp);
    }

    @Test void aDesignUsingEveryReservedWordAsAPortNameBuildsAndRunsInVerilator() throws Exception {
        Design d = Elaborator.elaborate(() -> new EveryReservedWord(namedWords()));
        VerilatorHarness h = VerilatorHarness.build(d, tmp);
        BigInteger[] in = new BigInteger[h.inputs().size()];
        java.util.Arrays.fill(in, BigInteger.ZERO);
        in[0] = BigInteger.ONE;   // reg_ = 1, every Bool port 0 (so each wire is 1; an even count of them cancels)
        BigInteger wire = h.run(List.<BigInteger[]>of(in)).getFirst()[0];
        int ones = namedWords().size() % 2;
        assertEquals(BigInteger.valueOf(1 ^ ones), wire, "wire_ = reg_ ^ (xor of " + namedWords().size() + " inverted zero ports)");
    }
}
