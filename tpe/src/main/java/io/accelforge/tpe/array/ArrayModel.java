package io.accelforge.tpe.array;

/**
 * A cycle-exact model of an array's ports. During a cycle the outputs show {@link #lane} and
 * {@link #cValid}; {@link #clock} then applies the rising edge that ends the cycle, with the
 * inputs presented during it. A model starts where the RTL starts after power-up: every
 * register zero.
 *
 * @param <I> the array's per-cycle input record
 */
public interface ArrayModel<I> {
    /** Number of result lanes (output ports besides cValid). */
    int lanes();

    /** Result lane {@code i} during the current cycle. */
    long lane(int i);

    /** The valid flag of the results during the current cycle. */
    boolean cValid();

    /** One rising edge with {@code in} at the inputs. */
    void clock(I in);

    /** The inputs of an idle cycle: zero operands, every flag low. */
    I idle();
}
