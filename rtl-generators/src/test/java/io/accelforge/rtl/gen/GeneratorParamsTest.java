package io.accelforge.rtl.gen;

import static io.accelforge.rtl.hcl.Hcl.UInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accelforge.rtl.hcl.Input;
import io.accelforge.rtl.hcl.Module;
import io.accelforge.rtl.hcl.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameters from text (the command line): defaults, ranges, enums, booleans, and every problem named at once. */
class GeneratorParamsTest {
    public enum Dataflow { OS, WS, IS }

    public record ToyParams(
            @Param(min = 1, max = 64, doc = "operand width") int width,
            @Param(min = 2, max = 1L << 40, doc = "words") long depth,
            boolean pipelined,
            Dataflow flow) {
        public ToyParams {
            Params.check(ToyParams.class, width, depth, pipelined, flow);
            Params.require(depth >= width, "parameter 'depth' = " + depth + " must be at least width = " + width);
        }
    }

    static final class Toy extends Module {
        final Input a;
        final Output y;

        Toy(ToyParams p) {
            super(p);
            a = input(UInt(p.width()));
            y = output(UInt(p.width()));
            y.set(a);
        }
    }

    static final Generator<ToyParams> TOY = new Generator<>("toy", "a test generator", ToyParams.class,
            new ToyParams(8, 16, false, Dataflow.OS), List.of(), Toy::new);

    private static ToyParams parse(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return TOY.parse(m);
    }

    private static String problem(String... kv) {
        return assertThrows(ParamException.class, () -> parse(kv), "parse of " + List.of(kv)).getMessage();
    }

    @Test void parametersNotGivenKeepTheirDefaults() {
        assertEquals(new ToyParams(12, 16, false, Dataflow.OS), parse("width", "12"), "width=12 over the defaults");
    }

    @Test void anUnknownParameterNamesTheNearestOnes() {
        assertEquals("unknown parameter 'widht' for generator 'toy'; nearest: width, depth, flow", problem("widht", "8"));
    }

    @Test void aValueOutOfRangeNamesTheParameterTheValueAndTheRange() {
        assertEquals("parameter 'width' = 65 is out of range 1..64", problem("width", "65"));
        assertEquals("parameter 'depth' = 1 is out of range 2..1099511627776", problem("depth", "1"));
    }

    @Test void aMalformedNumberSaysItIsNotAWholeNumberAndGivesTheRange() {
        assertEquals("parameter 'width' = '8x' is not a whole number (1..64)", problem("width", "8x"));
        assertEquals("parameter 'width' = '' is not a whole number (1..64)", problem("width", ""));
    }

    @Test void aNumberTooBigForItsJavaTypeIsOutOfRangeNotMalformed() {
        assertEquals("parameter 'width' = 99999999999 is out of range 1..64", problem("width", "99999999999"));
    }

    @Test void longParametersTakeValuesBeyondTheIntRange() {
        assertEquals(1L << 40, parse("depth", "1099511627776").depth(), "depth = 2^40");
    }

    @Test void enumsAreMatchedIgnoringCaseAndAWrongOneListsTheChoices() {
        assertEquals(Dataflow.WS, parse("flow", "ws").flow(), "flow=ws");
        assertEquals(Dataflow.IS, parse("flow", "IS").flow(), "flow=IS");
        assertEquals("parameter 'flow' = 'xs' is not one of: os, ws, is", problem("flow", "xs"));
    }

    @Test void booleansAreTrueFalseOneOrZero() {
        assertEquals(true, parse("pipelined", "true").pipelined(), "pipelined=true");
        assertEquals(true, parse("pipelined", "TRUE").pipelined(), "pipelined=TRUE");
        assertEquals(true, parse("pipelined", "1").pipelined(), "pipelined=1");
        assertEquals(false, parse("pipelined", "0").pipelined(), "pipelined=0");
        assertEquals("parameter 'pipelined' = 'yes' is not a boolean; use true or false", problem("pipelined", "yes"));
    }

    @Test void everyProblemIsReportedAtOnceOnePerLine() {
        assertEquals("parameter 'width' = 0 is out of range 1..64\nparameter 'flow' = 'diagonal' is not one of: os, ws, is\n"
                + "unknown parameter 'size' for generator 'toy'; nearest: flow, width, depth", problem("width", "0", "flow", "diagonal", "size", "3"));
    }

    @Test void aRuleBetweenParametersFromTheRecordIsReportedAsAParameterProblem() {
        assertEquals("parameter 'depth' = 4 must be at least width = 8", problem("depth", "4"));
    }

    @Test void theRecordItselfRejectsOutOfRangeValuesWithTheSameMessage() {
        ParamException e = assertThrows(ParamException.class, () -> new ToyParams(0, 16, false, Dataflow.OS));
        assertEquals("parameter 'width' = 0 is out of range 1..64", e.getMessage());
    }

    @Test void eachParameterDescribesItsTypeDefaultAndRange() {
        List<String> specs = TOY.params().stream().map(s -> s.name() + " " + s.typeName() + " = " + s.defaultText() + " [" + s.range() + "] " + s.doc()).toList();
        assertEquals(List.of("width int = 8 [1..64] operand width", "depth long = 16 [2..1099511627776] words",
                "pipelined boolean = false [true|false] ", "flow enum = os [one of: os, ws, is] "), specs);
    }

    @Test void theModuleNameCarriesTheParameters() {
        assertEquals("Toy_width8_depth16_pipelinedfalse_flowos",
                io.accelforge.rtl.elab.Elaborator.elaborate(() -> TOY.build(TOY.defaults())).topName(), "module name at the defaults");
    }

    @Test void theRegistryFindsGeneratorsByNameAndSuggestsTheNearestForATypo() {
        Registry r = Registry.load();
        List<String> names = r.all().stream().map(Generator::name).toList();
        assertEquals(names.stream().sorted().toList(), names, "generators are listed by name");
        assertEquals("mac-cell", r.get("mac-cell").name(), "lookup by name");
        ParamException e = assertThrows(ParamException.class, () -> r.get("mac-cel"));
        // the third suggestion depends on which generators are registered; the nearest two do not
        assertTrue(e.getMessage().startsWith("unknown generator 'mac-cel'; nearest: mac-cell, mac-grid, "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" (forge list shows them all)"), e.getMessage());
    }
}
