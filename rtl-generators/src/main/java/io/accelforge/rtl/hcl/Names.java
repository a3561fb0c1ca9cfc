package io.accelforge.rtl.hcl;

import java.util.Locale;
import java.util.Set;

/** Verilog identifiers: validity, keyword sanitising, and parameter values as name parts. */
public final class Names {
    private Names() {}

    /**
     * Verilog-2005 and SystemVerilog-2017 keywords, Icarus's own (bool, wone, wreal), the C++
     * keywords and common words that Verilator rejects as port names (SYMRSVDWORD), and the
     * members of a Verilated model class, which a top-level port of the same name breaks.
     */
    private static final Set<String> RESERVED = Set.copyOf(java.util.List.of(
            "always", "and", "assign", "automatic", "begin", "buf", "bufif0", "bufif1", "case", "casex", "casez", "cell",
            "cmos", "config", "deassign", "default", "defparam", "design", "disable", "edge", "else", "end", "endcase",
            "endconfig", "endfunction", "endgenerate", "endmodule", "endprimitive", "endspecify", "endtable", "endtask",
            "event", "for", "force", "forever", "fork", "function", "generate", "genvar", "highz0", "highz1", "if",
            "ifnone", "incdir", "include", "initial", "inout", "input", "instance", "integer", "join", "large",
            "liblist", "library", "localparam", "macromodule", "medium", "module", "nand", "negedge", "nmos", "nor",
            "noshowcancelled", "not", "notif0", "notif1", "or", "output", "parameter", "pmos", "posedge", "primitive",
            "pull0", "pull1", "pulldown", "pullup", "pulsestyle_ondetect", "pulsestyle_onevent", "rcmos", "real",
            "realtime", "reg", "release", "repeat", "rnmos", "rpmos", "rtran", "rtranif0", "rtranif1", "scalared",
            "showcancelled", "signed", "small", "specify", "specparam", "strong0", "strong1", "supply0", "supply1",
            "table", "task", "time", "tran", "tranif0", "tranif1", "tri", "tri0", "tri1", "triand", "trior", "trireg",
            "unsigned", "use", "uwire", "vectored", "wait", "wand", "weak0", "weak1", "while", "wire", "wor", "xnor", "xor",
            // SystemVerilog
            "alias", "always_comb", "always_ff", "always_latch", "assert", "assume", "before", "bind", "bins", "binsof",
            "bit", "break", "byte", "chandle", "class", "clocking", "const", "constraint", "context", "continue", "cover",
            "covergroup", "coverpoint", "cross", "dist", "do", "endclass", "endclocking", "endgroup", "endinterface",
            "endpackage", "endprogram", "endproperty", "endsequence", "enum", "expect", "export", "extends", "extern",
            "final", "first_match", "foreach", "forkjoin", "iff", "ignore_bins", "illegal_bins", "import", "inside",
            "int", "interface", "intersect", "join_any", "join_none", "local", "logic", "longint", "matches", "modport",
            "new", "null", "package", "packed", "priority", "program", "property", "protected", "pure", "rand", "randc",
            "randcase", "randsequence", "ref", "return", "sequence", "shortint", "shortreal", "solve", "static", "string",
            "struct", "super", "tagged", "this", "throughout", "timeprecision", "timeunit", "type", "typedef", "union",
            "unique", "var", "virtual", "void", "wait_order", "wildcard", "with", "within",
            // SystemVerilog 2009 and 2012
            "accept_on", "checker", "endchecker", "eventually", "global", "implements", "implies", "interconnect", "let",
            "nettype", "nexttime", "reject_on", "restrict", "s_always", "s_eventually", "s_nexttime", "s_until",
            "s_until_with", "soft", "strong", "sync_accept_on", "sync_reject_on", "unique0", "until", "until_with",
            "untyped", "weak",
            // Icarus
            "wone", "wreal",
            // C++ (Verilator)
            "asm", "auto", "bool", "catch", "char", "delete", "double", "dynamic_cast", "explicit", "false", "float",
            "friend", "goto", "inline", "long", "mutable", "namespace", "operator", "private", "public", "register",
            "reinterpret_cast", "short", "sizeof", "static_cast", "switch", "template", "throw", "true", "try",
            "typeid", "typename", "using", "volatile", "NULL",
            "alignas", "alignof", "and_eq", "atomic_cancel", "atomic_commit", "atomic_noexcept", "bitand", "bitor", "char16_t",
            "char32_t", "compl", "concept", "constexpr", "const_cast", "decltype", "noexcept", "not_eq", "nullptr", "or_eq",
            "requires", "static_assert", "synchronized", "thread_local", "wchar_t", "xor_eq", "override", "transaction_safe",
            "transaction_safe_dynamic",
            // C++ and SystemC common words (Verilator)
            "abort", "bit_vector", "cdecl", "complex", "const_iterator", "deque", "far", "huge", "interrupt", "iterator", "list",
            "map", "near", "pascal", "queue", "reference", "set", "stack", "type_info", "uint8_t", "uint16_t", "uint32_t",
            "vector", "sc_clock", "sc_in", "sc_inout", "sc_out", "sc_signal", "sensitive", "sensitive_neg", "sensitive_pos",
            // members of a Verilated model (VerilatedModel and the generated class)
            "eval", "eval_step", "eval_end_step", "eventsPending", "nextTimeSlot", "trace", "name", "hierName", "modelName",
            "threads", "traceConfig", "contextp", "rootp", "vlSymsp"));

    public static boolean isReserved(String n) { return RESERVED.contains(n); }

    /** Rejects names that cannot be Verilog identifiers at all. */
    public static void checkIdentifier(String n) {
        if (n == null || !n.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new HclException("'" + n + "' is not a usable name", "use letters, digits and '_', starting with a letter or '_'");
        }
    }

    /** A usable identifier: invalid characters become '_', keywords get a trailing '_'. */
    public static String sanitize(String n) {
        StringBuilder sb = new StringBuilder(n.length() + 1);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
        }
        if (sb.isEmpty() || Character.isDigit(sb.charAt(0))) sb.insert(0, 'n');
        String s = sb.toString();
        return RESERVED.contains(s) ? s + "_" : s;
    }

    /** A parameter value as part of a module name: 8, true, os (enums in lower case), m3 for -3. */
    static String valueSuffix(Object v) {
        if (v instanceof Enum<?> e) return e.name().toLowerCase(Locale.ROOT);
        if (v instanceof Number n && n.longValue() < 0) return "m" + (-n.longValue());
        return String.valueOf(v);
    }
}
