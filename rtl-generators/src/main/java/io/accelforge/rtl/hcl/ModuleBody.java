package io.accelforge.rtl.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** What one module instance holds: ports, signals, memories, children and statements. */
public final class ModuleBody {
    private final Module self;
    private final SourceLoc loc;
    private final SourceLoc builtAt;
    private final List<Signal> domainPorts = new ArrayList<>();
    private final List<Signal> ports = new ArrayList<>();
    private final List<Signal> locals = new ArrayList<>();
    private final List<Mem> mems = new ArrayList<>();
    private final List<Module> children = new ArrayList<>();
    private final List<ClockDomain> domains = new ArrayList<>();
    private final Deque<ClockDomain> domainStack = new ArrayDeque<>();
    private final Block root = new Block();
    private Block current = root;
    private ClockDomain defaultDomain;
    private Module parent;
    private String instanceName;
    private NameSource instanceNameSource = NameSource.NONE;
    private SourceLoc instanceLoc = SourceLoc.UNKNOWN;

    ModuleBody(Module self, SourceLoc loc, SourceLoc builtAt) {
        this.self = self;
        this.loc = loc;
        this.builtAt = builtAt;
    }

    public Module self() { return self; }
    /** The module's own constructor. */
    public SourceLoc loc() { return loc; }
    /** The line that constructed it ({@code new X(...)}). */
    public SourceLoc builtAt() { return builtAt; }
    /** Clock and reset ports first, then the others in declaration order. */
    public List<Signal> ports() {
        List<Signal> all = new ArrayList<>(domainPorts.size() + ports.size());
        all.addAll(domainPorts);
        all.addAll(ports);
        return all;
    }
    /** Wires, registers and memory read data. */
    public List<Signal> locals() { return Collections.unmodifiableList(locals); }
    public List<Mem> mems() { return Collections.unmodifiableList(mems); }
    public List<Module> children() { return Collections.unmodifiableList(children); }
    public List<ClockDomain> domains() { return Collections.unmodifiableList(domains); }
    public ClockDomain defaultDomainOrNull() { return defaultDomain; }
    public Block root() { return root; }
    public Module parent() { return parent; }
    public String instanceName() { return instanceName; }
    public NameSource instanceNameSource() { return instanceNameSource; }
    public SourceLoc instanceLoc() { return instanceLoc; }

    public void nameInstanceIfWeaker(String n, NameSource source) {
        if (instanceNameSource != NameSource.EXPLICIT && source.compareTo(instanceNameSource) >= 0) {
            instanceName = n;
            instanceNameSource = source;
        }
    }

    void setParent(Module p) { parent = p; }
    void setInstanceLoc(SourceLoc l) { instanceLoc = l; }

    <S extends Signal> S addPort(S s) {
        ports.add(s);
        return s;
    }

    <S extends Signal> S addLocal(S s) {
        locals.add(s);
        return s;
    }

    void addMem(Mem m) { mems.add(m); }
    void addChild(Module m) { children.add(m); }

    // ---- clock domains ------------------------------------------------------------------

    ClockDomain defaultDomain() {
        if (defaultDomain == null) defaultDomain = newDomain("", ResetKind.SYNC);
        return defaultDomain;
    }

    ClockDomain newDomain(String name, ResetKind kind) {
        String prefix = name.isEmpty() ? "" : name + "_";
        for (ClockDomain d : domains) {
            if (d.name().equals(name)) throw new HclException("clock domain '" + name + "' declared twice", "give each domain its own name");
        }
        SourceLoc l = SourceLoc.capture();
        Input clk = new Input(self, Hcl.Bool(), l);
        Input rst = new Input(self, Hcl.Bool(), l);
        clk.named(prefix + "clk");
        rst.named(prefix + "rst");
        domainPorts.add(clk);
        domainPorts.add(rst);
        ClockDomain d = new ClockDomain(self, name, clk, rst, kind);
        domains.add(d);
        return d;
    }

    /** The domain new registers and memories go to. */
    ClockDomain currentDomain() { return domainStack.isEmpty() ? defaultDomain() : domainStack.peek(); }

    void inDomain(ClockDomain d, Runnable r) {
        if (d.owner() != self) throw new HclException(d + " belongs to " + d.owner().getClass().getSimpleName(), "use a domain of this module");
        domainStack.push(d);
        try {
            r.run();
        } finally {
            domainStack.pop();
        }
    }

    // ---- statements ---------------------------------------------------------------------

    void assign(Signal target, int hi, int lo, Value value, SourceLoc l) {
        current.add(new Stmt.Assign(target, hi, lo, value, l));
    }

    void memWrite(Mem mem, Value addr, Value data, Value mask, SourceLoc l) {
        current.add(new Stmt.MemWrite(mem, addr, data, mask, l));
    }

    Stmt.When addWhen(Block into, Value cond, Runnable then, SourceLoc l) {
        Hcl.requireBool("when() condition", cond);
        Stmt.When w = new Stmt.When(cond, new Block(), new Block(), l);
        into.add(w);
        runIn(w.then(), then);
        return w;
    }

    Block currentBlock() { return current; }

    Stmt.Switch addSwitch(Value selector, SourceLoc l) {
        Stmt.Switch s = new Stmt.Switch(selector, l);
        current.add(s);
        return s;
    }

    void runIn(Block b, Runnable r) {
        Block saved = current;
        current = b;
        try {
            r.run();
        } finally {
            current = saved;
        }
    }
}
