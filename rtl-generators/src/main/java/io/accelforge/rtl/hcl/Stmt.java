package io.accelforge.rtl.hcl;

/** A statement of a module body. Later statements win over earlier ones for the same bits. */
public sealed interface Stmt permits Stmt.Assign, Stmt.When, Stmt.Switch, Stmt.MemWrite {
    SourceLoc loc();

    /** {@code target[hi:lo] = value}. */
    record Assign(Signal target, int hi, int lo, Value value, SourceLoc loc) implements Stmt {
        public boolean isFull() { return lo == 0 && hi == target.width() - 1; }
        public int width() { return hi - lo + 1; }
    }

    /** if (cond) then else otherwise; an elseWhen is a When inside otherwise. */
    record When(Value cond, Block then, Block otherwise, SourceLoc loc) implements Stmt {}

    /** A case statement; {@code otherwise} is empty when no otherwise() was given. */
    final class Switch implements Stmt {
        private final Value selector;
        private final java.util.List<Case> cases = new java.util.ArrayList<>();
        private final Block otherwise = new Block();
        private final SourceLoc loc;
        private boolean hasDefault;

        Switch(Value selector, SourceLoc loc) {
            this.selector = selector;
            this.loc = loc;
        }

        public Value selector() { return selector; }
        public java.util.List<Case> cases() { return java.util.Collections.unmodifiableList(cases); }
        public Block otherwise() { return otherwise; }
        public boolean hasDefault() { return hasDefault; }
        @Override public SourceLoc loc() { return loc; }

        void addCase(Case c) { cases.add(c); }
        void markDefault() { hasDefault = true; }
    }

    record Case(java.util.List<Literal> values, Block body, SourceLoc loc) {}

    /** mem[addr] = data on the clock edge (lanes enabled by {@code mask}, null = all). */
    record MemWrite(Mem mem, Value addr, Value data, Value mask, SourceLoc loc) implements Stmt {}
}
