package io.accelforge.rtl.blocks.arith;

import static io.accelforge.rtl.hcl.Hcl.log2Up;

import io.accelforge.rtl.gen.Param;
import io.accelforge.rtl.gen.Params;

/** Operand count and width, signedness, tree kind and final adder of a multi-operand adder. */
public record CompressorTreeParams(
        @Param(min = 2, max = 64, doc = "number of operands") int operands,
        @Param(min = 1, max = 128, doc = "operand width in bits") int width,
        @Param(doc = "operands and sum are two's complement") boolean signed,
        @Param(doc = "compressor tree: wallace or dadda") TreeKind tree,
        @Param(doc = "prefix network of the final adder") PrefixNetwork adder) {
    public CompressorTreeParams {
        Params.check(CompressorTreeParams.class, operands, width, signed, tree, adder);
        Params.require(tree != null && adder != null, "parameters 'tree' and 'adder' are required");
    }

    /** Width of the exact sum: W + ceil(log2 N) bits hold N operands of W bits, signed or not. */
    public int sumWidth() { return width + log2Up(operands); }
}
