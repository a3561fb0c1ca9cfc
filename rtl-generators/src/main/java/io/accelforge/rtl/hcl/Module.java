package io.accelforge.rtl.hcl;

import java.lang.reflect.RecordComponent;
import java.util.function.IntFunction;

/**
 * A hardware module. A subclass builds its hardware in its constructor; Java field names
 * become Verilog names. Each distinct {@link #moduleName()} is emitted once.
 */
public abstract class Module {
    private final ModuleBody body;
    private final Record params;

    protected Module() { this(null); }

    /** @param params the generator parameters; they name the Verilog module. */
    protected Module(Record params) {
        this.params = params;
        this.body = new ModuleBody(this, SourceLoc.capture(), SourceLoc.constructionSite(getClass()));
        Construction.enter(this);
    }

    public final ModuleBody body() { return body; }

    /** The parameters this module was built with, or null. */
    public final Record params() { return params; }

    /**
     * The Verilog module name: the class name followed by each parameter, e.g.
     * {@code MacCell_width8_accWidth32}. Override when the body depends on more than params().
     */
    public String moduleName() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName());
        if (params != null) {
            for (RecordComponent rc : params.getClass().getRecordComponents()) {
                try {
                    sb.append('_').append(rc.getName()).append(Names.valueSuffix(rc.getAccessor().invoke(params)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read parameter " + rc.getName(), e);
                }
            }
        }
        return Names.sanitize(sb.toString());
    }

    // ---- ports and signals --------------------------------------------------------------

    protected final Input input(HwType type) { return body.addPort(new Input(this, type, SourceLoc.capture())); }

    protected final Output output(HwType type) { return body.addPort(new Output(this, type, SourceLoc.capture())); }

    protected final Wire wire(HwType type) { return body.addLocal(new Wire(this, type, SourceLoc.capture())); }

    /** A wire driven by {@code v} (convenient for naming an intermediate value). */
    protected final Wire wire(Value v) {
        Wire w = wire(v.type());
        w.set(v);
        return w;
    }

    /** A register without reset in the current clock domain. */
    protected final Reg reg(HwType type) {
        return body.addLocal(new Reg(this, type, body.currentDomain(), SourceLoc.capture()));
    }

    /** A register loaded with {@code v} every cycle. */
    protected final Reg regNext(Value v) {
        Reg r = reg(v.type());
        r.set(v);
        return r;
    }

    /** A register loaded with {@code v} every cycle and reset to {@code init}. */
    protected final Reg regNext(Value v, long init) {
        Reg r = reg(v.type()).init(init);
        r.set(v);
        return r;
    }

    /** A memory of {@code depth} words in the current clock domain. */
    protected final Mem mem(HwType type, int depth) {
        Mem m = new Mem(this, type, depth, body.currentDomain(), SourceLoc.capture());
        body.addMem(m);
        return m;
    }

    protected final <T> Vec<T> vec(int n, IntFunction<T> make) { return Vec.of(n, make); }

    protected final Vec<Input> inputs(int n, HwType type) { return Vec.of(n, i -> input(type)); }

    protected final Vec<Output> outputs(int n, HwType type) { return Vec.of(n, i -> output(type)); }

    protected final Vec<Wire> wires(int n, HwType type) { return Vec.of(n, i -> wire(type)); }

    protected final Vec<Reg> regs(int n, HwType type) { return Vec.of(n, i -> reg(type)); }

    // ---- hierarchy ----------------------------------------------------------------------

    /**
     * Instantiates a just-built submodule: {@code instance(new Adder(p))}. Its default clock
     * domain, if it has one, is driven from this module's current domain.
     */
    protected final <M extends Module> M instance(M child) {
        Construction.leave(this, child);
        return adopt(child, child.body().defaultDomainOrNull() == null ? null : body.currentDomain());
    }

    /** As {@link #instance(Module)}, with the child's default domain driven from {@code domain}. */
    protected final <M extends Module> M instance(M child, ClockDomain domain) {
        Construction.leave(this, child);
        if (domain.owner() != this) throw new HclException(domain + " is not a domain of this module", "pass one of this module's domains");
        return adopt(child, child.body().defaultDomainOrNull() == null ? null : domain);
    }

    private <M extends Module> M adopt(M child, ClockDomain from) {
        body.addChild(child);
        child.body().setInstanceLoc(SourceLoc.capture());
        ClockDomain cd = child.body().defaultDomainOrNull();
        if (from != null && cd != null) {
            cd.clock().set(from.clock());
            cd.reset().set(from.reset());
        }
        return child;
    }

    // ---- clock domains ------------------------------------------------------------------

    /** This module's default domain (ports {@code clk}, {@code rst}; synchronous reset). */
    protected final ClockDomain clockDomain() { return body.defaultDomain(); }

    /** A further domain with ports {@code <name>_clk}, {@code <name>_rst}. */
    protected final ClockDomain clockDomain(String name, ResetKind resetKind) {
        Names.checkIdentifier(name);
        return body.newDomain(name, resetKind);
    }

    /** Builds the registers and memories of {@code r} in {@code domain}. */
    protected final void inDomain(ClockDomain domain, Runnable r) { body.inDomain(domain, r); }

    /** As {@link #inDomain(ClockDomain, Runnable)}, returning what {@code build} made. */
    protected final <T> T inDomain(ClockDomain domain, java.util.function.Supplier<T> build) {
        Object[] out = new Object[1];
        body.inDomain(domain, () -> out[0] = build.get());
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    /** A register without reset in {@code domain}. */
    protected final Reg reg(HwType type, ClockDomain domain) { return inDomain(domain, () -> reg(type)); }

    // ---- conditions ---------------------------------------------------------------------

    /** Statements in {@code then} apply only when {@code cond} (a Bool) is high. */
    protected final WhenChain when(Value cond, Runnable then) {
        return new WhenChain(body, body.addWhen(body.currentBlock(), cond, then, SourceLoc.capture()));
    }

    /** A case statement on {@code selector}; each is() takes constants of its type. */
    protected final SwitchBuilder switchOn(Value selector) {
        return new SwitchBuilder(body, body.addSwitch(selector, SourceLoc.capture()));
    }
}
