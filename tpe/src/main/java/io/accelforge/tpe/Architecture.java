package io.accelforge.tpe;

/** Tensor-engine array architectures. */
public enum Architecture {
    /** systolic, output stationary: A flows right, B flows down, each PE keeps one C element */
    SYSTOLIC_OS,
    /** systolic, weight stationary: B preloaded, A flows right, partial sums flow down */
    SYSTOLIC_WS,
    /** systolic, input stationary: A preloaded, B flows through, partial sums flow down */
    SYSTOLIC_IS,
    /** 3D cube: A along one axis, B along another, partial sums chained along K */
    CUBE,
    /** multiplier-adder tree: K-wide dot products, N tiles sharing the A vector */
    TREE,
    /** 2D matrix: outer-product broadcast, every PE accumulates a[r]*b[c] each cycle */
    MATRIX_2D
}
