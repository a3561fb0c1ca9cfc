package io.accelforge.tpe.pe;

import static io.accelforge.rtl.hcl.Hcl.Bool;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.tpe.Precision;

/**
 * n separate OPT3 PEs, each with its own encoder, for comparing with one {@link SparseColumn}.
 * With {@code sharedA} the PEs get one a, inValid and drain (the column's function, so
 * synthesis may merge the identical encoders); without, each PE has its own operands and
 * handshakes (n independent PEs, nothing to merge).
 */
public final class SeparateSparsePes extends Module {
    public record Params(int n, boolean sharedA, Precision precision, boolean signed) {
        SparseDigitPeParams pe() { return new SparseDigitPeParams(precision, signed, 0); }
    }

    public final Vec<Input> a, b, inValid, drain;
    public final Vec<Output> inReady, drainReady, outValid, acc;
    private final SparseDigitPe[] pes;

    public SeparateSparsePes(Params p) {
        super(p);
        int ports = p.sharedA() ? 1 : p.n();
        a = inputs(ports, p.pe().precision().type(p.pe().signed()));
        b = inputs(p.n(), p.pe().precision().type(p.pe().signed()));
        inValid = inputs(ports, Bool());
        drain = inputs(ports, Bool());
        inReady = outputs(ports, Bool());
        drainReady = outputs(ports, Bool());
        outValid = outputs(ports, Bool());
        acc = outputs(p.n(), SparseWiring.accumulatorType(p.pe()));
        pes = new SparseDigitPe[p.n()];
        for (int i = 0; i < p.n(); i++) {
            SparseDigitPe pe = instance(new SparseDigitPe(p.pe()));
            pes[i] = pe;
            int port = p.sharedA() ? 0 : i;
            pe.a.set(a.get(port));
            pe.b.set(b.get(i));
            pe.inValid.set(inValid.get(port));
            pe.drain.set(drain.get(port));
            acc.get(i).set(pe.acc);
            if (port == i) {
                inReady.get(i).set(pe.inReady);
                drainReady.get(i).set(pe.drainReady);
                outValid.get(i).set(pe.outValid);
            }
        }
    }
}
