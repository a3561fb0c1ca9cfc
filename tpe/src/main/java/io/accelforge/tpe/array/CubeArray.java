package io.accelforge.tpe.array;

import static io.accelforge.rtl.hcl.Hcl.Bool;
import static io.accelforge.rtl.hcl.Hcl.SInt;
import static io.accelforge.rtl.hcl.Hcl.UInt;

import io.accelforge.rtl.blocks.arith.PrefixAdders;
import io.accelforge.rtl.blocks.arith.PrefixNetwork;
import io.accelforge.rtl.hcl.HwType;
import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import io.accelforge.rtl.hcl.Reg;
import io.accelforge.rtl.hcl.Value;
import io.accelforge.rtl.hcl.Vec;
import io.accelforge.tpe.PeKind;
import io.accelforge.tpe.pe.CubeCarrySavePe;
import io.accelforge.tpe.pe.CubePeParams;
import io.accelforge.tpe.pe.CubePlainPe;

/**
 * 3D-Cube: x * y * z PEs; PE (x, y, z) multiplies A[z][y] by B[y][x] and adds the partial sum
 * of PE (x, y-1, z). A slice (a z x y block of A, a y x x block of B) gives the z x x block
 * C[z][x] = sum over y of A[z][y] * B[y][x]; K longer than y is summed by the engine.
 *
 * <p>Port protocol (a free-running pipeline; one slice may enter every cycle):
 * <ul>
 *   <li>{@code aIn_z_y}, {@code bIn_y_x}: the operands of chain position y. They are skewed:
 *       the elements of slice s at chain position y are presented at cycle s + y (the engine
 *       adds the skew registers).</li>
 *   <li>{@code valid}: high at cycle s when slice s starts (with its position-0 operands).</li>
 *   <li>{@code cOut_z_x}: the result of slice s, from cycle s + {@link CubeParams#latency()}
 *       (y for PLAIN, y + 1 for OPT1) for one cycle, with {@code cValid} high. Results
 *       have {@link CubeParams#chainWidth()} bits and wrap there; the derived width is exact.</li>
 * </ul>
 * Only the valid pipeline is reset; the data registers load every cycle, so {@code cOut}
 * while {@code cValid} is low is whatever the operands of those cycles summed to.
 */
public final class CubeArray extends Module {
    public final Vec<Vec<Input>> aIn, bIn;
    public final Input valid;
    public final Vec<Vec<Output>> cOut;
    public final Output cValid;
    private final Module[][][] pe;
    private final Reg[] validPipe;

    public CubeArray(CubeParams p) {
        super(p);
        int cw = p.chainWidth();
        CubePeParams pp = new CubePeParams(p.precision(), p.signed(), cw);
        HwType result = p.signed() ? SInt(cw) : UInt(cw);
        aIn = vec(p.z(), i -> inputs(p.y(), pp.operand()));
        bIn = vec(p.y(), i -> inputs(p.x(), pp.operand()));
        valid = input(Bool());
        cOut = vec(p.z(), i -> outputs(p.x(), result));
        cValid = output(Bool());

        pe = new Module[p.z()][p.y()][p.x()];
        for (int z = 0; z < p.z(); z++) {
            for (int x = 0; x < p.x(); x++) {
                Value chainEnd = p.pe() == PeKind.OPT1 ? carrySaveChain(p, pp, z, x) : plainChain(p, pp, z, x);
                cOut.get(z).get(x).set(chainEnd);
            }
        }

        validPipe = new Reg[p.latency()];
        Value v = valid;
        for (int i = 0; i < validPipe.length; i++) {
            validPipe[i] = regNext(v, 0);
            v = validPipe[i];
        }
        cValid.set(v);
    }

    private Value plainChain(CubeParams p, CubePeParams pp, int z, int x) {
        Value psum = pp.partialSum().lit(0);
        for (int y = 0; y < p.y(); y++) {
            CubePlainPe cell = instance(new CubePlainPe(pp));
            pe[z][y][x] = cell;
            cell.a.set(aIn.get(z).get(y));
            cell.b.set(bIn.get(y).get(x));
            cell.psumIn.set(psum);
            psum = cell.psumOut;
        }
        return psum;
    }

    /** The chain keeps its partial sum in two rows; one adder at the end, then the result register. */
    private Value carrySaveChain(CubeParams p, CubePeParams pp, int z, int x) {
        int cw = p.chainWidth();
        Value sum = UInt(cw).lit(0), carry = UInt(cw).lit(0);
        for (int y = 0; y < p.y(); y++) {
            CubeCarrySavePe cell = instance(new CubeCarrySavePe(pp));
            pe[z][y][x] = cell;
            cell.a.set(aIn.get(z).get(y));
            cell.b.set(bIn.get(y).get(x));
            cell.sumIn.set(sum);
            cell.carryIn.set(carry);
            sum = cell.sumOut;
            carry = cell.carryOut;
        }
        Value total = PrefixAdders.addWrapping(sum, carry, PrefixNetwork.KOGGE_STONE);
        Reg result = regNext(p.signed() ? total.asSInt() : total).named("result_" + z + "_" + x);
        return result;
    }

    /** Port names, for drivers and testbenches. */
    public static String aPort(int z, int y) { return "aIn_" + z + "_" + y; }

    public static String bPort(int y, int x) { return "bIn_" + y + "_" + x; }

    public static String cPort(int z, int x) { return "cOut_" + z + "_" + x; }

    /** Result lanes are numbered row by row: lane z * x + x is {@code cOut_z_x}. */
    public static int lane(CubeParams p, int z, int x) { return z * p.x() + x; }

    public static String lanePort(CubeParams p, int lane) { return cPort(lane / p.x(), lane % p.x()); }
}
