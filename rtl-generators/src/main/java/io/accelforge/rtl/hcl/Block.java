package io.accelforge.rtl.hcl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An ordered list of statements. */
public final class Block {
    private final List<Stmt> stmts = new ArrayList<>();

    void add(Stmt s) { stmts.add(s); }

    public List<Stmt> stmts() { return Collections.unmodifiableList(stmts); }

    public boolean isEmpty() { return stmts.isEmpty(); }
}
